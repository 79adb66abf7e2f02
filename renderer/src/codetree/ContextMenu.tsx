import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { shortcutLabel } from '../lib/keyboard';

export interface MenuItem {
  id: string;
  label: string;
  shortcut?: string;
  danger?: boolean;
  disabled?: boolean;
  run(): void;
}

/** A separator between groups of items. */
export const SEPARATOR = 'separator' as const;

/**
 * A popup menu at a point (the pointer, or the focused row for Shift+F10 / the Menu key). It
 * takes focus on its first item; arrows, Home/End and the items' first letters move; Enter runs;
 * Escape or Tab closes and asks for focus back (`restoreFocus`); a click elsewhere just closes.
 */
export function ContextMenu({
  x,
  y,
  label,
  items,
  onClose,
}: {
  x: number;
  y: number;
  label: string;
  items: ReadonlyArray<MenuItem | typeof SEPARATOR>;
  onClose: (restoreFocus: boolean) => void;
}) {
  const menu = useRef<HTMLUListElement>(null);
  const [position, setPosition] = useState({ left: x, top: y });
  const enabled = items.filter((item): item is MenuItem => item !== SEPARATOR && !item.disabled);

  // Keep the menu inside the window.
  useLayoutEffect(() => {
    const element = menu.current;
    if (!element) return;
    const rect = element.getBoundingClientRect();
    setPosition({
      left: Math.max(4, Math.min(x, window.innerWidth - rect.width - 4)),
      top: Math.max(4, Math.min(y, window.innerHeight - rect.height - 4)),
    });
  }, [x, y]);

  useEffect(() => {
    menu.current
      ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
      ?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const focusItem = (index: number) => {
    const nodes = menu.current?.querySelectorAll<HTMLElement>(
      '[role="menuitem"]:not([aria-disabled="true"])',
    );
    if (!nodes || nodes.length === 0) return;
    nodes[(index + nodes.length) % nodes.length]?.focus();
  };
  const currentIndex = () =>
    enabled.findIndex((item) => `menu-${item.id}` === document.activeElement?.id);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    const at = currentIndex();
    if (event.key === 'ArrowDown') focusItem(at + 1);
    else if (event.key === 'ArrowUp') focusItem(at - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(enabled.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(true);
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLowerCase();
      const next = enabled.findIndex(
        (item, index) => index > at && item.label.toLowerCase().startsWith(letter),
      );
      const wrapped =
        next === -1 ? enabled.findIndex((i) => i.label.toLowerCase().startsWith(letter)) : next;
      if (wrapped !== -1) focusItem(wrapped);
    } else return;
    event.preventDefault();
  };

  const run = (item: MenuItem) => {
    if (item.disabled) return;
    // The command decides where focus goes (a name field, a dialog, the row).
    onClose(false);
    item.run();
  };

  return (
    <ul
      ref={menu}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={position}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item, index) =>
        item === SEPARATOR ? (
          <li key={`sep-${index}`} role="separator" className="context-menu__separator" />
        ) : (
          <li
            key={item.id}
            id={`menu-${item.id}`}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled || undefined}
            className={item.danger ? 'context-menu__item is-danger' : 'context-menu__item'}
            onClick={() => run(item)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                event.stopPropagation();
                run(item);
              }
            }}
          >
            <span className="context-menu__label">{item.label}</span>
            {item.shortcut && <kbd>{shortcutLabel(item.shortcut)}</kbd>}
          </li>
        ),
      )}
    </ul>
  );
}
