import type { Coding } from '../../../../shared/domain/types';
import { api } from '../../api';
import { showStatus } from '../../history/status';
import { errorMessage } from '../../lib/errors';
import { useCodingsStore } from '../../state/codings';
import { codeName } from '../codings/codingLabels';
import { announceDocumentChange } from '../editing/dataChanges';
import { flushPendingEdits, getActiveDocument } from '../editing/activeDocument';
import { $documentText } from './documentText';
import { moveEdgeByWord, type CodingEdge, type Direction } from './codingRanges';

/** The selected coding of the open source, or null after saying that none is selected. */
export function selectedCoding(): Coding | null {
  const { selectedCodingId, index } = useCodingsStore.getState();
  const coding = selectedCodingId ? index.get(selectedCodingId) : undefined;
  if (!coding) {
    showStatus('Select a coding first: click its stripe, or press Alt+↓ / Alt+↑ in the text.');
    return null;
  }
  if (useCodingsStore.getState().pendingIds.has(coding.id)) {
    showStatus('This coding is still being saved; try again in a moment.');
    return null;
  }
  return coding;
}

/** Removes the selected coding (undo brings it back). */
export async function removeSelectedCoding(): Promise<void> {
  const coding = selectedCoding();
  if (!coding || !(await flushPendingEdits())) return;
  const store = useCodingsStore.getState();
  store.removeCoding(coding.id);
  try {
    await api.removeCoding({ id: coding.id });
    showStatus(`Removed the coding of ${codeName(store.codeById, coding.codeId)}`);
    announceDocumentChange();
  } catch (error) {
    useCodingsStore.getState().upsertCoding(coding);
    showStatus(`Could not remove the coding: ${errorMessage(error)}`, 'error');
  }
}

/** Moves one edge of the selected coding by a word. */
export async function moveSelectedCodingEdge(
  edge: CodingEdge,
  direction: Direction,
): Promise<void> {
  const coding = selectedCoding();
  const document = getActiveDocument();
  if (!coding || !document) return;
  const text = document.editor.read($documentText);
  const next = moveEdgeByWord(text, coding, edge, direction);
  if (!next) {
    showStatus(
      direction === -1 && edge === 'end'
        ? 'The coding cannot get shorter than one word.'
        : 'The coding cannot move further that way.',
    );
    return;
  }
  await adjustCoding(coding, next);
}

/**
 * Gives a coding new offsets: shown at once, then confirmed (or put back) by the core. Keeps it
 * selected, so its text is selected again too.
 */
export async function adjustCoding(
  coding: Coding,
  range: { start: number; end: number },
): Promise<void> {
  if (!(await flushPendingEdits())) return;
  const store = useCodingsStore.getState();
  const current = store.index.get(coding.id) ?? coding;
  store.upsertCoding({ ...current, ...range });
  reselect(coding.id);
  try {
    const saved = await api.adjustCoding({ id: coding.id, ...range });
    useCodingsStore.getState().upsertCoding(saved);
    announceDocumentChange();
  } catch (error) {
    useCodingsStore.getState().upsertCoding(current);
    reselect(coding.id);
    showStatus(`Could not change the coding: ${errorMessage(error)}`, 'error');
  }
}

/** Saves the memo of a coding. */
export async function saveCodingMemo(codingId: string, memo: string): Promise<boolean> {
  try {
    const saved = await api.setCodingMemo({ id: codingId, memo });
    useCodingsStore.getState().upsertCoding(saved);
    announceDocumentChange();
    return true;
  } catch (error) {
    showStatus(`Could not save the memo: ${errorMessage(error)}`, 'error');
    return false;
  }
}

/** Selects the coding's (new) text again: the selection follows the selected coding's span. */
function reselect(codingId: string): void {
  const store = useCodingsStore.getState();
  store.selectCoding(null);
  store.selectCoding(codingId);
}
