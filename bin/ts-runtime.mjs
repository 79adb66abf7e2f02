// Shared by the launchers in bin/: the Node version check and TypeScript loading through tsx.
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';

const MINIMUM = [22, 13];

/** Exits with a clear message on a Node.js older than package.json's "engines". */
export function assertSupportedNode(tool) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
    process.stderr.write(
      `${tool}: Node.js ${MINIMUM.join('.')} or newer is required; this is ${process.versions.node}.\n`,
    );
    process.exit(1);
  }
}

/**
 * Lets Node load .ts files of this repository (transpiled on the fly, types are not checked).
 * package.json has no "type": "module", so Node treats .ts files as CommonJS and loads their
 * imports through require(): both of tsx's hooks are needed.
 */
export function registerTypeScript() {
  registerCommonJs();
  registerEsm();
}
