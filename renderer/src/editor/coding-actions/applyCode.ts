import { nameKey } from '../../../../shared/codebook';
import type { Code } from '../../../../shared/domain/types';
import { api } from '../../api';
import { showStatus } from '../../history/status';
import { errorMessage } from '../../lib/errors';
import { useCodebookStore } from '../../state/codebook';
import { useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import { announceDocumentChange } from '../editing/dataChanges';
import { flushPendingEdits, getActiveDocument } from '../editing/activeDocument';
import { codableRange, inVivoName } from './codingRanges';
import { readSelection, type SelectedText } from './selectionTracker';
import { useRecentCodesStore } from './recentCodesStore';

const NO_SELECTION =
  'Select some text in the document first, then apply a code (the selection is still empty).';
const ONLY_WHITESPACE =
  'The selection holds only spaces or line breaks; select some words to code.';

/**
 * The text selected in the open document, trimmed to what can be coded, or null after telling
 * the user gently why nothing can be coded.
 */
export function codableSelection(): SelectedText | null {
  const document = getActiveDocument();
  const selected = document ? readSelection(document.editor) : null;
  if (!document || !selected || selected.start === selected.end) {
    showStatus(document ? NO_SELECTION : 'Open a source to code its text.');
    return null;
  }
  const range = codableRange(selected.start, selected.text);
  if (!range) {
    showStatus(ONLY_WHITESPACE);
    return null;
  }
  const text = selected.text.slice(range.start - selected.start, range.end - selected.start);
  return { sourceId: document.sourceId, ...range, text };
}

let pendingSerial = 0;
/**
 * How long the core may take before the coding is drawn as pending. The core usually answers
 * (round trip and durable commit) within a frame or so; drawing a pending stripe first would then
 * only cost an extra frame of layout and paint before the stored one.
 */
const PENDING_AFTER_MS = 20;

/**
 * Codes `target` (default: the document's selection) with `codeId` as the current user and
 * selects the new coding. When the core takes longer than PENDING_AFTER_MS, the coding is drawn
 * and selected as pending meanwhile, then replaced by the stored row when the core answers, or
 * removed with the core's error when it refuses. Pending text edits go to the core first, so
 * offsets agree.
 */
export async function applyCodeToSelection(
  codeId: string,
  target: SelectedText | null = codableSelection(),
): Promise<void> {
  if (!target) return;
  if (!(await flushPendingEdits())) return;
  let pendingId: string | null = null;
  const pendingTimer = window.setTimeout(() => {
    pendingId = showPendingCoding(codeId, target);
  }, PENDING_AFTER_MS);
  try {
    const saved = await api.applyCode({
      sourceId: target.sourceId,
      codeId,
      start: target.start,
      end: target.end,
    });
    window.clearTimeout(pendingTimer);
    const codings = useCodingsStore.getState();
    const shown = pendingId ? codings.index.get(pendingId) : undefined;
    if (pendingId) {
      // Text typed while the core stored it moved the pending coding; the core moves its row the
      // same way when those edits reach it, so keep what is shown.
      const moved = shown && (shown.start !== target.start || shown.end !== target.end);
      codings.commitPendingCoding(
        pendingId,
        moved ? { ...saved, start: shown.start, end: shown.end } : saved,
      );
    } else {
      codings.upsertCoding(saved);
      codings.selectCoding(saved.id);
    }
    useRecentCodesStore.getState().remember(codeId);
    // The other panes (code tree counts, retrieval) refresh after the coding is on screen.
    afterNextPaint(announceDocumentChange);
  } catch (error) {
    window.clearTimeout(pendingTimer);
    if (pendingId) useCodingsStore.getState().removeCoding(pendingId);
    showStatus(`Could not apply the code: ${errorMessage(error)}`, 'error');
  }
}

/**
 * Draws and selects the coding about to be stored, under a temporary id; null when the open
 * source is not the target's or no user is chosen (the stored row is then shown on its own).
 */
function showPendingCoding(codeId: string, target: SelectedText): string | null {
  const codings = useCodingsStore.getState();
  const coderId = useProjectStore.getState().currentUser?.id;
  if (codings.sourceId !== target.sourceId || !coderId) return null;
  const now = new Date().toISOString();
  const id = `pending:${++pendingSerial}`;
  codings.addPendingCoding({
    id,
    sourceId: target.sourceId,
    coderId,
    codeId,
    start: target.start,
    end: target.end,
    memo: '',
    createdAt: now,
    updatedAt: now,
  });
  codings.selectCoding(id);
  return id;
}

/** Applies the code behind Alt+`slot` (1-9) to the selection. */
export function applyRecentCode(slot: number): void {
  const codeId = useRecentCodesStore.getState().recent.slots[slot - 1];
  const exists = codeId && useCodingsStore.getState().codeById.has(codeId);
  if (!codeId || !exists) {
    showStatus(`No code is on Alt+${slot} yet: codes you apply get Alt+1 to Alt+9 in turn.`);
    return;
  }
  void applyCodeToSelection(codeId);
}

/**
 * In-vivo coding: the selected words become the name of a new top-level code (or the existing
 * top-level code of that name) and are coded with it.
 */
export async function applyInVivoCode(): Promise<void> {
  const target = codableSelection();
  if (!target) return;
  const name = inVivoName(target.text);
  if (!name) return;
  try {
    const code = await topLevelCodeNamed(name);
    const codings = useCodingsStore.getState();
    if (!codings.codeById.has(code.id)) codings.setCodes([...codings.codes, code]);
    await applyCodeToSelection(code.id, target);
    useCodebookStore.getState().reveal(code.id);
  } catch (error) {
    showStatus(`Could not create the in-vivo code: ${errorMessage(error)}`, 'error');
  }
}

async function topLevelCodeNamed(name: string): Promise<Code> {
  const existing = useCodingsStore
    .getState()
    .codes.find((code) => code.parentId === null && nameKey(code.name) === nameKey(name));
  return existing ?? api.createCode({ name, parentId: null });
}

/** Runs `task` in the first task after the next frame is painted. */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
