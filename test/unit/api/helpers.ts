import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoreService, type CoreService } from '../../../electron/core/api';

export interface ServiceFixture {
  service: CoreService;
  /** Folder for project files. */
  dir: string;
  configDir: string;
  logged: { message: string; error: unknown }[];
  dispose: () => void;
}

export function makeService(): ServiceFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-api-'));
  const configDir = path.join(dir, 'config');
  const logged: ServiceFixture['logged'] = [];
  const service = createCoreService({
    host: 'browser',
    version: '9.9.9-test',
    configDir,
    log: (message, error) => logged.push({ message, error }),
  });
  return {
    service,
    dir,
    configDir,
    logged,
    dispose: () => {
      service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves to the ApiError code (or 'resolved') so tests can assert on refusals compactly. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? 'not an ApiError';
  }
}
