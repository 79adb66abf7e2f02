import { useMemo, useState } from 'react';
import type { Id, SourceSummary, User } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { useParticipantsStore } from '../state/participants';
import { attributeValues, sourcesWithAttribute } from './sourceSelection';

/**
 * Quick setups for the assignment matrix: select sources (all, none, or by a participant
 * attribute such as the sampling wave or site), then give the selected sources exactly the ticked
 * coders, e.g. all three coders on the first set, then a pair on each part of the second.
 */
export function AssignmentHelpers({
  sources,
  coders,
  selected,
  onSelect,
  onAssign,
}: {
  sources: readonly SourceSummary[];
  coders: readonly User[];
  selected: ReadonlySet<Id>;
  onSelect: (sourceIds: Id[]) => void;
  onAssign: (coderIds: Id[]) => void;
}) {
  const attributes = useParticipantsStore((s) => s.attributes);
  const participants = useParticipantsStore((s) => s.participants);
  const [attributeId, setAttributeId] = useState('');
  const [value, setValue] = useState('');
  const [helperCoders, setHelperCoders] = useState<ReadonlySet<Id>>(new Set());
  const attribute = attributes.find((a) => a.id === attributeId) ?? null;
  const values = useMemo(
    () => (attribute ? attributeValues(attribute, participants) : []),
    [attribute, participants],
  );

  const toggleCoder = (id: Id) => {
    const next = new Set(helperCoders);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setHelperCoders(next);
  };

  return (
    <div className="assign-helpers" role="group" aria-label="Assignment helpers">
      <div className="assign-helpers__row">
        <span className="assign-helpers__label">Select sources</span>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onSelect(sources.map((s) => s.id))}
        >
          All
        </button>
        <button type="button" className="btn btn--small" onClick={() => onSelect([])}>
          None
        </button>
        <span className="assign-helpers__sep" aria-hidden />
        <select
          className="select select--small"
          aria-label="Select sources by attribute"
          value={attributeId}
          onChange={(event) => {
            setAttributeId(event.target.value);
            setValue('');
          }}
        >
          <option value="">By attribute…</option>
          {attributes.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <select
          className="select select--small"
          aria-label="Attribute value"
          value={value}
          disabled={!attribute}
          onChange={(event) => setValue(event.target.value)}
        >
          <option value="">value…</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--small"
          disabled={!attribute || !value}
          onClick={() => onSelect(sourcesWithAttribute(sources, participants, attributeId, value))}
        >
          Select matching
        </button>
        <span className="assign-helpers__count" aria-live="polite">
          {plural(selected.size, 'source')} selected
        </span>
      </div>
      <div className="assign-helpers__row">
        <span className="assign-helpers__label">Coders</span>
        {coders.map((coder) => (
          <label key={coder.id} className="assign-helpers__coder">
            <input
              type="checkbox"
              checked={helperCoders.has(coder.id)}
              onChange={() => toggleCoder(coder.id)}
            />
            {coder.name}
          </label>
        ))}
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={selected.size === 0 || helperCoders.size === 0}
          title="The selected sources get exactly the ticked coders"
          onClick={() => onAssign(coders.filter((c) => helperCoders.has(c.id)).map((c) => c.id))}
        >
          Assign these coders to the selected sources
        </button>
        <button
          type="button"
          className="btn btn--small"
          disabled={selected.size === 0}
          title="Takes the selected sources out of the round"
          onClick={() => onAssign([])}
        >
          Unassign selected
        </button>
      </div>
    </div>
  );
}
