import { useState } from 'react';
import type { AttributeUpdateResult } from '../../../shared/api/contract';
import type { AttributeDefinition, AttributeType } from '../../../shared/domain/types';
import { useParticipantsStore } from '../state/participants';
import { ConfirmFooter } from '../ui/ConfirmFooter';
import { Dialog } from '../ui/Dialog';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useAsyncAction } from '../ui/useAsyncAction';
import { parseChoices } from './attributeValues';
import { AttributeTypeFields } from './AttributeTypeFields';

/**
 * Changes an attribute's type (and choices). The core converts existing values; values that cannot
 * convert are cleared and listed here so the user knows exactly what changed.
 */
export function ChangeAttributeTypeDialog({
  attribute,
  onClose,
}: {
  attribute: AttributeDefinition;
  onClose: () => void;
}) {
  const updateAttribute = useParticipantsStore((s) => s.updateAttribute);
  const [type, setType] = useState<AttributeType>(attribute.type);
  const [choicesText, setChoicesText] = useState(attribute.choices.join('\n'));
  const [result, setResult] = useState<AttributeUpdateResult | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  const submit = async () => {
    const choices = parseChoices(choicesText);
    if (type === 'choice' && choices.length === 0) {
      return setError('List at least one choice, one per line or separated by commas.');
    }
    await run(async () => {
      const outcome = await updateAttribute(attribute.id, {
        type,
        choices: type === 'choice' ? choices : undefined,
      });
      if (outcome.clearedValues.length === 0) onClose();
      else setResult(outcome);
    });
  };

  if (result) {
    return (
      <Dialog
        title={`${attribute.name} is now ${result.attribute.type}`}
        onClose={onClose}
        width={460}
        footer={
          <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
            Done
          </button>
        }
      >
        <p className="message message--warning" role="status">
          {result.clearedValues.length} value(s) could not be converted and were cleared:
        </p>
        <ul className="result-list">
          {result.clearedValues.map((cleared) => (
            <li key={cleared.participantId} className="result-list__row">
              <span>{cleared.pseudonym}</span>
              <span className="muted">was “{String(cleared.previous)}”</span>
            </li>
          ))}
        </ul>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Change type of ${attribute.name}`}
      onClose={onClose}
      width={420}
      footer={
        <ConfirmFooter onCancel={onClose} form="change-type-form" disabled={busy}>
          Change type
        </ConfirmFooter>
      }
    >
      <form
        id="change-type-form"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <AttributeTypeFields
          type={type}
          onTypeChange={setType}
          choicesText={choicesText}
          onChoicesTextChange={setChoicesText}
          typeHint="Existing values are converted; values that do not fit are cleared and listed."
          autoFocus
        />
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}
