import { useEffect, useState } from 'react';
import { CODER_CODEBOOK_CHANGES, type CoderCodebookChanges } from '../../../shared/domain/types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Icon } from '../ui/Icon';
import { useAsyncAction } from '../ui/useAsyncAction';
import { useTeamStore } from './teamStore';

const OPTIONS: Record<CoderCodebookChanges, { label: string; explanation: string }> = {
  all: {
    label: 'Add and change codes',
    explanation:
      'Coders and mentees may add, rename, recolour, move, merge and delete codes, as a lead can. Suits open coding while the tree is still emerging.',
  },
  add: {
    label: 'Add codes only',
    explanation:
      'They may add a code (a subtheme they find while coding) but not change or delete existing ones; a lead curates the tree.',
  },
  none: {
    label: 'No changes',
    explanation:
      'The codebook is fixed: they apply codes and suggest changes to a lead. Suits later rounds that must code against a stable tree.',
  },
};

/**
 * What coders and mentees may change in the codebook, including while they code in a round.
 * Leads can always change it. Saved as soon as an option is chosen.
 */
export function CodebookPolicySection({ canEdit }: { canEdit: boolean }) {
  const policy = useTeamStore((s) => s.policy);
  const { error, run } = useAsyncAction();
  const [saved, setSaved] = useState(false);
  /** The option being saved, shown chosen at once; the stored policy again if it is refused. */
  const [pending, setPending] = useState<CoderCodebookChanges | null>(null);
  const shown = pending ?? policy?.coderChanges;

  useEffect(() => {
    void run(() => useTeamStore.getState().loadPolicy());
  }, [run]);

  const choose = async (coderChanges: CoderCodebookChanges) => {
    setSaved(false);
    setPending(coderChanges);
    const done = await run(() => useTeamStore.getState().setPolicy(coderChanges));
    setPending(null);
    setSaved(done);
  };

  return (
    <section className="team__section" data-section="policy" aria-labelledby="team-policy">
      <h3 id="team-policy" className="team__heading">
        Codebook policy
      </h3>
      <fieldset className="policy" disabled={!canEdit || !policy}>
        <legend className="policy__legend">
          What may coders and mentees change in the codebook, also during a coding round? Leads can
          always change it.
        </legend>
        {CODER_CODEBOOK_CHANGES.map((option) => (
          <label key={option} className="policy__option">
            <input
              type="radio"
              name="coder-codebook-changes"
              value={option}
              checked={shown === option}
              onChange={() => void choose(option)}
            />
            <span className="policy__text">
              <span className="policy__label">{OPTIONS[option].label}</span>
              <span className="policy__explanation">{OPTIONS[option].explanation}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!canEdit && <p className="field__hint">Only a lead can change the codebook policy.</p>}
      <ErrorMessage error={error} />
      {saved && (
        <p className="message message--success" role="status">
          <Icon name="check" small /> Policy saved.
        </p>
      )}
    </section>
  );
}
