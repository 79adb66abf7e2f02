import type { Id } from '../../../shared/domain/types';
import { SEPARATOR, type MenuItem } from './ContextMenu';
import type { TreeCommands } from './treeCommands';
import type { KeyboardMove } from './treeMoves';

/** The context menu of a code (or, for null, of the tree's blank area). */
export function codeMenuItems(
  codeId: Id | null,
  commands: TreeCommands,
  canMove: (codeId: Id, move: KeyboardMove) => boolean,
): Array<MenuItem | typeof SEPARATOR> {
  const newTopLevel: MenuItem = {
    id: 'new-code',
    label: 'New code',
    shortcut: 'Mod+Shift+N',
    run: () => commands.newCode(null),
  };
  if (codeId === null) return [newTopLevel];
  const dialog = (kind: 'delete' | 'merge' | 'split' | 'copy' | 'color') => () =>
    commands.openDialog({ kind, codeId });
  return [
    {
      id: 'apply',
      label: 'Apply to selected text',
      shortcut: 'Mod+Enter',
      run: () => commands.apply(codeId),
    },
    SEPARATOR,
    {
      id: 'new-subcode',
      label: 'New subcode',
      shortcut: 'Mod+N',
      run: () => commands.newCode(codeId),
    },
    newTopLevel,
    { id: 'rename', label: 'Rename', shortcut: 'F2', run: () => commands.rename(codeId) },
    {
      id: 'details',
      label: 'Edit details…',
      shortcut: 'Enter',
      run: () => commands.openDetails(codeId),
    },
    { id: 'color', label: 'Change colour…', run: dialog('color') },
    SEPARATOR,
    { id: 'merge', label: 'Merge into…', run: dialog('merge') },
    { id: 'split', label: 'Split…', run: dialog('split') },
    { id: 'copy', label: 'Copy with subcodes to…', run: dialog('copy') },
    SEPARATOR,
    {
      id: 'move-up',
      label: 'Move up',
      shortcut: 'Alt+↑',
      disabled: !canMove(codeId, 'up'),
      run: () => commands.move(codeId, 'up'),
    },
    {
      id: 'move-down',
      label: 'Move down',
      shortcut: 'Alt+↓',
      disabled: !canMove(codeId, 'down'),
      run: () => commands.move(codeId, 'down'),
    },
    {
      id: 'outdent',
      label: 'Move out a level',
      shortcut: 'Alt+←',
      disabled: !canMove(codeId, 'outdent'),
      run: () => commands.move(codeId, 'outdent'),
    },
    {
      id: 'indent',
      label: 'Move into code above',
      shortcut: 'Alt+→',
      disabled: !canMove(codeId, 'indent'),
      run: () => commands.move(codeId, 'indent'),
    },
    SEPARATOR,
    { id: 'delete', label: 'Delete…', shortcut: 'Delete', danger: true, run: dialog('delete') },
  ];
}
