import type { CodebookPolicy, User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';
import { runCommand } from './palette-helpers';

test('a lead adds a member, changes roles and the policy; the core’s refusals show inline', async ({
  workbench: page,
}) => {
  const me = await callApi<User>(page, 'getCurrentUser');
  expect(me.role).toBe('lead');

  await runCommand(page, 'manage team', 'Manage team…');
  const dialog = page.getByRole('dialog', { name: 'Team' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Name of Sarah')).toHaveValue('Sarah');

  // Add a mentee, then make her a coder.
  await dialog.getByLabel('New member’s name').fill('Rosa');
  await dialog.getByLabel('New member’s role').selectOption('mentee');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByRole('status')).toContainText('Rosa joined the team as mentee');
  await expect(dialog.getByLabel('Role of Rosa')).toHaveValue('mentee');
  await dialog.getByLabel('Role of Rosa').selectOption('coder');
  await expect
    .poll(async () => (await callApi<User[]>(page, 'listUsers')).find((u) => u.name === 'Rosa'))
    .toMatchObject({ role: 'coder' });

  // Rename by keyboard: Enter saves.
  await dialog.getByLabel('Name of Rosa').fill('Rosa M');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Name of Rosa M')).toBeVisible();

  // The title bar offers the new member as a coder to be.
  const selector = page.getByLabel('Current coder');
  await expect(selector.locator('option', { hasText: 'Rosa M (coder)' })).toHaveCount(1);

  // Avery may stop being a lead; then the current user is the only lead and the core refuses.
  await dialog.getByLabel('Role of Avery').selectOption('coder');
  await expect(dialog.getByLabel('Role of Avery')).toHaveValue('coder');
  await dialog.getByLabel(`Role of ${me.name}`).selectOption('coder');
  await expect(dialog.getByRole('alert')).toContainText('only active lead');
  await expect(dialog.getByLabel(`Role of ${me.name}`)).toHaveValue('lead');
  await dialog.getByRole('button', { name: `Deactivate ${me.name}` }).click();
  await expect(dialog.getByRole('alert')).toContainText('only active lead');

  // Deactivate and reactivate: the title bar stops offering her as a coder, then offers her again.
  await dialog.getByRole('button', { name: 'Deactivate Rosa M' }).click();
  await expect(dialog.getByRole('button', { name: 'Reactivate Rosa M' })).toBeVisible();
  await expect(selector.locator('option', { hasText: 'Rosa M' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Reactivate Rosa M' }).click();
  await expect(dialog.getByRole('button', { name: 'Deactivate Rosa M' })).toBeVisible();
  await expect(selector.locator('option', { hasText: 'Rosa M (coder)' })).toHaveCount(1);

  // The codebook policy: each option is explained; choosing one saves it.
  await expect(dialog.getByText('Suits later rounds that must code against')).toBeVisible();
  await dialog.getByRole('radio', { name: /Add codes only/ }).check();
  await expect(dialog.getByText('Policy saved.')).toBeVisible();
  expect(await callApi<CodebookPolicy>(page, 'getCodebookPolicy')).toEqual({ coderChanges: 'add' });
  await screenshot(page, 'rounds-team-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The palette's policy command opens the same dialog on the policy.
  await runCommand(page, 'codebook policy', 'Codebook policy…');
  await expect(dialog.getByRole('radio', { name: /Add codes only/ })).toBeFocused();
  await page.keyboard.press('Escape');

  // A coder sees the team read-only.
  await selector.selectOption({ label: 'Sarah (coder)' });
  // Sarah codes in no open round: the title bar says so once the switch is through.
  await expect(page.getByTestId('round-indicator')).toHaveAccessibleName('No open coding round');
  await runCommand(page, 'show team', /Show team \(read-only/);
  await expect(dialog.getByText('Only a lead can change the team.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add member' })).toHaveCount(0);
  await expect(dialog.getByRole('cell', { name: 'Rosa M' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /Add codes only/ })).toBeDisabled();
});
