import type { Id } from '../../../shared/domain/types';

/** A codebook dialog the tree, its toolbar or its context menu asks the pane to open. */
export interface CodeDialogRequest {
  kind: 'delete' | 'merge' | 'split' | 'copy' | 'color';
  codeId: Id;
}
