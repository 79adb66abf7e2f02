import path from 'node:path';
import type { ConcordApi } from '../../../shared/api/contract';
import type { ParsedSource } from '../../../shared/domain/parsed';
import { openProjectStore } from '../../../electron/core/store';

/** Imports `text` as a plain source straight through the store (the importers are not under test). */
export async function addSource(
  api: ConcordApi,
  text: string,
  options: { title?: string; participantId?: string | null } = {},
): Promise<string> {
  const project = await api.getProject();
  if (!project) throw new Error('no project open');
  // A second connection on the same file: WAL lets it write while the service holds the file.
  const store = openProjectStore(project.path);
  try {
    const lead = store.users.list()[0]!.id;
    const turns: ParsedSource['turns'] = [];
    let start = 0;
    for (const paragraph of text.split('\n')) {
      turns.push({ start, end: start + paragraph.length, speaker: null, timeMs: null });
      start += paragraph.length + 1;
    }
    return store.sources.import(lead, {
      parsed: {
        title: options.title ?? 'Interview',
        format: 'plain',
        text,
        turns,
        syncPoints: [],
        warnings: [],
      },
      fileName: null,
      participantId: options.participantId ?? null,
    }).id;
  } finally {
    store.close();
  }
}

export function span(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

export function projectPath(dir: string): string {
  return path.join(dir, 'study.concord');
}
