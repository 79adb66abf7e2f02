import { useState } from 'react';
import type { Code } from '../../../../shared/domain/types';
import { errorMessage } from '../../lib/errors';
import { useCodebookStore } from '../../state/codebook';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { copyCodeSubtree } from '../codebookActions';
import { CodePicker } from '../CodePicker';

const NOTHING_EXCLUDED: ReadonlySet<string> = new Set();

/** Copies a code and its subcodes (no codings) under the picked parent or at the top level. */
export function CopySubtreeDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const codes = useCodebookStore((s) => s.codes);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const copy = async (parentId: string | null) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await copyCodeSubtree(code.id, parentId);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
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
        {error && (
          <p className="message message--error" role="alert">
            <Icon name="alert" small /> {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
