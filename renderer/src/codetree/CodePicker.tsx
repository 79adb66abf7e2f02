import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fuzzyMatch, pathOf } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';
import { HighlightedText } from './HighlightedText';

const MAX_ROWS = 200;

/** A choice in the picker: a code, or (when offered) the top level of the tree. */
export type PickedTarget = { kind: 'code'; code: Code } | { kind: 'top' };

interface PickerRow {
  key: string;
  target: PickedTarget;
  label: string;
  positions: number[];
  color?: string;
}

/**
 * A fuzzy code chooser: type part of a code's path ("coll trust"), arrows choose, Enter or a click
 * picks. Codes in `excludeIds` are not offered; `offerTopLevel` adds "Top level" first.
 */
export function CodePicker({
  codes,
  excludeIds,
  offerTopLevel,
  label,
  onPick,
  selectedKey,
}: {
  codes: readonly Code[];
  excludeIds: ReadonlySet<Id>;
  offerTopLevel?: boolean;
  label: string;
  onPick: (target: PickedTarget) => void;
  /** The key of the current choice ("top" or a code id), highlighted in the list. */
  selectedKey?: string | null;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();

  const rows = useMemo(() => {
    const candidates: PickerRow[] = [];
    const top = 'Top level';
    if (offerTopLevel) {
      const match = fuzzyMatch(query, top);
      if (match)
        candidates.push({
          key: 'top',
          target: { kind: 'top' },
          label: top,
          positions: match.positions,
        });
    }
    const scored = codes
      .filter((code) => !excludeIds.has(code.id))
      .map((code) => {
        const path = pathOf(codes, code.id);
        return { code, path, match: fuzzyMatch(query, path) };
      })
      .filter((row) => row.match !== null);
    if (query.trim()) scored.sort((a, b) => b.match!.score - a.match!.score);
    else scored.sort((a, b) => a.path.localeCompare(b.path));
    for (const row of scored.slice(0, MAX_ROWS)) {
      candidates.push({
        key: row.code.id,
        target: { kind: 'code', code: row.code },
        label: row.path,
        positions: row.match!.positions,
        color: row.code.color,
      });
    }
    return candidates;
  }, [codes, excludeIds, offerTopLevel, query]);

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
  const move = (index: number) => {
    setActive(index);
    list.current?.children[index]?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(Math.min(rows.length - 1, activeIndex + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(Math.max(0, activeIndex - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const row = rows[activeIndex];
      if (row) onPick(row.target);
    }
  };

  return (
    <div className="code-picker">
      <input
        className="input code-picker__input"
        placeholder="Type to find a code…"
        aria-label={label}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={rows[activeIndex] ? `${listId}-${rows[activeIndex].key}` : undefined}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul ref={list} id={listId} className="code-picker__list" role="listbox" aria-label={label}>
        {rows.length === 0 && <li className="code-picker__empty">No code matches “{query}”.</li>}
        {rows.map((row, index) => (
          <li
            key={row.key}
            id={`${listId}-${row.key}`}
            role="option"
            aria-selected={row.key === selectedKey}
            className={[
              'code-picker__row',
              index === activeIndex && 'is-active',
              row.key === selectedKey && 'is-selected',
            ]
              .filter(Boolean)
              .join(' ')}
            onMouseMove={() => setActive(index)}
            onClick={() => onPick(row.target)}
          >
            {row.color ? (
              <span className="code-swatch" style={{ background: row.color }} aria-hidden />
            ) : (
              <span className="code-swatch code-swatch--none" aria-hidden />
            )}
            <HighlightedText text={row.label} positions={row.positions} />
          </li>
        ))}
      </ul>
    </div>
  );
}
