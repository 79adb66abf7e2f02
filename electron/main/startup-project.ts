import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConcordApi } from '../../shared/api/contract';
import type { MainLog } from './ipc';

export const DEMO_FILE_NAME = 'Demo study.concord';

/**
 * What opens at launch: a project named on the command line, else the most recent project, else
 * (first launch) the demo study, created once in the user-data folder. A project that cannot be
 * opened is logged and skipped; the UI then shows its start screen.
 */
export async function openStartupProject(
  api: ConcordApi,
  options: { requestedPath: string | null; userDataDir: string; log: MainLog },
): Promise<void> {
  const { log } = options;
  if (options.requestedPath) {
    try {
      await api.openProject({ path: options.requestedPath });
      return;
    } catch (error) {
      log(`Could not open ${options.requestedPath}`, error);
    }
  }

  const recent = [...(await api.listRecentProjects())].sort((a, b) =>
    b.openedAt.localeCompare(a.openedAt),
  );
  const mostRecent = recent[0];
  if (mostRecent) {
    try {
      await api.openProject({ path: mostRecent.path });
    } catch (error) {
      log(`Could not reopen the most recent project ${mostRecent.path}`, error);
    }
    return;
  }

  const demoPath = path.join(options.userDataDir, DEMO_FILE_NAME);
  try {
    if (existsSync(demoPath)) await api.openProject({ path: demoPath });
    else await api.createProject({ path: demoPath, withDemo: true });
  } catch (error) {
    log(`Could not open the demo study at ${demoPath}`, error);
  }
}
