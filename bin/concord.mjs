#!/usr/bin/env node
// The `concord` command. Runs the TypeScript CLI directly through tsx, so it works right after
// `npm install` in a fresh clone, with no build step.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertSupportedNode, registerTypeScript } from './ts-runtime.mjs';

assertSupportedNode('concord');
registerTypeScript();

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { runCli } = await import('../electron/cli/main.ts');

/** Resolves on the first SIGINT/SIGTERM, which then stop being fatal so cleanup can finish. */
function waitForStopSignal() {
  return new Promise((resolve) => {
    const stop = (signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  packageRoot,
  version,
  cwd: process.cwd(),
  waitForStopSignal,
});
