import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService } from '../../../electron/core/api';
import { runCli, type CliContext } from '../../../electron/cli/main';
import { decodeWire, encodeWire } from '../../../shared/api/wire';

let workDir: string;
let projectPath: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-serve-'));
  // A package root whose renderer is already built, so `serve` does not run Vite.
  mkdirSync(path.join(workDir, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(workDir, 'dist', 'renderer', 'index.html'), '<!doctype html><p>UI</p>');
  projectPath = path.join(workDir, 'served.concord');
  const core = createCoreService({ host: 'browser', version: 'test', configDir: workDir });
  await core.api.createProject({ path: projectPath, name: 'Served study' });
  core.close();
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('concord serve', () => {
  it('prints a loopback URL with a token, serves UI and API, and stops on a signal', async () => {
    let stop: (signal: string) => void = () => {};
    let announce: (url: string) => void = () => {};
    const announced = new Promise<string>((resolve) => (announce = resolve));
    let stdout = '';
    const context: CliContext = {
      stdout: (text) => {
        stdout += text;
        const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(stdout);
        if (match) announce(match[0]);
      },
      stderr: () => {},
      env: { XDG_CONFIG_HOME: path.join(workDir, 'config') },
      packageRoot: workDir,
      version: 'test',
      cwd: workDir,
      waitForStopSignal: () => new Promise((resolve) => (stop = resolve)),
    };

    const exit = runCli(['serve', 'served.concord'], context);
    const url = new URL(await announced);
    const token = url.hash.replace('#token=', '');
    const origin = url.origin;

    const page = await fetch(origin);
    expect(await page.text()).toContain('<p>UI</p>');
    const project = await fetch(`${origin}/api/getProject`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: encodeWire({}),
    });
    expect(decodeWire(await project.text())).toMatchObject({
      ok: true,
      value: { name: 'Served study' },
    });

    stop('SIGINT');
    await expect(exit).resolves.toBe(0);
    await expect(fetch(origin)).rejects.toThrow();
  });

  it('refuses an invalid --port as a usage error', async () => {
    let stderr = '';
    const code = await runCli(['serve', 'served.concord', '--port', '99999'], {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      env: {},
      packageRoot: workDir,
      version: 'test',
      cwd: workDir,
      waitForStopSignal: () => new Promise(() => {}),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('--port must be a port number');
  });
});
