import { create } from 'zustand';
import type {
  FileUpload,
  MergeDecision,
  MergePreview,
  MergeReport,
} from '../../../shared/api/contract';
import { api } from '../api';
import { errorMessage } from '../lib/errors';
import { useCodebookStore } from '../state/codebook';
import { reloadWorkspace } from '../state/workspace';
import { saveBinaryFile } from '../lib/saveFile';

/** Where the merge of a coder's return stands. */
export type MergeStage =
  /** Choosing the file; `refusal` says why the last file was refused (nothing was changed). */
  | { stage: 'pick'; refusal: { fileName: string; message: string } | null }
  | { stage: 'reading'; fileName: string }
  | { stage: 'review'; preview: MergePreview; applying: boolean; error: string | null }
  | { stage: 'done'; preview: MergePreview; report: MergeReport };

export type PackageDialog =
  | { kind: 'export-package' }
  /** `file` is set when the desktop menu already chose the package. */
  | { kind: 'open-package'; file: FileUpload | null; suggestedPath: string }
  | { kind: 'merge-return' };

/** The return export of a project opened from a package, as the banner shows it. */
export type ReturnExport =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; fileName: string }
  | { status: 'failed'; message: string };

interface PackagesState {
  dialog: PackageDialog | null;
  merge: MergeStage;
  returnExport: ReturnExport;
  /** Opening a package: busy flag and the last failure, for the start screen and the dialog. */
  opening: boolean;
  openError: string | null;

  showExportPackage(): void;
  showOpenPackage(file?: FileUpload, suggestedPath?: string): void;
  /** Opens the merge dialog; with a file (from the desktop menu) it is read at once. */
  showMergeReturn(file?: FileUpload): void;
  closeDialog(): void;
  /** Creates the project from the package and opens it as the package's coder. */
  openPackage(file: FileUpload, projectPath: string): Promise<boolean>;
  readReturn(file: FileUpload): Promise<void>;
  applyMerge(decisions: MergeDecision[]): Promise<void>;
  exportReturn(): Promise<void>;
}

/** Coder packages and returns: which dialog is open and where each flow stands. */
export const usePackagesStore = create<PackagesState>((set, get) => ({
  dialog: null,
  merge: { stage: 'pick', refusal: null },
  returnExport: { status: 'idle' },
  opening: false,
  openError: null,

  showExportPackage: () => set({ dialog: { kind: 'export-package' } }),
  showOpenPackage: (file, suggestedPath = '') =>
    set({
      dialog: { kind: 'open-package', file: file ?? null, suggestedPath },
      openError: null,
    }),
  showMergeReturn(file) {
    set({ dialog: { kind: 'merge-return' }, merge: { stage: 'pick', refusal: null } });
    if (file) void get().readReturn(file);
  },
  closeDialog() {
    const { merge } = get();
    // Closing while applying would hide the outcome of a merge that goes on regardless.
    if (merge.stage === 'review' && merge.applying) return;
    set({ dialog: null, merge: { stage: 'pick', refusal: null } });
  },

  async openPackage(file, projectPath) {
    set({ opening: true, openError: null });
    try {
      set({ returnExport: { status: 'idle' } });
      await api.openCoderPackage({ projectPath, fileName: file.fileName, data: file.data });
      set({ dialog: null });
      await reloadWorkspace();
      return true;
    } catch (error) {
      set({ openError: errorMessage(error) });
      return false;
    } finally {
      set({ opening: false });
    }
  },

  async readReturn(file) {
    set({ merge: { stage: 'reading', fileName: file.fileName } });
    try {
      const preview = await api.mergeCoderReturn(file);
      set({ merge: { stage: 'review', preview, applying: false, error: null } });
    } catch (error) {
      set({
        merge: {
          stage: 'pick',
          refusal: { fileName: file.fileName, message: errorMessage(error) },
        },
      });
    }
  },

  async applyMerge(decisions) {
    const merge = get().merge;
    if (merge.stage !== 'review' || merge.applying) return;
    const { preview } = merge;
    set({ merge: { ...merge, applying: true, error: null } });
    try {
      const report = await api.applyCoderReturn({ previewId: preview.previewId, decisions });
      set({ merge: { stage: 'done', preview, report } });
      // New codes and codings: every pane reloads what it shows.
      await reloadWorkspace();
      await useCodebookStore.getState().afterDataChange();
    } catch (error) {
      set({ merge: { ...merge, applying: false, error: errorMessage(error) } });
    }
  },

  async exportReturn() {
    if (get().returnExport.status === 'saving') return;
    set({ returnExport: { status: 'saving' } });
    try {
      const file = await api.exportCoderReturn();
      saveBinaryFile(file);
      set({ returnExport: { status: 'saved', fileName: file.fileName } });
    } catch (error) {
      set({ returnExport: { status: 'failed', message: errorMessage(error) } });
    }
  },
}));
