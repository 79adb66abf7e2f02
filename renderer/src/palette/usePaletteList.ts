import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The shared behaviour of Concord's palettes (commands, quick-code): a modal dialog opened on
 * mount, an active row moved with the arrows and kept in view, Enter to choose it.
 */
export function usePaletteList(rowCount: number, choose: (index: number) => void) {
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  useEffect(() => {
    list.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(rowCount - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    }
  };

  return { active, setActive, dialog, list, onKeyDown };
}
