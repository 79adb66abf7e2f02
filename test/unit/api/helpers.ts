import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/core/api';
import type { ConcordApi } from '../../../shared/api/contract';

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

/**
 * Builds the demo study once for a describe block, through the core the way "Create the demo
 * study" does, and removes it afterwards. Call inside `describe`; read `api` inside tests.
 */
export function demoProjectForSuite(): { readonly api: ConcordApi } {
  let fixture: ServiceFixture | undefined;
  beforeAll(async () => {
    fixture = makeService();
    await fixture.service.api.createProject({
      path: path.join(fixture.dir, 'demo.concord'),
      withDemo: true,
    });
  });
  afterAll(() => fixture?.dispose());
  return {
    get api() {
      if (!fixture)
        throw new Error('The demo project is built in beforeAll; read api inside tests.');
      return fixture.service.api;
    },
  };
}
