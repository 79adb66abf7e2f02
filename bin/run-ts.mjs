#!/usr/bin/env node
// Runs a TypeScript file of this repository with Node: `node bin/run-ts.mjs FILE.ts [ARGS...]`.
// The script sees its own arguments in process.argv.slice(2), as if run directly.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertSupportedNode, registerTypeScript } from './ts-runtime.mjs';

assertSupportedNode('run-ts');
registerTypeScript();

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('Usage: node bin/run-ts.mjs FILE.ts [ARGS...]\n');
  process.exit(1);
}
const scriptPath = path.resolve(script);
process.argv = [process.argv[0], scriptPath, ...args];
await import(pathToFileURL(scriptPath).href);
