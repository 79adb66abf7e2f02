import { ATTRIBUTE_TYPES, type AttributeType } from '../../../shared/domain/types';

export const ATTRIBUTE_TYPE_HINT: Record<AttributeType, string> = {
  text: 'Free text, e.g. a job title.',
  number: 'A number, e.g. years of experience.',
  date: 'A calendar date, e.g. the interview date.',
  choice: 'One value from a fixed list, e.g. Site A / Site B.',
};

/** An attribute's type and, for a choice attribute, its choices: fields of a dialog's form. */
export function AttributeTypeFields({
  type,
  onTypeChange,
  choicesText,
  onChoicesTextChange,
  typeHint,
  autoFocus,
}: {
  type: AttributeType;
  onTypeChange: (type: AttributeType) => void;
  choicesText: string;
  onChoicesTextChange: (text: string) => void;
  /** Said after the type's own hint, e.g. what happens to existing values. */
  typeHint?: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <label className="field">
        <span className="field__label">Type</span>
        <select
          className="select"
          value={type}
          autoFocus={autoFocus}
          onChange={(event) => onTypeChange(event.target.value as AttributeType)}
        >
          {ATTRIBUTE_TYPES.map((t) => (
            <option key={t} value={t}>
              {t[0]?.toUpperCase() + t.slice(1)}
            </option>
          ))}
        </select>
        <span className="field__hint">
          {ATTRIBUTE_TYPE_HINT[type]}
          {typeHint && ` ${typeHint}`}
        </span>
      </label>
      {type === 'choice' && (
        <label className="field">
          <span className="field__label">Choices</span>
          <textarea
            className="input textarea"
            rows={4}
            value={choicesText}
            onChange={(event) => onChoicesTextChange(event.target.value)}
            placeholder={'Justice system\nSocial services'}
          />
          <span className="field__hint">One per line, or separated by commas.</span>
        </label>
      )}
    </>
  );
}
