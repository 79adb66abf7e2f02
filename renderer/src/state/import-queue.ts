import { create } from 'zustand';
import type { ImportResult, SourceKind } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

export type ImportOutcome =
  | { fileName: string; status: 'imported'; result: ImportResult }
  | { fileName: string; status: 'failed'; message: string }
  | { fileName: string; status: 'skipped' };

export interface ImportBatchOptions {
  participantId: string | null;
  kind: SourceKind | undefined;
}

interface ImportQueueState {
  running: boolean;
  total: number;
  /** Index of the file being imported (0-based). */
  current: number;
  currentName: string;
  cancelRequested: boolean;
  outcomes: ImportOutcome[];

  run(files: File[], options: ImportBatchOptions): Promise<ImportOutcome[]>;
  cancel(): void;
  reset(): void;
}

/**
 * Imports files one by one, each its own importSource call (so its own transaction): a failure
 * affects only its file, and Cancel stops before the next file without undoing finished ones.
 */
export const useImportQueue = create<ImportQueueState>((set, get) => ({
  running: false,
  total: 0,
  current: 0,
  currentName: '',
  cancelRequested: false,
  outcomes: [],

  async run(files, options) {
    set({ running: true, total: files.length, current: 0, cancelRequested: false, outcomes: [] });
    const outcomes: ImportOutcome[] = [];
    for (const [index, file] of files.entries()) {
      if (get().cancelRequested) {
        outcomes.push({ fileName: file.name, status: 'skipped' });
        continue;
      }
      set({ current: index, currentName: file.name });
      try {
        const data = new Uint8Array(await file.arrayBuffer());
        const result = await api.importSource({
          fileName: file.name,
          data,
          participantId: options.participantId,
          kind: options.kind,
        });
        outcomes.push({ fileName: file.name, status: 'imported', result });
      } catch (error) {
        outcomes.push({ fileName: file.name, status: 'failed', message: errorMessage(error) });
      }
      set({ outcomes: [...outcomes], current: index + 1 });
    }
    set({ running: false, outcomes });
    return outcomes;
  },
  cancel: () => set({ cancelRequested: true }),
  reset: () =>
    set({
      running: false,
      total: 0,
      current: 0,
      currentName: '',
      cancelRequested: false,
      outcomes: [],
    }),
}));
