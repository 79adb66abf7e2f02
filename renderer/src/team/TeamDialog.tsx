import { useEffect, useRef } from 'react';
import { useProjectStore } from '../state/project';
import { Dialog } from '../ui/Dialog';
import { AddMemberForm } from './AddMemberForm';
import { CodebookPolicySection } from './CodebookPolicySection';
import { TeamMemberRow } from './TeamMemberRow';
import { useTeamStore } from './teamStore';

/**
 * The team: who codes in this project, in which role, and what coders may change in the
 * codebook. Leads edit everything here; coders and mentees see the same information read-only,
 * so they know who else codes and what the policy allows them.
 */
export function TeamDialog() {
  const users = useProjectStore((s) => s.users);
  const currentUser = useProjectStore((s) => s.currentUser);
  const focusSection = useTeamStore((s) => s.focusSection);
  const close = useTeamStore((s) => s.close);
  const body = useRef<HTMLDivElement>(null);
  const canEdit = currentUser?.role === 'lead';

  // Open where the command pointed: the first field of the people table, or the chosen policy
  // option once the policy has loaded (its options are disabled until then). Once only.
  const policyLoaded = useTeamStore((s) => s.policy !== null);
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || (focusSection === 'policy' && !policyLoaded)) return;
    const section = body.current?.querySelector<HTMLElement>(`[data-section="${focusSection}"]`);
    const target = section?.querySelector<HTMLElement>(
      focusSection === 'policy' ? 'input:checked' : 'input:not(:disabled), select:not(:disabled)',
    );
    if (!target) return;
    focused.current = true;
    section?.scrollIntoView({ block: 'nearest' });
    target.focus();
  }, [focusSection, policyLoaded]);

  return (
    <Dialog
      title="Team"
      onClose={close}
      width={680}
      footer={
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      }
    >
      <div className="form team" ref={body}>
        <section className="team__section" data-section="people" aria-labelledby="team-people">
          <h3 id="team-people" className="team__heading">
            People
          </h3>
          {!canEdit && (
            <p className="message" role="note">
              Only a lead can change the team. You are {currentUser?.name ?? 'nobody yet'}
              {currentUser ? ` (${currentUser.role})` : ''}.
            </p>
          )}
          <table className="team-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <TeamMemberRow
                  key={user.id}
                  user={user}
                  canEdit={canEdit}
                  isCurrent={user.id === currentUser?.id}
                />
              ))}
            </tbody>
          </table>
          {canEdit && <AddMemberForm />}
        </section>
        <CodebookPolicySection canEdit={canEdit} />
      </div>
    </Dialog>
  );
}
