import type {
  CodeDeletion,
  CodeFields,
  CodeMergeResult,
  CodeSplitResult,
} from '../../../shared/api/contract';
import type { Code, Id } from '../../../shared/domain/types';
import { api } from '../api';
import { showStatus } from '../history/status';
import { useUndoStore } from '../history/undo';
import { useCodebookStore } from '../state/codebook';
import type { CodeMove } from './treeMoves';

/**
 * Every codebook change the UI makes goes through here: call the API, then reload the codebook,
 * tell other panes that data changed and refresh what Undo would do. Failures reject with the
 * core's message (e.g. a sibling name clash) for the caller to show where the user acted.
 */
async function change<T>(action: () => Promise<T>): Promise<T> {
  const result = await action();
  await Promise.all([
    useCodebookStore.getState().afterDataChange(),
    useUndoStore.getState().refresh(),
  ]);
  return result;
}

export async function createCode(name: string, parentId: Id | null): Promise<Code> {
  const code = await change(() => api.createCode({ name, parentId }));
  const store = useCodebookStore.getState();
  store.reveal(code.id);
  store.select(code.id);
  return code;
}

export function updateCode(id: Id, fields: CodeFields & { name?: string }): Promise<Code> {
  return change(() => api.updateCode({ id, ...fields }));
}

export function moveCode(move: CodeMove): Promise<Code> {
  return change(async () => {
    const code = await api.moveCode(move);
    if (move.parentId !== null) useCodebookStore.getState().setExpanded(move.parentId, true);
    return code;
  });
}

export async function deleteCode(id: Id): Promise<CodeDeletion> {
  const deletion = await change(() => api.deleteCode({ id }));
  showStatus(`Deleted code '${deletion.name}'. Undo with Ctrl+Z.`);
  return deletion;
}

export async function mergeCodes(codeId: Id, intoCodeId: Id): Promise<CodeMergeResult> {
  const result = await change(() => api.mergeCodes({ codeId, intoCodeId }));
  useCodebookStore.getState().select(result.target.id);
  useCodebookStore.getState().reveal(result.target.id);
  return result;
}

export async function splitCode(
  codeId: Id,
  codingIds: Id[],
  name: string,
): Promise<CodeSplitResult> {
  const result = await change(() => api.splitCode({ codeId, codingIds, name }));
  useCodebookStore.getState().select(result.code.id);
  return result;
}

export async function copyCodeSubtree(id: Id, parentId: Id | null): Promise<Code[]> {
  const copies = await change(() => api.copyCodeSubtree({ id, parentId }));
  const root = copies[0];
  if (root) {
    useCodebookStore.getState().reveal(root.id);
    useCodebookStore.getState().select(root.id);
  }
  return copies;
}
