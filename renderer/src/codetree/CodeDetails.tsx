import { useId, useState } from 'react';
import type { CodeStats } from '../../../shared/api/contract';
import type { Code } from '../../../shared/domain/types';
import { errorMessage } from '../lib/errors';
import { formatCount } from '../lib/format';
import { useCodebookStore } from '../state/codebook';
import { Icon } from '../ui/Icon';
import { updateCode } from './codebookActions';
import { ColorPicker } from './ColorPicker';
import { codePath } from './codePath';

type TextField = 'name' | 'definition' | 'inclusion' | 'exclusion' | 'example' | 'memo';

const TEXT_FIELDS: { field: Exclude<TextField, 'name'>; label: string; hint: string }[] = [
  { field: 'definition', label: 'Definition', hint: 'What this code means.' },
  { field: 'inclusion', label: 'Inclusion criteria', hint: 'When to apply it.' },
  {
    field: 'exclusion',
    label: 'Exclusion criteria',
    hint: 'When not to, and what to use instead.',
  },
  { field: 'example', label: 'Example', hint: 'A typical passage.' },
  { field: 'memo', label: 'Memo', hint: 'Notes on how the code developed.' },
];

/**
 * The codebook entry of one code. Each field saves when it loses focus (Enter in the name), as
 * one undoable edit; a refused value (e.g. a name a sibling has) stays in the field with the
 * reason below it. Mount with key={code.id} so drafts never carry over to another code.
 */
export function CodeDetails({ code, onClose }: { code: Code; onClose: () => void }) {
  const codes = useCodebookStore((s) => s.codes);
  const own = useCodebookStore((s) => s.ownStats.get(code.id));
  const total = useCodebookStore((s) => s.totalStats.get(code.id));
  const [drafts, setDrafts] = useState<Partial<Record<TextField, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<TextField | 'color', string>>>({});
  const idPrefix = useId();
  const path = codePath(codes, code.id, code.name);

  const valueOf = (field: TextField) => drafts[field] ?? code[field];
  const setDraft = (field: TextField, value: string) => {
    setDrafts((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const clearDraft = (field: TextField) =>
    setDrafts((d) => {
      const next = { ...d };
      delete next[field];
      return next;
    });

  const save = async (field: TextField) => {
    const draft = drafts[field];
    if (draft === undefined || draft === code[field]) {
      clearDraft(field);
      return;
    }
    if (field === 'name' && draft.trim() === '') {
      setErrors((e) => ({ ...e, name: 'A code needs a name.' }));
      return;
    }
    try {
      await updateCode(code.id, { [field]: field === 'name' ? draft.trim() : draft });
      clearDraft(field);
    } catch (error) {
      setErrors((e) => ({ ...e, [field]: errorMessage(error) }));
    }
  };

  const saveColor = async (color: string) => {
    setErrors((e) => ({ ...e, color: undefined }));
    try {
      await updateCode(code.id, { color });
    } catch (error) {
      setErrors((e) => ({ ...e, color: errorMessage(error) }));
    }
  };

  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const errorId = (field: string) => `${idPrefix}-${field}-error`;

  return (
    <section className="code-details" aria-label={`Details of code ${code.name}`}>
      <header className="code-details__header">
        <span className="code-swatch" style={{ background: code.color }} aria-hidden />
        <h3 className="code-details__title" title={path}>
          {path}
        </h3>
        <button
          type="button"
          className="icon-btn"
          aria-label="Close details"
          title="Close details (Esc)"
          onClick={onClose}
        >
          <Icon name="close" small />
        </button>
      </header>

      <div
        className="code-details__body"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && Object.keys(drafts).length === 0) {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <CountsTable own={own} total={total} />

        <div className="field">
          <label className="field__label" htmlFor={fieldId('name')}>
            Name
          </label>
          <input
            id={fieldId('name')}
            className="input input--compact"
            value={valueOf('name')}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? errorId('name') : undefined}
            onChange={(event) => setDraft('name', event.target.value)}
            onBlur={() => void save('name')}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void save('name');
              } else if (event.key === 'Escape' && drafts.name !== undefined) {
                event.stopPropagation();
                clearDraft('name');
                setErrors((e) => ({ ...e, name: undefined }));
              }
            }}
          />
          {errors.name && (
            <p id={errorId('name')} className="inline-error" role="alert">
              {errors.name}
            </p>
          )}
        </div>

        <div className="field">
          <span className="field__label">Colour</span>
          <ColorPicker value={code.color} onChange={(hex) => void saveColor(hex)} />
          {errors.color && (
            <p className="inline-error" role="alert">
              {errors.color}
            </p>
          )}
        </div>

        {TEXT_FIELDS.map(({ field, label, hint }) => (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={fieldId(field)}>
              {label}
            </label>
            <textarea
              id={fieldId(field)}
              className="input textarea code-details__text"
              rows={field === 'definition' || field === 'memo' ? 3 : 2}
              placeholder={hint}
              value={valueOf(field)}
              aria-invalid={errors[field] ? true : undefined}
              onChange={(event) => setDraft(field, event.target.value)}
              onBlur={() => void save(field)}
            />
            {errors[field] && (
              <p className="inline-error" role="alert">
                {errors[field]}
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function CountsTable({ own, total }: { own?: CodeStats; total?: CodeStats }) {
  const rows = [
    ['codings', 'Codings'],
    ['sources', 'Sources'],
    ['participants', 'Participants'],
  ] as const;
  return (
    <table className="code-details__counts" aria-label="Counts">
      <thead>
        <tr>
          <td />
          <th scope="col">This code</th>
          <th scope="col">With subcodes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="num">{formatCount(own?.[key] ?? 0)}</td>
            <td className="num">{formatCount(total?.[key] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
