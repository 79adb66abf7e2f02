import { useState } from 'react';
import { ATTRIBUTE_TYPES, type AttributeType } from '../../../shared/domain/types';
import { useParticipantsStore } from '../state/participants';
import { ConfirmFooter } from '../ui/ConfirmFooter';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAsyncAction } from '../ui/useAsyncAction';
import { parseChoices } from './attributeValues';

export const ATTRIBUTE_TYPE_HINT: Record<AttributeType, string> = {
  text: 'Free text, e.g. a job title.',
  number: 'A number, e.g. years of experience.',
  date: 'A calendar date, e.g. the interview date.',
  choice: 'One value from a fixed list, e.g. Site A / Site B.',
};

/** Adds a typed participant attribute (a column of the participants table). */
export function AddAttributeDialog({ onClose }: { onClose: () => void }) {
  const createAttribute = useParticipantsStore((s) => s.createAttribute);
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [choicesText, setChoicesText] = useState('');
  const { busy, error, setError, run } = useAsyncAction();

  const submit = async () => {
    const choices = parseChoices(choicesText);
    if (!name.trim()) return setError('Give the attribute a name.');
    if (type === 'choice' && choices.length === 0) {
      return setError('List at least one choice, one per line or separated by commas.');
    }
    if (await run(() => createAttribute(name.trim(), type, choices))) onClose();
  };

  return (
    <Dialog
      title="Add attribute"
      onClose={onClose}
      width={420}
      footer={
        <ConfirmFooter onCancel={onClose} form="add-attribute-form" disabled={busy}>
          Add attribute
        </ConfirmFooter>
      }
    >
      <form
        id="add-attribute-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field__label">Name</span>
          <input
            className="input"
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Sector"
          />
        </label>
        <label className="field">
          <span className="field__label">Type</span>
          <select
            className="select"
            value={type}
            onChange={(event) => setType(event.target.value as AttributeType)}
          >
            {ATTRIBUTE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t[0]?.toUpperCase() + t.slice(1)}
              </option>
            ))}
          </select>
          <span className="field__hint">{ATTRIBUTE_TYPE_HINT[type]}</span>
        </label>
        {type === 'choice' && (
          <label className="field">
            <span className="field__label">Choices</span>
            <textarea
              className="input textarea"
              rows={4}
              value={choicesText}
              onChange={(event) => setChoicesText(event.target.value)}
              placeholder={'Justice system\nSocial services'}
            />
            <span className="field__hint">One per line, or separated by commas.</span>
          </label>
        )}
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}
