import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Runs a palette command: opens the palette, types `query`, checks that the first match is
 * `title` (the query itself when omitted) and presses Enter.
 */
export async function runCommand(
  page: Page,
  query: string,
  title: string | RegExp = query,
): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(query);
  await expect(palette.getByRole('option').first()).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}
