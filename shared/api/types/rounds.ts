import type { Id } from '../../domain/types';

// Coding rounds: who codes which source.

export interface RoundSourceAssignment {
  sourceId: Id;
  coderIds: Id[];
}
