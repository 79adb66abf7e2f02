import type { Command } from '../../palette/commands';
import { useQuickCodeStore } from '../../quickcode/quickCodeStore';
import { useCodingsStore } from '../../state/codings';
import { applyInVivoCode, applyRecentCode, codableSelection } from './applyCode';
import { moveSelectedCodingEdge, removeSelectedCoding, selectedCoding } from './codingEdits';
import { useMemoStore } from './memoStore';
import { useRecentCodesStore } from './recentCodesStore';
import { RECENT_SLOT_COUNT } from './recentSlots';

/** Opens quick-code for the current text selection (or explains why it cannot). */
export function openQuickCode(): void {
  const target = codableSelection();
  if (target) useQuickCodeStore.getState().open(target);
}

/** Opens the memo editor of the selected coding. */
export function openCodingMemo(): void {
  const coding = selectedCoding();
  if (coding) useMemoStore.getState().open(coding.id);
}

/**
 * The coding commands of the palette, each with its key: applying codes to the selection and
 * working with the selected coding. The Alt+number rows name the code they apply.
 */
export function codingCommands(): Command[] {
  const { slots } = useRecentCodesStore.getState().recent;
  const { codeById } = useCodingsStore.getState();
  const recent: Command[] = [];
  for (let slot = 1; slot <= RECENT_SLOT_COUNT; slot++) {
    const code = codeById.get(slots[slot - 1] ?? '');
    recent.push({
      id: `apply-recent-${slot}`,
      title: code ? `Apply recent code: ${code.name}` : `Apply recent code ${slot} (none yet)`,
      group: 'Code',
      shortcut: `Alt+${slot}`,
      run: () => applyRecentCode(slot),
    });
  }
  return [
    {
      id: 'quick-code',
      title: 'Quick code the selection…',
      group: 'Code',
      shortcut: 'Mod+E',
      run: openQuickCode,
    },
    {
      id: 'in-vivo-code',
      title: 'Code in vivo (the selected words name a new code)',
      group: 'Code',
      shortcut: 'Mod+Shift+I',
      run: () => void applyInVivoCode(),
    },
    ...recent,
    {
      id: 'remove-coding',
      title: 'Remove the selected coding',
      group: 'Code',
      shortcut: 'Alt+Delete',
      run: () => void removeSelectedCoding(),
    },
    {
      id: 'coding-memo',
      title: 'Edit the memo of the selected coding…',
      group: 'Code',
      shortcut: 'Mod+M',
      run: openCodingMemo,
    },
    {
      id: 'coding-start-earlier',
      title: 'Selected coding: start a word earlier',
      group: 'Code',
      shortcut: 'Shift+Alt+ArrowLeft',
      run: () => void moveSelectedCodingEdge('start', -1),
    },
    {
      id: 'coding-start-later',
      title: 'Selected coding: start a word later',
      group: 'Code',
      shortcut: 'Shift+Alt+ArrowRight',
      run: () => void moveSelectedCodingEdge('start', 1),
    },
    {
      id: 'coding-end-earlier',
      title: 'Selected coding: end a word earlier',
      group: 'Code',
      shortcut: 'Mod+Alt+ArrowLeft',
      run: () => void moveSelectedCodingEdge('end', -1),
    },
    {
      id: 'coding-end-later',
      title: 'Selected coding: end a word later',
      group: 'Code',
      shortcut: 'Mod+Alt+ArrowRight',
      run: () => void moveSelectedCodingEdge('end', 1),
    },
  ];
}
