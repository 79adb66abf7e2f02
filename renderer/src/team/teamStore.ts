import { create } from 'zustand';
import type {
  CodebookPolicy,
  CoderCodebookChanges,
  Id,
  User,
  UserRole,
} from '../../../shared/domain/types';
import { api } from '../api';
import { useProjectStore } from '../state/project';

/** The section of the team dialog that takes focus when it opens. */
export type TeamSection = 'people' | 'policy';

export interface UserChanges {
  name?: string;
  role?: UserRole;
  active?: boolean;
}

interface TeamState {
  open: boolean;
  focusSection: TeamSection;
  policy: CodebookPolicy | null;

  openDialog(section?: TeamSection): void;
  close(): void;
  loadPolicy(): Promise<void>;
  /** Saves the policy; rejects with the core's message when refused. */
  setPolicy(coderChanges: CoderCodebookChanges): Promise<void>;
  /** Saves a change to a user; rejects with the core's message (e.g. the last lead). */
  updateUser(id: Id, changes: UserChanges): Promise<User>;
  addUser(name: string, role: UserRole): Promise<void>;
}

/**
 * The team dialog and the codebook policy. The team itself lives in the project store (the title
 * bar's user selector reads it there), so changes are written back to it.
 */
export const useTeamStore = create<TeamState>((set) => ({
  open: false,
  focusSection: 'people',
  policy: null,

  openDialog(section = 'people') {
    // The policy is read afresh each time: another lead (or project) may have changed it.
    set({ open: true, focusSection: section, policy: null });
  },
  close() {
    set({ open: false });
  },
  async loadPolicy() {
    set({ policy: await api.getCodebookPolicy() });
  },
  async setPolicy(coderChanges) {
    set({ policy: await api.setCodebookPolicy({ coderChanges }) });
  },
  async updateUser(id, changes) {
    const updated = await api.updateUser({ id, ...changes });
    const project = useProjectStore.getState();
    useProjectStore.setState({
      users: project.users.map((user) => (user.id === id ? updated : user)),
      // The current user's new name or role must show in the title bar (and a new role changes
      // what they may see, which the stores listening to currentUser reload).
      ...(project.currentUser?.id === id && { currentUser: updated }),
    });
    return updated;
  },
  async addUser(name, role) {
    await useProjectStore.getState().createUser(name, role);
  },
}));
