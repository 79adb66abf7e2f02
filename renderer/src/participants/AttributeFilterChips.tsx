import { useState } from 'react';
import type { AttributeValue } from '../../../shared/domain/types';
import { filterValuesFor } from '../sources/filterValues';
import { useParticipantsStore } from '../state/participants';
import type { AttributeFilter } from '../state/sources';
import { Icon } from '../ui/Icon';

/** Words of the filter's buttons, which differ with the space each place has. */
export interface AttributeFilterWording {
  /** Names the group for assistive technology, e.g. "Filter segments by participant attributes". */
  label: string;
  /** Tooltip of the button that starts a filter. */
  title: string;
  /** The button's text with no filter set, and with one. */
  start: string;
  add: string;
}

/**
 * A participant-attribute filter as chips: pick an attribute, then a value; each value becomes a
 * chip. Values of one attribute are alternatives (Site A or Site B); different attributes must
 * all match (Site B and Therapist). Used for sources and for coded segments.
 */
export function AttributeFilterChips({
  filter,
  onChange,
  wording,
  className = 'attribute-chips',
}: {
  filter: AttributeFilter;
  onChange: (filter: AttributeFilter) => void;
  wording: AttributeFilterWording;
  className?: string;
}) {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participants = useParticipantsStore((s) => s.participants);
  const [editing, setEditing] = useState(false);
  const [attributeId, setAttributeId] = useState('');

  const attribute = attributes.find((a) => a.id === attributeId);
  const chosen = attribute ? (filter[attribute.id] ?? []) : [];
  const values = attribute
    ? filterValuesFor(attribute, participants).filter((v) => !chosen.includes(v))
    : [];
  const chips = Object.entries(filter).flatMap(([id, list]) =>
    list.map((value) => ({ id, value, name: attributes.find((a) => a.id === id)?.name ?? '?' })),
  );

  const stopEditing = () => {
    setEditing(false);
    setAttributeId('');
  };
  const addValue = (raw: string) => {
    const value = values.find((v) => String(v) === raw);
    if (!attribute || value === undefined) return;
    onChange({ ...filter, [attribute.id]: [...chosen, value] });
    stopEditing();
  };
  const removeValue = (id: string, value: AttributeValue) => {
    const rest = (filter[id] ?? []).filter((v) => v !== value);
    const next = { ...filter };
    if (rest.length > 0) next[id] = rest;
    else delete next[id];
    onChange(next);
  };

  if (attributes.length === 0) return null;

  return (
    <div className={className} role="group" aria-label={wording.label}>
      {chips.map((chip) => (
        <span key={`${chip.id}=${String(chip.value)}`} className="chip">
          <span className="chip__name">{chip.name}</span> {String(chip.value)}
          <button
            type="button"
            className="chip__remove"
            aria-label={`Remove filter ${chip.name} = ${String(chip.value)}`}
            onClick={() => removeValue(chip.id, chip.value)}
          >
            <Icon name="close" small />
          </button>
        </span>
      ))}
      {editing ? (
        <span className="filter-bar__editor">
          <select
            className="select select--compact"
            aria-label="Filter attribute"
            value={attributeId}
            autoFocus
            onChange={(event) => setAttributeId(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && stopEditing()}
          >
            <option value="">Attribute…</option>
            {attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {attribute && (
            <select
              className="select select--compact"
              aria-label="Filter value"
              value=""
              onChange={(event) => addValue(event.target.value)}
              onKeyDown={(event) => event.key === 'Escape' && stopEditing()}
            >
              <option value="">Value…</option>
              {values.map((v) => (
                <option key={String(v)} value={String(v)}>
                  {String(v)}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="icon-btn"
            aria-label="Cancel filter"
            onClick={stopEditing}
          >
            <Icon name="close" small />
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setEditing(true)}
          title={wording.title}
        >
          <Icon name="filter" small /> {chips.length > 0 ? wording.add : wording.start}
        </button>
      )}
      {chips.length > 0 && !editing && (
        <button
          type="button"
          className="btn btn--ghost btn--small filter-bar__clear"
          onClick={() => onChange({})}
        >
          Clear
        </button>
      )}
    </div>
  );
}
