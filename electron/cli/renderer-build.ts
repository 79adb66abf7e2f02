import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliContext } from './cli-context';

/** Where `npm run build:renderer` and `concord serve` put the built UI. */
export function rendererDistDir(packageRoot: string): string {
  return path.join(packageRoot, 'dist', 'renderer');
}

/**
 * Returns the directory of the built renderer, building it with Vite first when it is missing
 * (a fresh clone has no build). An existing build is used as is; rebuild with
 * `npm run build:renderer` after changing the UI.
 */
export async function ensureRendererBuilt(context: CliContext): Promise<string> {
  const outDir = rendererDistDir(context.packageRoot);
  if (existsSync(path.join(outDir, 'index.html'))) return outDir;

  context.stderr(`Building the Concord UI into ${outDir} (first run only)…\n`);
  const { build } = await import('vite');
  await build({
    configFile: path.join(context.packageRoot, 'vite.renderer.config.ts'),
    // Inline options override the config file: browser mode always serves from dist/renderer.
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(
      `The renderer build finished without producing ${path.join(outDir, 'index.html')}.`,
    );
  }
  return outDir;
}
