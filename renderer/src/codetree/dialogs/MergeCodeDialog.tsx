import { useMemo, useState } from 'react';
import type { CodeMergeResult } from '../../../../shared/api/contract';
import { descendants } from '../../../../shared/codebook';
import type { Code } from '../../../../shared/domain/types';
import { plural } from '../../lib/format';
import { useCodebookStore } from '../../state/codebook';
import { ConfirmFooter } from '../../ui/ConfirmFooter';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { Icon } from '../../ui/Icon';
import { mergeCodes } from '../codebookActions';
import { CodePicker } from '../CodePicker';
import { codePath } from '../codePath';

/**
 * Merge a code into another: pick the target, confirm, then read what happened (codings moved,
 * duplicates collapsed, subcodes re-parented).
 */
export function MergeCodeDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const codes = useCodebookStore((s) => s.codes);
  const [target, setTarget] = useState<Code | null>(null);
  const [result, setResult] = useState<CodeMergeResult | null>(null);
  const { busy, error, run } = useAsyncAction();
  // A code cannot merge into itself or into its own subtree (its children would become their own).
  // Once merged the code is gone from `codes`, while this dialog still shows the outcome.
  const excluded = useMemo(() => {
    const exists = codes.some((c) => c.id === code.id);
    return new Set([code.id, ...(exists ? descendants(codes, code.id).map((c) => c.id) : [])]);
  }, [codes, code.id]);

  const merge = async () => {
    if (!target) return;
    await run(async () => setResult(await mergeCodes(code.id, target.id)));
  };

  if (result) {
    return (
      <Dialog
        title="Codes merged"
        onClose={onClose}
        width={460}
        footer={
          <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
            Done
          </button>
        }
      >
        <div className="form" data-testid="merge-result">
          <p>
            “{code.name}” is now part of{' '}
            <strong>{codePath(codes, result.target.id, result.target.name)}</strong>.
          </p>
          <ul className="result-summary">
            <li>
              <Icon name="check" small /> {plural(result.movedCodings, 'coding')} moved
            </li>
            <li>
              <Icon name="check" small /> {plural(result.collapsedCodings, 'duplicate coding')}{' '}
              collapsed (same coder, same passage; memos kept)
            </li>
            <li>
              <Icon name="check" small /> {plural(result.reparentedCodes, 'subcode')} moved under
              the target
            </li>
          </ul>
          <p className="muted">Undo with Ctrl+Z restores both codes as they were.</p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Merge “${code.name}” into…`}
      onClose={onClose}
      width={500}
      footer={
        <ConfirmFooter onCancel={onClose} onConfirm={() => void merge()} disabled={!target || busy}>
          Merge
        </ConfirmFooter>
      }
    >
      <div className="form">
        <p className="muted">
          Every coding of “{code.name}” moves to the code you pick, its subcodes move under it, and
          “{code.name}” is deleted.
        </p>
        <CodePicker
          codes={codes}
          excludeIds={excluded}
          label="Merge into code"
          selectedKey={target?.id ?? null}
          onPick={(picked) => picked.kind === 'code' && setTarget(picked.code)}
        />
        <p className="field__hint" aria-live="polite">
          {target
            ? `Target: ${codePath(codes, target.id, target.name)}`
            : 'Choose the code to merge into.'}
        </p>
        <ErrorMessage error={error} />
      </div>
    </Dialog>
  );
}
