import type { RoundMode } from '../../../shared/domain/types';

export const MODE_LABELS: Record<RoundMode, string> = {
  independent: 'Independent',
  open: 'Open',
};

/** One line each, shown where a round's mode is chosen. */
export const MODE_EXPLANATIONS: Record<RoundMode, string> = {
  independent:
    'Blind: each coder sees only their own codings on the round’s sources until a lead closes the round.',
  open: 'Coders see each other’s codings on the round’s sources as they work.',
};
