import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';

/** Extra fields Electron Forge's Vite plugin passes to a config function. */
interface ForgeConfigEnv extends ConfigEnv {
  root?: string;
  forgeConfigSelf?: { name?: string };
}

const projectDir = import.meta.dirname;

/**
 * The dev server (never a build) needs an inline script for React Fast Refresh and a websocket for
 * hot reload; the strict policy in index.html forbids both, so only `vite serve` loosens it.
 */
function devServerCsp(): Plugin {
  return {
    name: 'concord-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

/**
 * The renderer's Vite config. Standalone (`vite build -c vite.renderer.config.ts`, used by browser
 * mode and the e2e tests) it builds into dist/renderer. Under Electron Forge (renderer `main_window`)
 * Forge merges this config over its own and this config wins, so the output directory is set to the
 * place Forge expects, made absolute because our root is renderer/, not the project directory.
 */
export default defineConfig((env: ForgeConfigEnv): UserConfig => {
  const forgeName = env.forgeConfigSelf?.name;
  const outDir =
    forgeName !== undefined
      ? path.resolve(env.root ?? projectDir, '.vite/renderer', forgeName)
      : path.resolve(projectDir, 'dist/renderer');
  return {
    root: path.resolve(projectDir, 'renderer'),
    base: './',
    plugins: [react(), devServerCsp()],
    // Loaded from disk by a desktop app, not over a network: one larger chunk is fine.
    build: { outDir, emptyOutDir: true, target: 'es2023', chunkSizeWarningLimit: 1500 },
    server: { strictPort: false },
  };
});
