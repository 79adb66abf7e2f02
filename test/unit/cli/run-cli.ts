import { spawn } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const CONCORD_BIN = path.join(REPO_ROOT, 'bin', 'concord.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/concord.mjs ...args` as a user would, with its own config dir, and waits for exit. */
export function runConcord(
  args: string[],
  options: { cwd: string; configHome: string },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CONCORD_BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, XDG_CONFIG_HOME: options.configHome, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
