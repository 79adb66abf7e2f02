import { useRef, useState, type KeyboardEvent } from 'react';
import type { AttributeDefinition } from '../../../shared/domain/types';
import { errorMessage } from '../lib/errors';

/** How the editor leaves the cell: Tab moves to the next cell, Shift+Tab to the previous. */
export type CellExit = 'stay' | 'next' | 'previous';

/**
 * One grid cell. Enter, F2 or a double click starts editing with the editor for the column's type;
 * Enter or Tab saves, Escape cancels. A value the core refuses keeps the editor open with the
 * message under it.
 */
export function EditableCell({
  value,
  attribute,
  label,
  editing,
  onStartEdit,
  onEndEdit,
  onCommit,
}: {
  value: string;
  /** Absent for the pseudonym column (plain text, required). */
  attribute?: AttributeDefinition;
  label: string;
  editing: boolean;
  onStartEdit: () => void;
  onEndEdit: (exit: CellExit) => void;
  /** Saves the draft; throws with a user-facing message to refuse it. */
  onCommit: (draft: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Set while a save runs or the editor is closing, so the blur that follows does not save again.
  const settling = useRef(false);

  const commit = async (exit: CellExit) => {
    if (settling.current) return;
    if (draft === value) {
      settling.current = true;
      setError(null);
      onEndEdit(exit);
      return;
    }
    settling.current = true;
    setSaving(true);
    try {
      await onCommit(draft);
      setError(null);
      onEndEdit(exit);
    } catch (caught) {
      setError(errorMessage(caught));
      settling.current = false;
    } finally {
      setSaving(false);
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit('stay');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      settling.current = true;
      setDraft(value);
      setError(null);
      onEndEdit('stay');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit(event.shiftKey ? 'previous' : 'next');
    }
  };

  if (!editing) {
    return (
      <div
        className="grid-cell__display"
        role="button"
        tabIndex={-1}
        data-cell
        aria-label={`${label}: ${value || 'empty'}`}
        onDoubleClick={() => {
          settling.current = false;
          setDraft(value);
          onStartEdit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'F2') {
            event.preventDefault();
            settling.current = false;
            setDraft(value);
            onStartEdit();
          }
        }}
      >
        {value || <span className="faint">—</span>}
      </div>
    );
  }

  const common = {
    className: 'input grid-cell__input',
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    autoFocus: true,
    'aria-busy': saving || undefined,
    onKeyDown: onEditorKeyDown,
    onBlur: () => void commit('stay'),
  } as const;

  return (
    <div className="grid-cell__editor">
      {attribute?.type === 'choice' ? (
        <select
          {...common}
          className="select grid-cell__input"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        >
          <option value="">—</option>
          {attribute.choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={
            attribute?.type === 'number' ? 'number' : attribute?.type === 'date' ? 'date' : 'text'
          }
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
      {error && (
        <div className="grid-cell__error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
