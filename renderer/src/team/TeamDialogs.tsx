import { useTeamStore } from './teamStore';
import { TeamDialog } from './TeamDialog';

/** Dialogs for managing users, roles and the codebook policy (lead only). */
export function TeamDialogs() {
  const open = useTeamStore((s) => s.open);
  return open ? <TeamDialog /> : null;
}
