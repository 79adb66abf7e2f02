import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedSource } from '../../../shared/domain/parsed';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { createProjectStore, type ProjectStore } from '../../../electron/core/store';

/** A fresh temporary folder; call the returned cleanup in afterEach. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-store-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A project in a temp folder with its lead; close and clean up with the returned function. */
export function makeStore(): {
  store: ProjectStore;
  dir: string;
  leadId: string;
  dispose: () => void;
} {
  const { dir, cleanup } = makeTempDir();
  const store = createProjectStore(path.join(dir, 'study.concord'), {
    name: 'Study',
    leadName: 'Lead',
  });
  const leadId = store.users.list()[0]!.id;
  return {
    store,
    dir,
    leadId,
    dispose: () => {
      store.close();
      cleanup();
    },
  };
}

/** A ParsedSource with one turn per paragraph, as the plain-text importer makes it. */
export function parsedText(text: string, overrides: Partial<ParsedSource> = {}): ParsedSource {
  const turns: SpeakerTurn[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    turns.push({ start, end: start + paragraph.length, speaker: null, timeMs: null });
    start += paragraph.length + 1;
  }
  return {
    title: 'Interview',
    format: 'plain',
    text,
    turns,
    syncPoints: [],
    warnings: [],
    ...overrides,
  };
}

export function tableCount(store: ProjectStore, table: string): number {
  return store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}
