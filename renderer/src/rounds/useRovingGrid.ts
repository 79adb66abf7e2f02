import { useCallback, useState, type FocusEvent, type KeyboardEvent } from 'react';

interface Cell {
  row: number;
  col: number;
}

/**
 * Arrow-key movement in a grid of controls with a single tab stop (a roving tabindex): Tab enters
 * the grid at the last active cell, arrows move, Home/End go to the row's ends, Ctrl+Home/End to
 * the grid's. Cells are elements with data-row and data-col inside the element given
 * `onKeyDown` and `onFocus`; the control itself (checkbox, button) handles Space and Enter.
 */
export function useRovingGrid(rows: number, cols: number) {
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const row = Math.min(active.row, Math.max(0, rows - 1));
  const col = Math.min(active.col, Math.max(0, cols - 1));

  const tabIndexFor = useCallback(
    (r: number, c: number) => (r === row && c === col ? 0 : -1),
    [row, col],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const cell = cellOf(event.target);
    if (cell) setActive(cell);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const from = cellOf(event.target as HTMLElement);
      if (!from) return;
      let { row: r, col: c } = from;
      switch (event.key) {
        case 'ArrowUp':
          r -= 1;
          break;
        case 'ArrowDown':
          r += 1;
          break;
        case 'ArrowLeft':
          c -= 1;
          break;
        case 'ArrowRight':
          c += 1;
          break;
        case 'Home':
          c = 0;
          if (event.ctrlKey || event.metaKey) r = 0;
          break;
        case 'End':
          c = cols - 1;
          if (event.ctrlKey || event.metaKey) r = rows - 1;
          break;
        default:
          return;
      }
      event.preventDefault();
      r = Math.max(0, Math.min(rows - 1, r));
      c = Math.max(0, Math.min(cols - 1, c));
      const target = event.currentTarget.querySelector<HTMLElement>(
        `[data-row="${r}"][data-col="${c}"]`,
      );
      if (target) {
        setActive({ row: r, col: c });
        target.focus();
      }
    },
    [rows, cols],
  );

  return { tabIndexFor, onKeyDown, onFocus };
}

function cellOf(element: HTMLElement): Cell | null {
  const { row, col } = element.dataset;
  if (row === undefined || col === undefined) return null;
  return { row: Number(row), col: Number(col) };
}
