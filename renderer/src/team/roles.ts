import type { UserRole } from '../../../shared/domain/types';

/** How each role is named and what it may do, for selects and explanations. */
export const ROLE_LABELS: Record<UserRole, string> = {
  lead: 'Lead',
  coder: 'Coder',
  mentee: 'Mentee',
};

export const ROLE_HINTS: Record<UserRole, string> = {
  lead: 'manages the team, rounds and codebook; sees every coder’s work',
  coder: 'codes the sources assigned to them; blind to others in independent rounds',
  mentee: 'codes like a coder, usually paired with an experienced coder',
};
