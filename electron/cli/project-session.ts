import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConcordApi } from '../../shared/api/contract';
import type { CliContext } from './cli-context';
import { InputError } from './cli-errors';
import { cliConfigDir } from './config-dir';

/**
 * Runs `work` with a core service; the service is closed afterwards (checkpointing the WAL).
 * The core (and with it SQLite) loads only here, so `--help` and usage errors stay instant.
 */
export async function withCore<T>(
  context: CliContext,
  work: (api: ConcordApi) => Promise<T>,
): Promise<T> {
  const { createCoreService } = await import('../core/api');
  const core = createCoreService({
    host: 'browser',
    version: context.version,
    configDir: cliConfigDir(context.env),
    log: (message, error) => {
      context.stderr(`${message}${error === undefined ? '' : `: ${describe(error)}`}\n`);
    },
  });
  try {
    return await work(core.api);
  } finally {
    core.close();
  }
}

/** Opens an existing project and runs `work` on it. */
export async function withProject<T>(
  context: CliContext,
  projectPath: string,
  work: (api: ConcordApi, absolutePath: string) => Promise<T>,
): Promise<T> {
  const absolutePath = resolveExistingProject(context, projectPath);
  return withCore(context, async (api) => {
    await api.openProject({ path: absolutePath });
    return work(api, absolutePath);
  });
}

export function resolveExistingProject(context: CliContext, projectPath: string): string {
  const absolutePath = path.resolve(context.cwd, projectPath);
  if (!existsSync(absolutePath)) {
    throw new InputError(`${projectPath}: no such project file.`);
  }
  return absolutePath;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
