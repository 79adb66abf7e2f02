import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Generous limits: CI machines have two loaded cores, and setup builds demo projects. Speed
    // is measured by `npm run bench`, never by these timeouts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
