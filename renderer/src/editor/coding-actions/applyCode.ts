import { nameKey } from '../../../../shared/codebook';
import type { Code } from '../../../../shared/domain/types';
import { api } from '../../api';
import { showStatus } from '../../history/status';
import { errorMessage } from '../../lib/errors';
import { useCodebookStore } from '../../state/codebook';
import { useCodingsStore } from '../../state/codings';
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

/**
 * Codes `target` (default: the document's selection) with `codeId` as the current user, then
 * shows and selects the new coding. Pending text edits go to the core first, so the offsets agree.
 */
export async function applyCodeToSelection(
  codeId: string,
  target: SelectedText | null = codableSelection(),
): Promise<void> {
  if (!target) return;
  if (!(await flushPendingEdits())) return;
  try {
    const coding = await api.applyCode({
      sourceId: target.sourceId,
      codeId,
      start: target.start,
      end: target.end,
    });
    const codings = useCodingsStore.getState();
    codings.upsertCoding(coding);
    codings.selectCoding(coding.id);
    useRecentCodesStore.getState().remember(codeId);
    announceDocumentChange();
  } catch (error) {
    showStatus(`Could not apply the code: ${errorMessage(error)}`, 'error');
  }
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
