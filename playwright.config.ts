import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the UI in browser mode: each test gets its own demo project served by
 * `concord serve` (see test/e2e/fixtures.ts). The UI must be built first (`npm run test:e2e`
 * does it), because `concord serve` serves dist/renderer.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
