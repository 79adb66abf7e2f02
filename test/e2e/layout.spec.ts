import { expect, test } from './fixtures';

test('panes resize from the keyboard and keep their size after a reload', async ({
  workbench: page,
}) => {
  const splitter = page.getByRole('separator', { name: 'Resize sources pane' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 32));
  const width = await page
    .getByRole('complementary', { name: 'Sources and participants' })
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBe(before + 32);

  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize sources pane' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 32),
  );
});

test('the theme toggle switches between light and dark', async ({ workbench: page }) => {
  const html = page.locator('html');
  const initial = await html.getAttribute('data-theme');
  await page.keyboard.press('Control+Shift+L');
  await expect(html).not.toHaveAttribute('data-theme', initial ?? '');
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
  await expect(html).toHaveAttribute('data-theme', initial ?? '');
});
