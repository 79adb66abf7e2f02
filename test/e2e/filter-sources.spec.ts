import { expect, screenshot, test } from './fixtures';

/** Participants of the demo study at Site B (electron/core/demo/participants.ts). */
const SITE_B = ['Renata', 'Tomas', 'Priya', 'Walt', 'Sam', 'Lena', 'Carla'];

test('filtering sources by site shows only that site’s participants', async ({
  workbench: page,
}) => {
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(14);

  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await page.getByLabel('Filter attribute').selectOption({ label: 'Site' });
  await page.getByLabel('Filter value').selectOption({ label: 'Site B' });

  await expect(page.getByRole('button', { name: 'Remove filter Site = Site B' })).toBeVisible();
  await expect(sources.getByRole('option')).toHaveCount(SITE_B.length);
  const pseudonyms = await sources.locator('.source-row__meta').allTextContents();
  expect(pseudonyms.sort()).toEqual([...SITE_B].sort());
  await screenshot(page, 'filter-site-b');

  await page.getByRole('button', { name: 'Remove filter Site = Site B' }).click();
  await expect(sources.getByRole('option')).toHaveCount(14);
});
