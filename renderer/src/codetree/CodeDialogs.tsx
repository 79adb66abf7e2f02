import type { Code } from '../../../shared/domain/types';
import type { CodeDialogRequest } from './dialogRequest';
import { ColorDialog } from './dialogs/ColorDialog';
import { CopySubtreeDialog } from './dialogs/CopySubtreeDialog';
import { DeleteCodeDialog } from './dialogs/DeleteCodeDialog';
import { MergeCodeDialog } from './dialogs/MergeCodeDialog';
import { SplitCodeDialog } from './dialogs/SplitCodeDialog';

/**
 * An open codebook dialog with the code as it was when the dialog opened: a finished merge
 * removes the code while its dialog still shows the outcome.
 */
export interface OpenCodeDialog {
  kind: CodeDialogRequest['kind'];
  code: Code;
}

export function CodeDialogs({
  dialog,
  onClose,
}: {
  dialog: OpenCodeDialog | null;
  onClose: () => void;
}) {
  if (!dialog) return null;
  const props = { key: `${dialog.kind}-${dialog.code.id}`, code: dialog.code, onClose };
  switch (dialog.kind) {
    case 'delete':
      return <DeleteCodeDialog {...props} />;
    case 'merge':
      return <MergeCodeDialog {...props} />;
    case 'split':
      return <SplitCodeDialog {...props} />;
    case 'copy':
      return <CopySubtreeDialog {...props} />;
    case 'color':
      return <ColorDialog {...props} />;
  }
}
