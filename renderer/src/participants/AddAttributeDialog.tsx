import { useState } from 'react';
import type { AttributeType } from '../../../shared/domain/types';
import { useParticipantsStore } from '../state/participants';
import { ConfirmFooter } from '../ui/ConfirmFooter';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAsyncAction } from '../ui/useAsyncAction';
import { parseChoices } from './attributeValues';
import { AttributeTypeFields } from './AttributeTypeFields';

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
        <AttributeTypeFields
          type={type}
          onTypeChange={setType}
          choicesText={choicesText}
          onChoicesTextChange={setChoicesText}
        />
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}
