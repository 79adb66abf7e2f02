import { expect, screenshot, test } from './fixtures';

test('the demo project opens with its sources and participants', async ({ workbench: page }) => {
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(14);
  await expect(sources.getByRole('option', { name: /Interview 07 - Jordan/ })).toBeVisible();
  await expect(sources.getByRole('option', { name: /Field notes 14 - Harold/ })).toBeVisible();

  const participants = page.getByRole('list', { name: 'Participants' });
  await expect(participants.getByRole('button', { name: /Renata/ })).toBeVisible();
  await expect(participants.getByRole('button', { name: /Renata/ })).toContainText(
    'Deputy juvenile officer · Site B',
  );

  await expect(page.locator('.titlebar__project')).toHaveText('demo');
  await expect(page.getByLabel('Current coder')).toBeVisible();
  await screenshot(page, 'open-demo');
});

test('sources are reachable by keyboard and the palette runs commands', async ({
  workbench: page,
}) => {
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await sources.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc__title')).toHaveText('Interview 01 - Renata');

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('open jordan');
  await expect(palette.getByRole('option').first()).toContainText('Open Interview 07 - Jordan');
  await screenshot(page, 'command-palette');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('.doc__title')).toHaveText('Interview 07 - Jordan');
});
