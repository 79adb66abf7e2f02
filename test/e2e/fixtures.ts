import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type ConcordServer } from './concord-server';

interface Fixtures {
  /** A fresh demo project served for this test alone. */
  concord: ConcordServer;
  /** The page with the demo project open in the workbench. */
  workbench: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  concord: async ({}, use) => {
    const server = await startDemoServer();
    await use(server);
    await server.stop();
  },
  workbench: async ({ page, concord }, use) => {
    await page.goto(concord.url);
    await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Saves the test's screenshot under test-results/ for visual review. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** Calls the served API from the page, with the token the page keeps (as the UI itself does). */
export async function callApi<T>(page: Page, method: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, arg }) => {
      const token = sessionStorage.getItem('concord.token');
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ arg }),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
      if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
    { method, arg },
  ) as Promise<T>;
}
