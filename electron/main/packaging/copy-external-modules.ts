import { cp, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_ONLY_DEPENDENCIES, RUNTIME_EXTERNAL_MODULES } from './external-modules';

/**
 * The Forge Vite plugin packages only the .vite build output, so the modules the main bundle
 * requires at run time would be missing from the app. This copies each of them and their runtime
 * dependencies (transitively) into the packaged app, mirroring the project's node_modules layout
 * so that Node resolves every package to the same version it does in development. For
 * better-sqlite3 only the prebuilt Node-API binary of the target platform is kept.
 * Runs as Forge's packageAfterCopy hook. Returns the copied directories, relative to the project.
 */
export async function copyExternalModules(options: {
  projectDir: string;
  buildPath: string;
  platform: string;
  arch: string;
}): Promise<string[]> {
  const projectDir = path.resolve(options.projectDir);
  const copied = new Set<string>();
  const queue: { name: string; from: string }[] = RUNTIME_EXTERNAL_MODULES.map((name) => ({
    name,
    from: projectDir,
  }));

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (BUILD_ONLY_DEPENDENCIES.has(next.name)) continue;
    const sourceDir = packageDirectory(next.name, next.from);
    const relativeDir = path.relative(projectDir, sourceDir);
    if (copied.has(relativeDir)) continue;
    if (relativeDir.startsWith('..') || path.isAbsolute(relativeDir)) {
      throw new Error(
        `${next.name} resolves outside the project (${sourceDir}); cannot package it.`,
      );
    }

    const targetDir = path.join(options.buildPath, relativeDir);
    await mkdir(path.dirname(targetDir), { recursive: true });
    await cp(sourceDir, targetDir, {
      recursive: true,
      dereference: true,
      filter: (source) => keepFile(next.name, path.relative(sourceDir, source), options),
    });
    copied.add(relativeDir);

    const manifest = JSON.parse(await readFile(path.join(sourceDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      // Resolved from the dependent's directory, as Node does (its nested node_modules first).
      queue.push({ name: dependency, from: sourceDir });
    }
  }
  return [...copied].sort();
}

/** The directory of package `name` as Node resolves it from `fromDir`. */
function packageDirectory(name: string, fromDir: string): string {
  const require = createRequire(path.join(fromDir, 'package.json'));
  return path.dirname(require.resolve(`${name}/package.json`));
}

/**
 * Leaves out what the app never loads: a package's nested node_modules (copied on their own when
 * a dependency needs them), and for better-sqlite3 the C++ sources and other platforms' binaries.
 */
function keepFile(
  name: string,
  relativePath: string,
  target: { platform: string; arch: string },
): boolean {
  if (relativePath === '') return true;
  const parts = relativePath.split(path.sep);
  const first = parts[0] as string;
  if (first === 'node_modules') return false;
  if (name !== 'better-sqlite3') return true;
  if (['src', 'deps', 'build', 'docs', 'test', 'benchmark'].includes(first)) return false;
  if (first === 'prebuilds' && parts.length > 1) {
    const wanted = [`${target.platform}-${target.arch}.node`];
    if (target.platform === 'linux') wanted.push(`linuxmusl-${target.arch}.node`);
    return wanted.includes(parts[parts.length - 1] as string);
  }
  return true;
}
