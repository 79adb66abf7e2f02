import type { MergeDecision } from '../../../../shared/api/contract';
import type { ProjectStore } from '../../store';
import { MergeMemory } from '../../store/merge-memory';
import { matchCodes } from './match-codes';
import { matchCodings } from './match-codings';
import type { MergePlan } from './plan-types';
import type { ParsedReturn } from './read-return';

/** What merging `parsed` with `decisions` would do; reads the project, changes nothing. */
export function planMerge(
  store: ProjectStore,
  parsed: ParsedReturn,
  decisions: readonly MergeDecision[] = [],
): MergePlan {
  const { manifest, content } = parsed;
  const memory = new MergeMemory(store.db);
  const codes = matchCodes(store, parsed, decisions, memory);
  const codings = matchCodings(store, parsed, codes, memory);
  const roundId = manifest.roundId;
  return {
    preview: {
      fileName: parsed.fileName,
      coderId: manifest.coderId,
      coderName: manifest.coderName,
      roundId,
      newCodes: codes.newCodes,
      nameCollisions: codes.collisions,
      editConflicts: codes.editConflicts,
      codeEdits: codes.codeEdits,
      codings: { ...codings.counts, refused: codings.refused },
    },
    codes: codes.actions,
    edits: codes.edits,
    codings: codings.actions,
    removals: codings.removals,
    done: roundId === null ? [] : content.done.filter((mark) => mark.roundId === roundId),
    remember: { codes: codes.remember, codings: codings.remember },
  };
}
