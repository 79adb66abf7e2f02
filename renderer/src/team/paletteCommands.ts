import type { Command } from '../palette/commands';
import { useProjectStore } from '../state/project';
import { useTeamStore } from './teamStore';

/** Palette commands of this feature. Coders and mentees get the same dialogs, read-only. */
export function teamCommands(): Command[] {
  const lead = useProjectStore.getState().currentUser?.role === 'lead';
  const team = useTeamStore.getState();
  return [
    {
      id: 'team-manage',
      title: lead ? 'Manage team…' : 'Show team (read-only; a lead manages it)…',
      group: 'Team',
      run: () => team.openDialog('people'),
    },
    {
      id: 'team-codebook-policy',
      title: lead ? 'Codebook policy…' : 'Codebook policy (read-only)…',
      group: 'Team',
      run: () => team.openDialog('policy'),
    },
  ];
}
