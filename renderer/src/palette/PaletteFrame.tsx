import type { KeyboardEvent, ReactNode, RefObject } from 'react';

/**
 * The frame every palette shares: a modal dialog closed by Escape or a click outside, a
 * combobox input that filters, and the listbox of rows (the rows are the palette's own).
 */
export function PaletteFrame({
  dialog,
  list,
  className,
  label,
  onDismiss,
  placeholder,
  inputLabel,
  listId,
  activeRowId,
  query,
  onQueryChange,
  onKeyDown,
  beforeList,
  children,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  list: RefObject<HTMLUListElement | null>;
  className: string;
  label: string;
  onDismiss: () => void;
  placeholder: string;
  inputLabel: string;
  listId: string;
  /** The DOM id of the active row, for assistive technology. */
  activeRowId: string | undefined;
  query: string;
  onQueryChange: (query: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Shown between the input and the list, e.g. what the palette will act on. */
  beforeList?: ReactNode;
  children: ReactNode;
}) {
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      onMouseDown={(event) => event.target === dialog.current && onDismiss()}
    >
      <input
        className="palette__input"
        placeholder={placeholder}
        aria-label={inputLabel}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={activeRowId}
        autoFocus
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {beforeList}
      <ul ref={list} id={listId} className="palette__list" role="listbox">
        {children}
      </ul>
    </dialog>
  );
}
