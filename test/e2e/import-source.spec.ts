import { expect, screenshot, test } from './fixtures';

const TRANSCRIPT = [
  '[00:00:02] Interviewer: Thanks for joining. How did the referral reach you?',
  '',
  '[00:00:09] Ines: Through the school nurse, who called our intake line directly.',
  '',
].join('\n');

test('importing a file through the dialog adds it to the sources', async ({ workbench: page }) => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import sources' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Files to import').setInputFiles({
    name: 'Interview 15 - Ines.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(TRANSCRIPT, 'utf8'),
  });
  await expect(dialog.getByRole('list', { name: 'Selected files' })).toContainText(
    'Interview 15 - Ines.txt',
  );
  await dialog.getByLabel('Kind').selectOption('interview');
  await dialog.getByRole('button', { name: 'Import 1 file' }).click();

  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(dialog).toContainText('Finished: 1 of 1 imported');
  const results = dialog.getByRole('list', { name: 'Import results' });
  await expect(results).toContainText('Interview 15 - Ines.txt');
  await expect(results).toContainText('Imported as');
  await screenshot(page, 'import-result');

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  const sources = page.getByRole('listbox', { name: 'Sources' });
  await expect(sources.getByRole('option')).toHaveCount(15);
  const added = sources.getByRole('option', { name: /Interview 15 - Ines/ });
  await expect(added).toBeVisible();
  await added.click();
  await expect(page.locator('.doc__content .tp__speaker', { hasText: 'Ines' })).toBeVisible();
});

test('a file that cannot be imported is reported and the others still import', async ({
  workbench: page,
}) => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import sources' });
  await dialog.getByLabel('Files to import').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('A short field note.\n') },
  ]);
  await dialog.getByRole('button', { name: 'Import 2 files' }).click();
  await expect(dialog).toContainText('Finished: 1 of 2 imported');
  const results = dialog.getByRole('list', { name: 'Import results' });
  await expect(results.locator('.is-failed')).toContainText('empty.txt');
  await expect(results.locator('.is-failed .result-list__error')).not.toBeEmpty();
  await expect(results.locator('.is-imported')).toContainText('notes.txt');
  await screenshot(page, 'import-partial-failure');
});

test('files dropped onto the window open the import dialog with them selected', async ({
  workbench: page,
}) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped field note.\n'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('.workbench', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop files to import them as sources')).toBeVisible();
  await page.dispatchEvent('.workbench', 'drop', { dataTransfer });

  const dialog = page.getByRole('dialog', { name: 'Import sources' });
  await expect(dialog.getByRole('list', { name: 'Selected files' })).toContainText('dropped.txt');
  await dialog.getByRole('button', { name: 'Import 1 file' }).click();
  await expect(dialog).toContainText('Finished: 1 of 1 imported');
});

test('Cancel stops the import before the next file and keeps what was imported', async ({
  workbench: page,
}) => {
  // Hold the first file's request until Cancel has been pressed, so the order is certain.
  let releaseFirst: () => void = () => {};
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  let seen = 0;
  await page.route('**/importSource', async (route) => {
    seen += 1;
    if (seen === 1) await firstHeld;
    await route.continue();
  });

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import sources' });
  await dialog.getByLabel('Files to import').setInputFiles(
    ['one', 'two', 'three'].map((name) => ({
      name: `${name}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Field note ${name}.\n`),
    })),
  );
  await dialog.getByRole('button', { name: 'Import 3 files' }).click();
  await expect(dialog).toContainText('Importing 1 of 3');
  await expect(dialog).toContainText('one.txt');
  await screenshot(page, 'import-progress');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('button', { name: 'Stopping after this file…' })).toBeDisabled();
  releaseFirst();

  await expect(dialog).toContainText('Finished: 1 of 3 imported');
  const results = dialog.getByRole('list', { name: 'Import results' });
  await expect(results.locator('.is-imported')).toHaveCount(1);
  await expect(results.locator('.is-skipped')).toHaveCount(2);
  expect(seen).toBe(1);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(15);
});
