import type { MergePreview } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import {
  CODE_FIELDS,
  type CodeField,
  type CodeFields,
  type RememberedCode,
  type RememberedCoding,
} from '../../store/merge-memory';
import type { ReturnContent } from '../package-content';
import type { Row } from '../tables';

/** What happens to one code of a return. */
export type CodeAction =
  /** The project has a code with this id. */
  | { kind: 'existing'; id: Id }
  /** An earlier merge put this code into `into` (a decision the lead took once). */
  | { kind: 'mapped'; into: Id }
  /** An earlier merge took this code in and the lead deleted it since: it is not recreated. */
  | { kind: 'deleted' }
  | { kind: 'create'; row: Row; parentId: Id | null; name: string; decision: 'created' | 'kept' }
  /** Merged into an existing code of the same name, by the lead's decision now. */
  | { kind: 'merge'; into: Id }
  /** A same-name collision without a decision: the code and its codings wait. */
  | { kind: 'unresolved' }
  /** A new code without a name (a damaged file): it and its codings are refused. */
  | { kind: 'nameless' };

/** What happens to one coding of a return. */
export type CodingAction =
  | { kind: 'add'; row: Row; codeId: Id; excerpt: string }
  | {
      kind: 'update';
      id: Id;
      codeId: Id;
      start: number;
      end: number;
      memo: string;
      excerpt: string;
    }
  | { kind: 'unchanged' }
  | { kind: 'waiting' };

export interface CodeEdit {
  id: Id;
  field: CodeField;
  value: string;
}

/** Everything a merge would do, worked out without changing the project. */
export interface MergePlan {
  preview: Omit<MergePreview, 'previewId'>;
  codes: Map<Id, CodeAction>;
  edits: CodeEdit[];
  codings: CodingAction[];
  removals: Id[];
  done: ReturnContent['done'];
  /** What the merge memory should hold afterwards (migration 005). */
  remember: { codes: RememberedCode[]; codings: RememberedCoding[] };
}

/** A cell of a JSON row as text (null and missing are ''). */
export function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function parentOf(row: Row): Id | null {
  return row.parent_id === null || row.parent_id === undefined ? null : String(row.parent_id);
}

export function codeFields(row: Row): CodeFields {
  return Object.fromEntries(CODE_FIELDS.map((field) => [field, text(row[field])])) as CodeFields;
}
