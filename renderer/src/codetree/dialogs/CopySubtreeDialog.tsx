import type { Code } from '../../../../shared/domain/types';
import { useCodebookStore } from '../../state/codebook';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { copyCodeSubtree } from '../codebookActions';
import { CodePicker } from '../CodePicker';

const NOTHING_EXCLUDED: ReadonlySet<string> = new Set();

/** Copies a code and its subcodes (no codings) under the picked parent or at the top level. */
export function CopySubtreeDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const codes = useCodebookStore((s) => s.codes);
  const { busy, error, run } = useAsyncAction();

  const copy = async (parentId: string | null) => {
    if (busy) return;
    if (await run(() => copyCodeSubtree(code.id, parentId))) onClose();
  };

  return (
    <Dialog
      title={`Copy “${code.name}” and its subcodes to…`}
      onClose={onClose}
      width={500}
      footer={
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <div className="form">
        <p className="muted">
          Copies the codes with their definitions and colours, not their codings — e.g. to reuse
          “Benefits / Challenges” under another process. Pick where the copy goes.
        </p>
        <CodePicker
          codes={codes}
          excludeIds={NOTHING_EXCLUDED}
          offerTopLevel
          label="Copy under"
          onPick={(picked) => void copy(picked.kind === 'top' ? null : picked.code.id)}
        />
        <ErrorMessage error={error} />
      </div>
    </Dialog>
  );
}
