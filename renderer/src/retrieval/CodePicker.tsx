import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AnchoredPopup } from './AnchoredPopup';
import { HighlightedPath } from './HighlightedPath';
import { rankCodeOptions, type CodeOption } from './codeOptions';

/** Enough to scan; a longer list means the query should be longer. */
const MAX_SHOWN = 200;

export const CODE_PICKER_ID = 'retrieval-code-picker';

/**
 * A combobox for choosing a code by typing any part of its path ("ref chal" finds "Processes /
 * Referral / Challenges"). Arrows move through the matches, Enter chooses, Escape restores the
 * chosen code. `onOpen` runs when the list opens, so the codebook can be refreshed.
 */
export function CodePicker({
  options,
  codeId,
  onChange,
  onOpen,
}: {
  options: readonly CodeOption[];
  codeId: string | null;
  onChange: (codeId: string) => void;
  onOpen: () => void;
}) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  /** What the user typed since focusing; null shows the chosen code's path. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const chosen = options.find((option) => option.code.id === codeId) ?? null;
  const matches = useMemo(() => rankCodeOptions(options, query ?? '', MAX_SHOWN), [options, query]);
  const activeIndex = Math.min(active, matches.length - 1);
  const activeOption = activeIndex >= 0 ? matches[activeIndex] : undefined;

  const openList = () => {
    if (open) return;
    setOpen(true);
    // Start on the chosen code, so Enter right away keeps it.
    const chosenIndex =
      chosen && query === null ? matches.findIndex((m) => m.code.id === chosen.code.id) : -1;
    setActive(Math.max(0, chosenIndex));
    onOpen();
  };
  const close = useCallback(() => {
    setOpen(false);
    setQuery(null);
  }, []);
  const choose = (option: CodeOption) => {
    onChange(option.code.id);
    close();
  };

  const moveActive = (index: number) => {
    setActive(index);
    document.getElementById(`${listId}-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) return openList();
        const delta = event.key === 'ArrowDown' ? 1 : -1;
        moveActive(Math.max(0, Math.min(last, activeIndex + delta)));
        return;
      }
      case 'PageDown':
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        moveActive(
          Math.max(0, Math.min(last, activeIndex + (event.key === 'PageDown' ? 10 : -10))),
        );
        return;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        return;
      case 'Escape':
        if (open || query !== null) {
          event.preventDefault();
          event.stopPropagation();
          close();
          inputRef.current?.select();
        }
        return;
      case 'Tab':
        close();
        return;
    }
  };

  return (
    <div className="code-picker" ref={wrapperRef}>
      {chosen && (
        <span
          className="code-swatch code-picker__swatch"
          style={{ background: chosen.code.color }}
          aria-hidden
        />
      )}
      <input
        ref={inputRef}
        id={CODE_PICKER_ID}
        className={['input', 'input--compact', 'code-picker__input', chosen ? 'has-swatch' : '']
          .filter(Boolean)
          .join(' ')}
        role="combobox"
        aria-label="Code to retrieve"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeOption ? `${listId}-${activeIndex}` : undefined}
        placeholder={options.length > 0 ? 'Choose a code…' : 'No codes yet'}
        title={chosen?.path}
        spellCheck={false}
        autoComplete="off"
        value={query ?? chosen?.path ?? ''}
        onFocus={(event) => event.target.select()}
        onClick={openList}
        onBlur={close}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          if (!open) openList();
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <AnchoredPopup anchorRef={wrapperRef} onDismiss={close} className="code-picker__popup">
          <ul
            id={listId}
            role="listbox"
            aria-label="Codes"
            className="code-picker__list"
            // Keeps focus (and the typed query) in the input while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {matches.length === 0 && (
              <li className="code-picker__empty muted" role="presentation">
                {options.length === 0 ? 'The codebook is empty.' : 'No code matches.'}
              </li>
            )}
            {matches.map((option, index) => (
              <li
                key={option.code.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className={[
                  'code-picker__option',
                  index === activeIndex ? 'is-active' : '',
                  option.code.id === codeId ? 'is-chosen' : '',
                ].join(' ')}
                onMouseMove={() => index !== activeIndex && setActive(index)}
                onClick={() => choose(option)}
              >
                <span
                  className="code-swatch"
                  style={{ background: option.code.color }}
                  aria-hidden
                />
                <HighlightedPath path={option.path} positions={option.positions} />
              </li>
            ))}
          </ul>
        </AnchoredPopup>
      )}
    </div>
  );
}
