import fs from 'node:fs';
import path from 'node:path';
import { createCoreService } from '../../electron/core/api';

export const EDITOR_WORDS = 30_000;
export const EDITOR_TURNS = 600;
const CODERS = 3;
const CODES = 40;
const CODINGS = 3_000;
const MIN_CODING_WORDS = 5;
const MAX_CODING_WORDS = 80;

const VOCABULARY = (
  'the a and to of in that it we was for with they on is be have she he at but so this about ' +
  'when what there would like just know think really from were had because then them their ' +
  'case worker court judge officer school referral placement therapist services family youth ' +
  'trust communication agency partner meeting team safety plan investigation interview shelter ' +
  'training funding caseload supervisor county counselor hospital report trauma relationship'
).split(' ');

export interface EditorProject {
  projectPath: string;
  /** The transcript carrying the codings. */
  codedTitle: string;
  /** The same transcript without codings: the floor to compare with. */
  plainTitle: string;
  words: number;
  codings: number;
}

/** A small seeded generator (LCG), so every run measures the same document. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function clock(seconds: number): string {
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return parts.map((n) => String(n).padStart(2, '0')).join(':');
}

/** 600 turns in the `[hh:mm:ss] Speaker:` convention, 30,000 words in all (50 a turn on average). */
export function editorTranscript(): string {
  const random = seeded(7);
  const lines: string[] = [];
  let seconds = 5;
  for (let turn = 0; turn < EDITOR_TURNS; turn++) {
    // Interviewer turns of 20 words, participant turns of 80: 50 on average.
    const interviewer = turn % 2 === 0;
    const words = Array.from(
      { length: interviewer ? 20 : 80 },
      () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!,
    ).join(' ');
    const speaker = interviewer ? 'Interviewer' : 'P001';
    lines.push(`[${clock(seconds)}] ${speaker}: ${words[0]!.toUpperCase()}${words.slice(1)}.`);
    seconds += interviewer ? 8 : 32;
  }
  return lines.join('\n\n') + '\n';
}

/**
 * A fresh project in `dir` with the 30,000-word transcript imported twice, one copy carrying
 * 3,000 codings of 5-80 words from 3 coders over 40 codes (about 4 codings over every word),
 * all made through the API as each coder in turn.
 */
export async function buildEditorProject(dir: string): Promise<EditorProject> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const projectPath = path.join(dir, 'editor.concord');
  const codedTitle = 'Bench transcript (coded)';
  const plainTitle = 'Bench transcript (no codings)';
  const service = createCoreService({ host: 'browser', version: 'bench', configDir: dir });
  try {
    const { api } = service;
    await api.createProject({ path: projectPath, name: 'Editor bench' });
    const data = new TextEncoder().encode(editorTranscript());
    const coded = await api.importSource({ fileName: 'coded.txt', data, title: codedTitle });
    await api.importSource({ fileName: 'plain.txt', data, title: plainTitle });
    const { sourceId } = coded;
    const { text } = await api.getSource({ id: sourceId });
    const words = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);

    const codeIds: string[] = [];
    for (let i = 0; i < CODES; i++) {
      const parentId = i < 8 ? null : codeIds[i % 8]!;
      const name = `Code ${String(i).padStart(2, '0')}`;
      codeIds.push((await api.createCode({ name, parentId })).id);
    }
    // Only the lead adds people, so the team comes first, then each coder codes in turn.
    const coders = [];
    for (let c = 0; c < CODERS; c++) {
      coders.push(await api.createUser({ name: `Coder ${c + 1}`, role: 'coder' }));
    }
    const random = seeded(11);
    for (const coder of coders) {
      await api.setCurrentUser({ userId: coder.id });
      for (let i = 0; i < CODINGS / CODERS; i++) {
        const length =
          MIN_CODING_WORDS + Math.floor(random() * (MAX_CODING_WORDS - MIN_CODING_WORDS + 1));
        const first = Math.floor(random() * (words.length - length));
        await api.applyCode({
          sourceId,
          codeId: codeIds[Math.floor(random() * CODES)]!,
          start: words[first]![0]!,
          end: words[first + length - 1]![1]!,
        });
      }
    }
    const codings = (await api.listCodings({ sourceId })).length;
    return { projectPath, codedTitle, plainTitle, words: words.length, codings };
  } finally {
    service.close();
  }
}
