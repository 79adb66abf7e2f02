import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/contract';
import type { ProjectInfo, RecentProject, User, UserRole } from '../../../shared/domain/types';
import { api } from '../api';
import { errorMessage } from '../lib/errors';

type ProjectStatus = 'loading' | 'closed' | 'open';

interface ProjectState {
  status: ProjectStatus;
  appInfo: AppInfo | null;
  project: ProjectInfo | null;
  recent: RecentProject[];
  users: User[];
  currentUser: User | null;
  /** The last lifecycle failure (create/open), shown on the start screen. */
  error: string | null;
  busy: boolean;

  initialize(): Promise<void>;
  createProject(path: string, withDemo: boolean): Promise<boolean>;
  openProject(path: string): Promise<boolean>;
  closeProject(): Promise<void>;
  refreshProject(): Promise<void>;
  setCurrentUser(userId: string): Promise<void>;
  createUser(name: string, role: UserRole): Promise<void>;
  clearError(): void;
}

/** The open project, the session's coder and the recent-projects list. */
export const useProjectStore = create<ProjectState>((set, get) => {
  /** Loads everything that depends on which project is open. */
  async function loadOpenProject(project: ProjectInfo | null): Promise<void> {
    if (!project) {
      const recent = await api.listRecentProjects().catch(() => []);
      set({ status: 'closed', project: null, users: [], currentUser: null, recent });
      return;
    }
    const [users, currentUser] = await Promise.all([api.listUsers(), api.getCurrentUser()]);
    set({ status: 'open', project, users, currentUser, error: null });
  }

  async function runLifecycle(action: () => Promise<ProjectInfo>): Promise<boolean> {
    set({ busy: true, error: null });
    try {
      await loadOpenProject(await action());
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  }

  return {
    status: 'loading',
    appInfo: null,
    project: null,
    recent: [],
    users: [],
    currentUser: null,
    error: null,
    busy: false,

    async initialize() {
      try {
        const [appInfo, project] = await Promise.all([api.getAppInfo(), api.getProject()]);
        set({ appInfo });
        await loadOpenProject(project);
      } catch (error) {
        set({ status: 'closed', error: errorMessage(error) });
      }
    },
    createProject: (path, withDemo) =>
      runLifecycle(() => api.createProject({ path, withDemo: withDemo || undefined })),
    openProject: (path) => runLifecycle(() => api.openProject({ path })),
    async closeProject() {
      await api.closeProject();
      await loadOpenProject(null);
    },
    async refreshProject() {
      const project = await api.getProject();
      if (get().status === 'open' && project) set({ project });
    },
    async setCurrentUser(userId) {
      const currentUser = await api.setCurrentUser({ userId });
      set({ currentUser });
    },
    async createUser(name, role) {
      const user = await api.createUser({ name, role });
      set({ users: [...get().users, user] });
    },
    clearError: () => set({ error: null }),
  };
});
