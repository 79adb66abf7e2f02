import { expect, screenshot, test } from './fixtures';

test('full-text search lists hits in context and a hit opens the source at the match', async ({
  workbench: page,
}) => {
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search all sources' });
  await expect(box).toBeFocused();
  await box.fill('harboring');
  await box.press('Enter');

  const results = page.getByRole('tabpanel');
  const group = results.getByRole('region', { name: 'Interview 07 - Jordan' });
  await expect(group).toBeVisible();
  const hit = group.locator('.hit').first();
  await expect(hit.locator('mark')).toHaveText(/harboring/i);
  await expect(hit).toContainText('runaway');

  await hit.click();
  await expect(page.locator('.doc__title')).toHaveText('Interview 07 - Jordan');
  // The exact match is selected in the document and scrolled into view.
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toMatch(/^harboring$/i);
  const selectionInView = await page.evaluate(() => {
    const range = window.getSelection()?.getRangeAt(0);
    const scroller = document.querySelector('.doc__scroll');
    if (!range || !scroller) return false;
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  });
  expect(selectionInView).toBe(true);
  await screenshot(page, 'search-hit');
});
