import { defineConfig } from 'vite';

// The preload runs sandboxed, where require() knows only 'electron' (and a few polyfills), so it
// must be one self-contained CommonJS file. The Forge Vite plugin already builds it that way
// (single entry, no code splitting, .vite/build/preload.cjs); nothing else is external here.
export default defineConfig({
  build: {
    sourcemap: true,
  },
});
