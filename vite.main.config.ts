import { defineConfig } from 'vite';
import { externalModulePatterns } from './electron/main/packaging/external-modules';

// The main process bundle. The Forge Vite plugin supplies the entry (electron/main/main.ts),
// the CommonJS output (.vite/build/main.cjs), and keeps 'electron' and Node built-ins external.
// The modules listed in external-modules.ts are loaded from node_modules at run time; forge.config.ts
// copies them into the packaged app.
export default defineConfig({
  build: {
    sourcemap: true,
    rollupOptions: {
      external: externalModulePatterns(),
    },
  },
});
