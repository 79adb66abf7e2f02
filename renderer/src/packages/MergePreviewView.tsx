import type { MergePreview } from '../../../shared/api/contract';
import type { Id } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { useCodebookStore } from '../state/codebook';
import { Icon } from '../ui/Icon';
import { previewChangesNothing, type CollisionChoice } from './mergeSummary';

const CHOICES: { value: CollisionChoice; label: (name: string, coder: string) => string }[] = [
  { value: 'merge', label: (name) => `Merge into the existing “${name}”` },
  { value: 'keep', label: (name, coder) => `Keep as a new code “${name} (${coder})”` },
  { value: 'wait', label: () => 'Decide later (its codings wait)' },
];

/** What merging a return would do, with a decision per code whose name is already taken. */
export function MergePreviewView({
  preview,
  choices,
  onChoose,
}: {
  preview: MergePreview;
  choices: Readonly<Record<Id, CollisionChoice>>;
  onChoose: (codeId: Id, choice: CollisionChoice) => void;
}) {
  const codes = useCodebookStore((s) => s.codes);
  const codeName = (id: Id) => codes.find((code) => code.id === id)?.name ?? 'a code';
  const { codings } = preview;

  return (
    <div className="form merge-review" data-testid="merge-preview">
      <p>
        Return of <strong>{preview.coderName}</strong>{' '}
        <span className="muted">({preview.fileName})</span>
      </p>
      {previewChangesNothing(preview) && (
        <p className="message message--success" role="status">
          <Icon name="check" small /> Nothing to merge: this project already has everything in this
          return.
        </p>
      )}
      <table className="merge-counts" aria-label="Codings in the return">
        <tbody>
          <tr>
            <th scope="row">New codings</th>
            <td className="num">{codings.added}</td>
          </tr>
          <tr>
            <th scope="row">Updated codings</th>
            <td className="num">{codings.updated}</td>
          </tr>
          <tr>
            <th scope="row">Removed by the coder</th>
            <td className="num">{codings.removed}</td>
          </tr>
          <tr>
            <th scope="row">Unchanged codings</th>
            <td className="num">{codings.unchanged}</td>
          </tr>
          <tr>
            <th scope="row">New codes</th>
            <td className="num">{preview.newCodes.length}</td>
          </tr>
          <tr>
            <th scope="row">Codebook edits taken over</th>
            <td className="num">{preview.codeEdits.length}</td>
          </tr>
        </tbody>
      </table>
      {preview.newCodes.length > 0 && (
        <p className="muted">
          New codes: {preview.newCodes.map((code) => `“${code.name}”`).join(', ')}
        </p>
      )}

      {preview.nameCollisions.length > 0 && (
        <section className="merge-section" aria-labelledby="merge-collisions">
          <h3 id="merge-collisions" className="merge-section__title">
            Codes with a name the project already has
          </h3>
          <p className="muted">
            {preview.coderName} added these codes while the project (or another coder) added codes
            of the same name.
          </p>
          {preview.nameCollisions.map((collision) => (
            <fieldset key={collision.codeId} className="merge-collision">
              <legend>
                “{collision.name}”{' '}
                <span className="faint">({plural(collision.codings, 'coding')})</span>
              </legend>
              {CHOICES.map((choice) => (
                <label key={choice.value} className="merge-collision__choice">
                  <input
                    type="radio"
                    name={`collision-${collision.codeId}`}
                    value={choice.value}
                    checked={(choices[collision.codeId] ?? 'merge') === choice.value}
                    onChange={() => onChoose(collision.codeId, choice.value)}
                  />
                  {choice.label(collision.name, preview.coderName)}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}

      {preview.editConflicts.length > 0 && (
        <section className="merge-section" aria-labelledby="merge-conflicts">
          <h3 id="merge-conflicts" className="merge-section__title">
            Codebook edit conflicts: your version is kept
          </h3>
          <ul className="merge-list">
            {preview.editConflicts.map((conflict) => (
              <li key={`${conflict.codeId}-${conflict.field}`}>
                <strong>{codeName(conflict.codeId)}</strong>, {conflict.field}: yours “
                {conflict.project}”, {preview.coderName}’s “{conflict.coder}” (was “{conflict.base}
                ”)
              </li>
            ))}
          </ul>
        </section>
      )}

      {codings.refused.length > 0 && (
        <section className="merge-section" aria-labelledby="merge-refused">
          <h3 id="merge-refused" className="merge-section__title">
            Refused codings ({codings.refused.length})
          </h3>
          <ul className="merge-list">
            {codings.refused.map((refusal) => (
              <li key={refusal.codingId}>{refusal.reason}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
