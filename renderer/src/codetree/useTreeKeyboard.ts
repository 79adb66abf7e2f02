import type { KeyboardEvent } from 'react';
import { hasCommandKey } from '../lib/keyboard';
import type { TreeCommands } from './treeCommands';
import type { TreeRow } from './visibleRows';

/**
 * The tree's keys (WAI-ARIA tree pattern plus the codebook's editing keys):
 * Up/Down, Home/End move; Right expands or enters the first child; Left collapses or goes to the
 * parent; a letter jumps to the next code starting with it; F2 renames; Enter opens the details;
 * Ctrl+Enter applies to the text selection; Insert or Ctrl+N adds a subcode, Ctrl+Shift+N a
 * top-level code; Delete deletes (after a preview); Alt+Up/Down reorder; Alt+Left outdents;
 * Alt+Right indents; Shift+F10 or the Menu key opens the context menu.
 */
export function treeKeyHandler({
  rows,
  selectedId,
  focusRow,
  setExpanded,
  commands,
}: {
  rows: readonly TreeRow[];
  selectedId: string | null;
  /** Selects and focuses a row. */
  focusRow(codeId: string): void;
  setExpanded(codeId: string, expanded: boolean): void;
  commands: TreeCommands;
}) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('input, textarea, button')) return;
    const index = rows.findIndex((row) => row.code.id === selectedId);
    const row = rows[index];
    const mod = hasCommandKey(event);
    const go = (to: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (target) focusRow(target.code.id);
    };
    let handled = true;

    if (event.altKey && row && !mod) {
      const moves = {
        ArrowUp: 'up',
        ArrowDown: 'down',
        ArrowLeft: 'outdent',
        ArrowRight: 'indent',
      } as const;
      const move = moves[event.key as keyof typeof moves];
      if (move) commands.move(row.code.id, move);
      else handled = false;
    } else if (mod && event.key.toLowerCase() === 'n') {
      commands.newCode(event.shiftKey || !row ? null : row.code.id);
    } else if (mod && event.key === 'Enter') {
      if (row) commands.apply(row.code.id);
    } else if ((event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu') {
      const element = event.currentTarget.querySelector<HTMLElement>(
        `[data-code-id="${row?.code.id ?? ''}"]`,
      );
      const rect = (element ?? event.currentTarget).getBoundingClientRect();
      commands.openMenu(row?.code.id ?? null, rect.left + 24, rect.bottom);
    } else if (mod || event.altKey) {
      handled = false;
    } else {
      switch (event.key) {
        case 'ArrowDown':
          go(index + 1);
          break;
        case 'ArrowUp':
          go(index === -1 ? 0 : index - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(rows.length - 1);
          break;
        case 'ArrowRight':
          if (!row) go(0);
          else if (row.hasChildren && !row.expanded) setExpanded(row.code.id, true);
          else if (row.expanded) go(index + 1);
          break;
        case 'ArrowLeft':
          if (!row) go(0);
          else if (row.expanded) setExpanded(row.code.id, false);
          else if (row.depth > 0) {
            for (let i = index - 1; i >= 0; i--) {
              if (rows[i]!.depth < row.depth) {
                go(i);
                break;
              }
            }
          }
          break;
        case 'F2':
          if (row) commands.rename(row.code.id);
          break;
        case 'Enter':
          if (row) commands.openDetails(row.code.id);
          break;
        case 'Insert':
          commands.newCode(row?.code.id ?? null);
          break;
        case 'Delete':
          if (row) commands.openDialog({ kind: 'delete', codeId: row.code.id });
          break;
        default:
          handled = typeAhead(event.key);
      }
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }

    /** A printable letter jumps to the next code whose name starts with it. */
    function typeAhead(key: string): boolean {
      if (key.length !== 1 || !/\S/.test(key)) return false;
      const letter = key.toLocaleLowerCase();
      const starts = (i: number) => rows[i]?.code.name.toLocaleLowerCase().startsWith(letter);
      for (let step = 1; step <= rows.length; step++) {
        const i = (index + step + rows.length) % rows.length;
        if (starts(i)) {
          go(i);
          return true;
        }
      }
      return true;
    }
  };
}
