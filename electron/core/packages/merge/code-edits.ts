import type { MergeEditConflict } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/domain/types';
import { CODE_FIELDS, type CodeFields } from '../../store/merge-memory';
import type { Row } from '../tables';
import type { SiblingNames } from './code-names';
import { parentOf, text, type CodeEdit } from './plan-types';

/**
 * A three-way comparison of one code the project has: the coder's fields against `baseline` (what
 * the coder started from: the code as last merged from them, else as packaged) and the project's.
 * A field only the coder changed is taken over; one both changed keeps the lead's value and is
 * reported. A rename onto a sibling's name (or to nothing) is reported, never applied.
 */
export function compareCodeFields(
  id: Id,
  coder: CodeFields,
  baseline: CodeFields,
  project: Row,
  names: SiblingNames,
): { edits: CodeEdit[]; conflicts: MergeEditConflict[] } {
  const edits: CodeEdit[] = [];
  const conflicts: MergeEditConflict[] = [];
  for (const field of CODE_FIELDS) {
    const coderValue = coder[field];
    const baseValue = baseline[field];
    const projectValue = text(project[field]);
    if (coderValue === baseValue || coderValue === projectValue) continue;
    const nameTaken =
      field === 'name' &&
      (!/\S/.test(coderValue) || (names.owner(parentOf(project), coderValue) ?? id) !== id);
    if (projectValue === baseValue && !nameTaken) {
      edits.push({ id, field, value: coderValue });
    } else {
      conflicts.push({
        codeId: id,
        field,
        base: baseValue,
        project: projectValue,
        coder: coderValue,
      });
    }
  }
  return { edits, conflicts };
}
