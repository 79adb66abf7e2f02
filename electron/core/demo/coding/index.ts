import type { ConcordApi } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import { DEMO_CODEBOOK, type DemoCode } from './codebook';
import { DEMO_PASSAGES } from './passages';

/** The coder whose first pass the demo shows. */
export const DEMO_CODER = 'Sarah';

/**
 * Adds the demo coding tree and Sarah's codings to the demo project, through the public api:
 * the current user becomes Sarah for the coding and is restored afterwards. Throws, naming the
 * phrase, when a passage cannot be found in its imported source.
 */
export async function buildDemoCoding(api: ConcordApi): Promise<void> {
  const codeIds = await createCodebook(api);
  const previous = await api.getCurrentUser();
  const sarah = (await api.listUsers()).find((user) => user.name === DEMO_CODER);
  if (!sarah) throw new Error(`The demo team has no coder named ${DEMO_CODER}.`);
  await api.setCurrentUser({ userId: sarah.id });
  try {
    await applyPassages(api, codeIds);
  } finally {
    if (previous) await api.setCurrentUser({ userId: previous.id });
  }
}

/** Creates the tree, parents first; returns code ids by path ("Processes / Court / Benefits"). */
async function createCodebook(api: ConcordApi): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>();
  const create = async (code: DemoCode, parentId: Id | null, parentPath: string | null) => {
    const { children, ...fields } = code;
    const created = await api.createCode({ ...fields, parentId });
    const path = parentPath === null ? code.name : `${parentPath} / ${code.name}`;
    ids.set(path, created.id);
    for (const child of children ?? []) await create(child, created.id, path);
  };
  for (const root of DEMO_CODEBOOK) await create(root, null, null);
  return ids;
}

async function applyPassages(api: ConcordApi, codeIds: Map<string, Id>): Promise<void> {
  const sources = await api.listSources();
  const texts = new Map<Id, string>();
  for (const passage of DEMO_PASSAGES) {
    const source = sources.find((candidate) => candidate.importedFrom === passage.fileName);
    if (!source) throw new Error(`Demo coding: no source imported from "${passage.fileName}".`);
    let text = texts.get(source.id);
    if (text === undefined)
      texts.set(source.id, (text = (await api.getSource({ id: source.id })).text));
    const span = sentenceSpan(text, passage.phrase, passage.sentences ?? 1);
    if (!span) {
      throw new Error(`Demo coding: "${passage.phrase}" is not in "${source.title}".`);
    }
    for (const path of passage.codes) {
      const codeId = codeIds.get(path);
      if (!codeId) throw new Error(`Demo coding: no code "${path}" in the demo codebook.`);
      await api.applyCode({ sourceId: source.id, codeId, ...span });
    }
  }
}

const SENTENCE_END = /[.!?]["\u201d]?(?=\s|$)/g;

/**
 * The span of the sentence holding `phrase` (found exactly, once) and the sentences after it,
 * `count` sentences in all. Sentences end at . ! or ? before a space or the end of a line; a
 * line break also starts a sentence, so a coding never runs into the next speaker turn.
 */
export function sentenceSpan(
  text: string,
  phrase: string,
  count = 1,
): { start: number; end: number } | null {
  const at = text.indexOf(phrase);
  if (at < 0) return null;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEndIndex = text.indexOf('\n', at);
  const lineEnd = lineEndIndex < 0 ? text.length : lineEndIndex;
  let start = lineStart;
  SENTENCE_END.lastIndex = lineStart;
  for (
    let match = SENTENCE_END.exec(text);
    match && match.index < at;
    match = SENTENCE_END.exec(text)
  ) {
    start = match.index + match[0].length;
  }
  while (start < at && /\s/.test(text[start]!)) start++;
  let end = lineEnd;
  let found = 0;
  SENTENCE_END.lastIndex = at + phrase.length;
  for (
    let match = SENTENCE_END.exec(text);
    match && match.index < lineEnd;
    match = SENTENCE_END.exec(text)
  ) {
    end = match.index + match[0].length;
    if (++found === count) break;
  }
  return { start, end };
}
