import { expect, screenshot, test } from './fixtures';

test('editing a participant attribute saves it and shows it everywhere', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Participants' }).click();
  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid).toBeVisible();

  const jobTitle = grid.getByRole('button', { name: /^Job title of Renata:/ });
  await expect(jobTitle).toHaveText('Deputy juvenile officer');
  await jobTitle.dblclick();
  const editor = grid.getByRole('combobox', { name: 'Job title of Renata' });
  await expect(editor).toBeFocused();
  await editor.selectOption('Therapist');
  await editor.press('Enter');
  await expect(grid.getByRole('button', { name: /^Job title of Renata:/ })).toHaveText('Therapist');
  await expect(
    page.getByRole('list', { name: 'Participants' }).getByRole('button', { name: /Renata/ }),
  ).toContainText('Therapist · Site B');

  // Escape abandons an edit; an empty pseudonym is refused inline and nothing changes.
  const years = grid.getByRole('button', { name: /^Years in role of Renata:/ });
  await years.focus();
  await page.keyboard.press('Enter');
  const yearsEditor = grid.getByRole('spinbutton', { name: 'Years in role of Renata' });
  await yearsEditor.fill('30');
  await yearsEditor.press('Escape');
  await expect(grid.getByRole('button', { name: /^Years in role of Renata:/ })).toHaveText('9');

  await grid.getByRole('button', { name: /^Pseudonym of Renata:/ }).dblclick();
  const pseudonym = grid.getByRole('textbox', { name: 'Pseudonym of Renata' });
  await pseudonym.fill('');
  await pseudonym.press('Enter');
  await expect(grid.getByRole('alert')).toHaveText('A participant needs a pseudonym.');
  await screenshot(page, 'participant-edit-error');
  await pseudonym.press('Escape');
  await expect(grid.getByRole('button', { name: /^Pseudonym of Renata:/ })).toHaveText('Renata');

  await page.getByRole('option', { name: /Interview 01 - Renata/ }).click();
  await expect(page.locator('.doc__meta')).toContainText('Therapist');
  await screenshot(page, 'participant-edit');
});
