import { pathOf } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';

/**
 * "Processes / Benefits" for a code, or `fallback` when the code is no longer in `codes` (an undo
 * or a merge can remove it while a dialog still names it): rendering must never throw.
 */
export function codePath(codes: readonly Code[], id: Id, fallback: string): string {
  return codes.some((code) => code.id === id) ? pathOf(codes, id) : fallback;
}
