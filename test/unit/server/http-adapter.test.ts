import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { createCoreService } from '../../../electron/core/api';
import { startServer, type RunningServer } from '../../../electron/server/start-server';
import { createHttpApi } from '../../../renderer/src/api/http-adapter';

let workDir: string;
let server: RunningServer;
const storage = new Map<string, string>();
const replaceState = vi.fn();

/** The browser globals the adapter uses, pointed at the real server. */
function installBrowserGlobals(): void {
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  });
  vi.stubGlobal('history', { state: null, replaceState });
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) =>
    realFetch(new URL(input, `http://127.0.0.1:${server.port}`), init),
  );
}

function fakeLocation(hash: string): Location {
  return { hash, pathname: '/', search: '' } as Location;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-adapter-'));
  const staticDir = path.join(workDir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  const configDir = path.join(workDir, 'config');
  const projectPath = path.join(workDir, 'study.concord');
  const core = createCoreService({ host: 'browser', version: 'test', configDir });
  await core.api.createProject({ path: projectPath, name: 'Adapter study' });
  core.close();
  server = await startServer({ projectPath, staticDir, configDir, version: 'test', log: () => {} });
  installBrowserGlobals();
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('createHttpApi against the real server', () => {
  it('exposes exactly the API methods', () => {
    const api = createHttpApi(fakeLocation(''));
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });

  it('takes the token from the fragment, keeps it for the session and removes it from the URL', async () => {
    const api = createHttpApi(fakeLocation(`#token=${server.token}&view=sources`));
    expect(storage.get('concord.token')).toBe(server.token);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/#view=sources');
    const project = await api.getProject();
    expect(project?.name).toBe('Adapter study');
  });

  it('reuses the stored token after a reload without fragment', async () => {
    const api = createHttpApi(fakeLocation(''));
    await expect(api.getAppInfo()).resolves.toMatchObject({ host: 'browser' });
  });

  it('round-trips bytes and rebuilds ApiError with its code', async () => {
    const api = createHttpApi(fakeLocation(''));
    const data = new TextEncoder().encode('Interviewer: Hello?\nMina: Hola, ¿qué tal?\n');
    const result = await api.importSource({ fileName: 'mina.txt', data });
    const source = await api.getSource({ id: result.sourceId });
    expect(source.text).toContain('¿qué tal?');

    const failure = await api.getSource({ id: 'missing' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('not_found');
  });

  it('rejects with ApiError forbidden when the token is wrong', async () => {
    storage.set('concord.token', 'wrong-token');
    const api = createHttpApi(fakeLocation(''));
    const failure = await api.getProject().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('forbidden');
    storage.set('concord.token', server.token);
  });
});
