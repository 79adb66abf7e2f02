import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Playwright loads tests as CommonJS (the package is not "type": "module"), so __dirname exists.
const repoRoot = path.resolve(__dirname, '../..');
const cli = path.join(repoRoot, 'bin/concord.mjs');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/;
const START_TIMEOUT_MS = 30_000;

export interface ConcordServer {
  /** The address printed by `concord serve`, token included. */
  url: string;
  projectPath: string;
  /** A scratch directory for the test's own files; removed with the server. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Creates the demo study in a fresh temporary directory and serves it with `concord serve` on a
 * free port, waiting for the printed address (never a fixed delay). The CLI keeps its settings
 * (recent projects) in the temporary directory too, so tests never touch the user's.
 */
export async function startDemoServer(): Promise<ConcordServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-e2e-'));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config') };
  const projectPath = path.join(dir, 'demo.concord');

  const demo = spawnSync(process.execPath, [cli, 'demo', projectPath], { env, encoding: 'utf8' });
  if (demo.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`concord demo failed (${demo.status}): ${demo.stderr || demo.stdout}`);
  }

  // Lets several people run specs at once, each against their own UI build.
  const uiDir = process.env.CONCORD_E2E_UI_DIR;
  const serveArgs = uiDir ? ['serve', projectPath, '--ui-dir', uiDir] : ['serve', projectPath];
  const child = spawn(process.execPath, [cli, ...serveArgs], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopServer(child, dir);
  try {
    const url = await waitForUrl(child);
    return { url, projectPath, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`concord serve printed no address in ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = URL_PATTERN.exec(output);
      if (match) finish(() => resolve(match[0]));
    };
    const onExit = (code: number | null) =>
      fail(new Error(`concord serve exited (${code}) before serving:\n${output}`));
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    const fail = (error: Error) => finish(() => reject(error));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function stopServer(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
