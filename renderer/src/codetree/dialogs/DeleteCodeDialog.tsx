import { useEffect, useState } from 'react';
import type { CodeDeletion } from '../../../../shared/api/contract';
import type { Code } from '../../../../shared/domain/types';
import { api } from '../../api';
import { errorMessage } from '../../lib/errors';
import { plural } from '../../lib/format';
import { shortcutLabel } from '../../lib/keyboard';
import { Dialog } from '../../ui/Dialog';
import { ConfirmFooter } from '../../ui/ConfirmFooter';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { deleteCode } from '../codebookActions';
import { CodeTreeIcon } from '../CodeTreeIcon';

/** Says what deleting a code removes (its subtree and every coding) before doing it. */
export function DeleteCodeDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const [preview, setPreview] = useState<CodeDeletion | null>(null);
  const { busy, error, setError, run } = useAsyncAction();

  useEffect(() => {
    let live = true;
    api
      .previewDeleteCode({ id: code.id })
      .then((result) => live && setPreview(result))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [code.id, setError]);

  const confirm = async () => {
    if (await run(() => deleteCode(code.id))) onClose();
  };

  return (
    <Dialog
      title={`Delete code “${code.name}”?`}
      onClose={onClose}
      width={440}
      footer={
        <ConfirmFooter
          onCancel={onClose}
          onConfirm={() => void confirm()}
          disabled={!preview || busy}
          destructive
          autoFocus
        >
          <CodeTreeIcon name="trash" small /> Delete
        </ConfirmFooter>
      }
    >
      <div className="form" data-testid="delete-preview">
        {preview ? (
          <p>
            Deletes <strong>{plural(preview.codes, 'code')}</strong> (this code
            {preview.codes > 1 ? ' and its subcodes' : ''}) and{' '}
            <strong>{plural(preview.codings, 'coding')}</strong> by every coder.
          </p>
        ) : (
          !error && <p className="muted">Counting what would be deleted…</p>
        )}
        <p className="muted">
          You can undo this with {shortcutLabel('Mod+Z')} or the Undo button in the code tree.
        </p>
        <ErrorMessage error={error} />
      </div>
    </Dialog>
  );
}
