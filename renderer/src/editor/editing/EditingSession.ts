import { mergeRegister } from '@lexical/utils';
import {
  BLUR_COMMAND,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type UpdateListenerPayload,
} from 'lexical';
import type { TextEdit } from '../../../../shared/anchoring';
import type { SourceTextEditResult } from '../../../../shared/api/contract';
import { ApiError } from '../../../../shared/api/errors';
import type { Coding } from '../../../../shared/domain/types';
import { api } from '../../api';
import { performRedo, performUndo } from '../../history/undo';
import { showStatus } from '../../history/status';
import { errorMessage } from '../../lib/errors';
import { useCodebookStore } from '../../state/codebook';
import { useCodingsStore } from '../../state/codings';
import { useSourcesStore } from '../../state/sources';
import { setActiveDocument } from './activeDocument';
import { announceDocumentChange, isOwnDataVersion } from './dataChanges';
import { EditBatcher } from './EditBatcher';
import { describeCodingLoss } from './editReport';
import { readEdits } from './readEdits';
import {
  invalidateShownDocument,
  LOAD_TAG,
  setShownDocument,
  shownDocument,
} from './shownDocument';

/** Typing pause after which the edits typed so far are sent to the core as one batch. */
export const EDIT_IDLE_MS = 300;

/**
 * Editing one source's text in the editor with codings anchored to it. Every change of the text
 * becomes text edits in source offsets; the codings layer is moved through them at once (with
 * the core's own remapCodings, so highlights never lag or misalign) and the edits go to the core
 * in batches with the revision they were made on. Undo and redo in the editor are the core's
 * (one history for text, codings and codebook); the document reloads whatever they changed.
 */
export class EditingSession {
  private readonly batcher = new EditBatcher({
    idleMs: EDIT_IDLE_MS,
    send: (edits) => this.send(edits),
  });
  /** Counts local edits, so that an answer fetched before a later edit is never applied. */
  private localEdits = 0;
  private disposed = false;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly sourceId: string,
  ) {}

  start(): () => void {
    const flushQuietly = () => void this.flushEdits();
    window.addEventListener('pagehide', flushQuietly);
    window.addEventListener('beforeunload', flushQuietly);
    const stop = mergeRegister(
      this.editor.registerUpdateListener((payload) => this.onUpdate(payload)),
      this.editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flushQuietly();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      this.editor.registerCommand(
        UNDO_COMMAND,
        () => {
          void this.replayHistory('undo');
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      this.editor.registerCommand(
        REDO_COMMAND,
        () => {
          void this.replayHistory('redo');
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      useCodebookStore.subscribe((state, previous) => {
        if (state.dataVersion === previous.dataVersion) return;
        if (isOwnDataVersion(state.dataVersion)) return;
        void this.reloadFromCore();
      }),
      setActiveDocument({
        editor: this.editor,
        sourceId: this.sourceId,
        flushEdits: () => this.flushEdits(),
      }),
      () => {
        window.removeEventListener('pagehide', flushQuietly);
        window.removeEventListener('beforeunload', flushQuietly);
      },
    );
    return () => {
      // Whatever is still queued goes out before the document is left.
      flushQuietly();
      this.disposed = true;
      stop();
    };
  }

  /** Sends pending edits; false when the core refused them (the source was reloaded). */
  async flushEdits(): Promise<boolean> {
    try {
      await this.batcher.flush();
      return true;
    } catch {
      return false;
    }
  }

  private onUpdate({
    editorState,
    prevEditorState,
    dirtyElements,
    dirtyLeaves,
    tags,
  }: UpdateListenerPayload): void {
    if (tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
    if (prevEditorState.isEmpty()) return;
    const edits = readEdits(prevEditorState, editorState, dirtyElements);
    if (edits.length === 0) return;
    this.localEdits++;
    moveCodingsLocally(this.sourceId, edits);
    this.batcher.push(edits);
  }

  private async send(edits: TextEdit[]): Promise<void> {
    const editsAtSend = this.localEdits;
    const shown = shownDocument(this.editor);
    let result: SourceTextEditResult;
    try {
      result = await api.editSourceText({
        sourceId: this.sourceId,
        ...(shown?.sourceId === this.sourceId && { expectedRevision: shown.revision }),
        edits,
      });
    } catch (error) {
      this.recoverFromRefusal(error);
      throw error;
    }
    setShownDocument(this.editor, { sourceId: this.sourceId, revision: result.revision });
    const loss = describeCodingLoss(result.codingsShrunk, result.codingsRemoved);
    if (loss) showStatus(loss);
    announceDocumentChange();
    if (editsAtSend === this.localEdits) await this.reconcileCodings();
  }

  /**
   * Replaces the locally moved codings with the core's rows, unless the user edited again in the
   * meantime (the rows would then be one edit behind; the next batch reconciles).
   */
  private async reconcileCodings(): Promise<void> {
    const editsBefore = this.localEdits;
    try {
      const rows = await api.listCodings({ sourceId: this.sourceId });
      if (this.disposed || editsBefore !== this.localEdits) return;
      const store = useCodingsStore.getState();
      if (store.sourceId !== this.sourceId || sameRows(store.index.rows, rows)) return;
      store.setCodings(rows);
    } catch {
      // The local rows stand; the next load corrects them.
    }
  }

  /** The core refused a batch: the document no longer matches the stored text. */
  private recoverFromRefusal(error: unknown): void {
    this.batcher.discard();
    const conflict = error instanceof ApiError && error.code === 'conflict';
    showStatus(
      conflict
        ? 'This text was changed elsewhere (another window or an undo), so your last change could not be saved. The current text has been loaded; please make the change again.'
        : `Your change to the text could not be saved: ${errorMessage(error)} The stored text has been loaded again.`,
      'error',
    );
    invalidateShownDocument(this.editor);
    // Not awaited: the refused batch is still in flight until this returns.
    void this.loadFromCore();
  }

  /** Flushes pending edits, then undoes or redoes the current coder's last action in the core. */
  private async replayHistory(direction: 'undo' | 'redo'): Promise<void> {
    if (!(await this.flushEdits())) return;
    // performUndo/performRedo announce a data change; the subscription above reloads.
    await (direction === 'undo' ? performUndo() : performRedo());
  }

  /**
   * Loads what the core has now: the text when its revision moved past the shown one (undo of a
   * text edit, a refused edit), and the codes and codings.
   */
  async reloadFromCore(): Promise<void> {
    if (this.disposed) return;
    if (this.batcher.pending && !(await this.flushEdits())) return;
    await this.loadFromCore();
  }

  private async loadFromCore(): Promise<void> {
    if (this.disposed) return;
    const editsBefore = this.localEdits;
    try {
      const [detail, codes, rows] = await Promise.all([
        api.getSource({ id: this.sourceId }),
        api.listCodes(),
        api.listCodings({ sourceId: this.sourceId }),
      ]);
      if (this.disposed || editsBefore !== this.localEdits) return;
      const shown = shownDocument(this.editor);
      const sources = useSourcesStore.getState();
      if (
        (shown?.sourceId !== this.sourceId || shown.revision !== (detail.revision ?? 0)) &&
        sources.openSource?.id === this.sourceId
      ) {
        // The transcript loader rebuilds the document from the new text.
        useSourcesStore.setState({ openSource: detail });
      }
      const codings = useCodingsStore.getState();
      if (codings.sourceId !== this.sourceId) return;
      codings.setCodes(codes);
      codings.setCodings(rows);
    } catch (error) {
      showStatus(`Could not reload the source: ${errorMessage(error)}`, 'error');
    }
  }
}

/** Moves the codings of the open source through `edits` exactly as the core will. */
function moveCodingsLocally(sourceId: string, edits: readonly TextEdit[]): void {
  const store = useCodingsStore.getState();
  if (store.sourceId === sourceId) store.applyTextEdits(edits);
}

function sameRows(a: readonly Coding[], b: readonly Coding[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map(a.map((row) => [row.id, row]));
  return b.every((row) => {
    const other = byId.get(row.id);
    return (
      other !== undefined &&
      other.start === row.start &&
      other.end === row.end &&
      other.codeId === row.codeId &&
      other.memo === row.memo
    );
  });
}
