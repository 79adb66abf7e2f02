/**
 * Packages the main-process bundle loads with require() at run time instead of containing them.
 * better-sqlite3 is a native module (a .node file cannot be bundled). mammoth is plain CommonJS
 * with a large dependency tree (jszip, xmldom); loading it from node_modules runs exactly the code
 * the core's tests run, instead of a re-bundled copy.
 * vite.main.config.ts marks them external and forge.config.ts copies them, with their runtime
 * dependencies, into the packaged app.
 */
export const RUNTIME_EXTERNAL_MODULES = ['better-sqlite3', 'mammoth'] as const;

/**
 * Dependencies declared by an external module that are not needed at run time and are left out
 * of the package: node-addon-api holds C++ headers for building better-sqlite3 from source.
 */
export const BUILD_ONLY_DEPENDENCIES: ReadonlySet<string> = new Set(['node-addon-api']);

/** Import ids to keep external: the package itself and any of its subpaths. */
export function externalModulePatterns(): RegExp[] {
  return RUNTIME_EXTERNAL_MODULES.map(
    (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/.*)?$`),
  );
}
