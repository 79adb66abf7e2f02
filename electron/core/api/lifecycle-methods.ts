import os from 'node:os';
import path from 'node:path';
import type { ConcordApi } from '../../../shared/api/contract';
import type { User } from '../../../shared/domain/types';
import { buildDemoStudy } from '../demo';
import { ProjectSession } from '../session/project-session';
import {
  PROJECT_EXTENSION,
  createProjectStore,
  openProjectStore,
  removeProjectFiles,
} from '../store';
import { projectInfo } from './access';
import type { ServiceContext } from './service-context';

type LifecycleMethods = Pick<
  ConcordApi,
  | 'getAppInfo'
  | 'getProject'
  | 'createProject'
  | 'openProject'
  | 'closeProject'
  | 'listRecentProjects'
>;

function withProjectExtension(filePath: string): string {
  const absolute = path.resolve(filePath);
  return absolute.toLowerCase().endsWith(PROJECT_EXTENSION)
    ? absolute
    : `${absolute}${PROJECT_EXTENSION}`;
}

/** The operating-system account name, so the first lead is named after whoever made the project. */
function defaultLeadName(): string {
  try {
    const name = os.userInfo().username.trim();
    return name === '' ? 'Lead' : name;
  } catch {
    return 'Lead';
  }
}

export function lifecycleMethods(context: ServiceContext): LifecycleMethods {
  const rememberRecent = (filePath: string, name: string, user?: User | null): void => {
    try {
      context.recent.record({ path: filePath, name }, user ?? undefined);
    } catch (error) {
      // The recent list is a convenience; failing to save it must not fail the open.
      context.log('Could not save the recent projects list', error);
    }
  };

  return {
    async getAppInfo() {
      return { name: 'Concord', version: context.options.version, host: context.options.host };
    },

    async getProject() {
      return context.session ? projectInfo(context.session) : null;
    },

    async createProject(args) {
      const filePath = withProjectExtension(args.path);
      const name = args.name ?? path.basename(filePath, path.extname(filePath));
      const store = createProjectStore(filePath, { name, leadName: defaultLeadName() });
      const session = new ProjectSession(store);
      context.replaceSession(session);
      if (args.withDemo) {
        try {
          await buildDemoStudy(context.publicApi);
          // The demo's own coding is where a newcomer starts, not something to undo.
          context.clearUndoHistory(session);
        } catch (error) {
          // A half-built demo is worse than none: leave no file behind.
          if (context.session === session) context.replaceSession(null);
          else session.close();
          removeProjectFiles(filePath);
          throw error;
        }
      }
      context.assertStillOpen(session);
      rememberRecent(filePath, name, session.currentUser);
      return projectInfo(session);
    },

    async openProject(args) {
      const filePath = path.resolve(args.path);
      // Open the new file before closing the current one: a refused file changes nothing.
      const session = new ProjectSession(openProjectStore(filePath));
      // A project made from a coder package is worked in as that coder; any other as whoever
      // last worked in it on this computer (if still active), else its first lead.
      const origin = session.store.packageOrigin.get();
      const returning = origin ? origin.coderId : context.recent.lastUserId(filePath);
      const user = returning === undefined ? undefined : session.store.users.find(returning);
      if (user && (origin || !user.deactivatedAt)) session.setCurrentUser(user.id);
      context.replaceSession(session);
      const info = projectInfo(session);
      rememberRecent(filePath, info.name, session.currentUser);
      return info;
    },

    async closeProject() {
      context.replaceSession(null);
    },

    async listRecentProjects() {
      return context.recent.list();
    },
  };
}
