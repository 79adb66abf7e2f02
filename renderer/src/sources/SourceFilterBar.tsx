import { useState } from 'react';
import { useParticipantsStore } from '../state/participants';
import { useSourcesStore } from '../state/sources';
import { Icon } from '../ui/Icon';
import { filterValuesFor } from './filterValues';

/**
 * Filters sources by their participant's attributes: pick an attribute, then a value; each value
 * becomes a chip. Values of one attribute are alternatives (Site A or Site B); different
 * attributes must all match (Site B and Therapist).
 */
export function SourceFilterBar() {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participants = useParticipantsStore((s) => s.participants);
  const filter = useSourcesStore((s) => s.attributeFilter);
  const setFilter = useSourcesStore((s) => s.setAttributeFilter);
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

  const addValue = (raw: string) => {
    if (!attribute || raw === '') return;
    const value = values.find((v) => String(v) === raw);
    if (value === undefined) return;
    void setFilter({ ...filter, [attribute.id]: [...chosen, value] });
    setEditing(false);
    setAttributeId('');
  };
  const removeValue = (id: string, value: unknown) => {
    const rest = (filter[id] ?? []).filter((v) => v !== value);
    const next = { ...filter };
    if (rest.length > 0) next[id] = rest;
    else delete next[id];
    void setFilter(next);
  };

  if (attributes.length === 0) return null;

  return (
    <div className="filter-bar" role="group" aria-label="Filter sources by participant attributes">
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
            onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
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
              onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
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
            onClick={() => setEditing(false)}
          >
            <Icon name="close" small />
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setEditing(true)}
          title="Show only sources whose participant has an attribute value"
        >
          <Icon name="filter" small /> {chips.length > 0 ? 'Add' : 'Filter'}
        </button>
      )}
      {chips.length > 0 && !editing && (
        <button
          type="button"
          className="btn btn--ghost btn--small filter-bar__clear"
          onClick={() => void setFilter({})}
        >
          Clear
        </button>
      )}
    </div>
  );
}
