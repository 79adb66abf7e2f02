import { useState } from 'react';
import { errorMessage } from '../lib/errors';

/**
 * The inline field for naming a new code or renaming one, in place in the tree. Enter saves,
 * Escape cancels; leaving the field saves a changed name (or cancels an empty one). A refused name
 * (e.g. a sibling has it) keeps the field open with the reason below.
 */
export function NameInput({
  initial,
  label,
  onSubmit,
  onCancel,
}: {
  initial: string;
  label: string;
  /** Saves the name; rejects with the reason it was refused. */
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const name = value.trim();
    if (busy) return;
    if (name === '' || name === initial) {
      onCancel();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <span className="name-input">
      <input
        className="input input--compact name-input__field"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={value}
        // The field appears because the user asked to type a name: focus is where they expect it.
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        spellCheck={false}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          // The tree's own keys (arrows, Delete, F2...) must not act while typing a name.
          event.stopPropagation();
          if (event.key === 'Enter') {
            event.preventDefault();
            void submit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        onBlur={() => {
          if (!error) void submit();
        }}
      />
      {error && (
        <span className="name-input__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
