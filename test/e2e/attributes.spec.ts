import { expect, screenshot, test } from './fixtures';

test('adding a choice attribute adds a column edited with a select', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Add attribute' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add attribute' });
  await dialog.getByLabel('Name').fill('Training');
  await dialog.getByLabel('Type').selectOption('choice');
  await dialog.getByLabel('Choices').fill('Basic\nAdvanced');
  await dialog.getByRole('button', { name: 'Add attribute' }).click();
  await expect(dialog).toBeHidden();

  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid.getByRole('columnheader', { name: /Training/ })).toBeVisible();
  await grid.getByRole('button', { name: /^Training of Carla:/ }).dblclick();
  const editor = grid.getByRole('combobox', { name: 'Training of Carla' });
  await expect(editor.locator('option')).toHaveText(['—', 'Basic', 'Advanced']);
  await editor.selectOption('Advanced');
  await editor.press('Tab');
  // Tab saves and moves on to the next cell's editor.
  await expect(grid.getByRole('button', { name: /^Training of Carla:/ })).toHaveText('Advanced');
  await expect(page.locator('.grid__cell.is-editing')).toHaveCount(1);
  await page.keyboard.press('Escape');
});

test('changing an attribute’s type lists the values that could not be converted', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Participants' }).click();
  const grid = page.getByRole('grid', { name: 'Participants' });
  await grid.getByRole('button', { name: /^Type of Site: Choice/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Change type of Site' });
  await dialog.getByLabel('Type').selectOption('number');
  await dialog.getByRole('button', { name: 'Change type' }).click();

  const report = page.getByRole('dialog', { name: 'Site is now number' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('status')).toContainText('14 value(s) could not be converted');
  await expect(report).toContainText('Renata');
  await expect(report).toContainText('was “Site B”');
  await screenshot(page, 'attribute-type-change');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(grid.getByRole('button', { name: /^Type of Site: Number/ })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^Site of Renata:/ })).toHaveText('—');
});

test('importing a participants CSV reports what was created and updated', async ({
  workbench: page,
}) => {
  await page.getByRole('tab', { name: 'Participants' }).click();
  const csv = 'Pseudonym,Site,Mentor\nRenata,Site A,Yes\nOmar,Site B,No\n';
  await page.getByLabel('Participants CSV file').setInputFiles({
    name: 'more-participants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const report = page.getByRole('dialog', { name: 'Import of more-participants.csv' });
  await expect(report.getByRole('status')).toContainText('1 participant(s) created, 1 updated');
  await report.getByRole('button', { name: 'Done' }).click();

  const grid = page.getByRole('grid', { name: 'Participants' });
  await expect(grid.getByRole('button', { name: /^Pseudonym of Omar:/ })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^Site of Renata:/ })).toHaveText('Site A');
  await expect(grid.getByRole('columnheader', { name: /Mentor/ })).toBeVisible();
});
