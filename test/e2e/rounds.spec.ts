import type { Round, User } from '../../shared/domain/types';
import { openSource } from './coding-helpers';
import { callApi, expect, screenshot, test } from './fixtures';
import { runCommand } from './palette-helpers';

const ROUND = 'Pilot — pair';

test('a lead sets up a pair on two sources, follows progress, a coder marks done, the lead closes', async ({
  workbench: page,
}) => {
  const lead = await callApi<User>(page, 'getCurrentUser');
  const selector = page.getByLabel('Current coder');

  // Create the round through the editor's helpers: select two sources, tick a pair, assign.
  await runCommand(page, 'new round', 'New round…');
  const editor = page.getByRole('dialog', { name: 'New coding round' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Round name').fill(ROUND);
  await expect(editor.getByRole('radio', { name: /Independent/ })).toBeChecked();
  await expect(editor.getByText(/Blind: each coder sees only their own codings/)).toBeVisible();
  const matrix = editor.getByRole('table', { name: 'Assignments: sources by coders' });
  await matrix.getByLabel('Select Interview 01 - Renata').check();
  await matrix.getByLabel('Select Interview 02 - Marcus').check();
  const helpers = editor.getByRole('group', { name: 'Assignment helpers' });
  await expect(helpers).toContainText('2 sources selected');
  await helpers.getByLabel('Sarah').check();
  await helpers.getByLabel('Jun').check();
  await helpers
    .getByRole('button', { name: 'Assign these coders to the selected sources' })
    .click();
  for (const source of ['Interview 01 - Renata', 'Interview 02 - Marcus']) {
    await expect(matrix.getByLabel(`Sarah codes ${source}`)).toBeChecked();
    await expect(matrix.getByLabel(`Jun codes ${source}`)).toBeChecked();
    await expect(matrix.getByLabel(`Miguel codes ${source}`)).not.toBeChecked();
  }

  // The matrix is one tab stop; arrows move and Space ticks.
  await matrix.getByLabel('Jun codes Interview 02 - Marcus').focus();
  await page.keyboard.press('ArrowRight');
  const kim = matrix.getByLabel('Kim codes Interview 02 - Marcus');
  await expect(kim).toBeFocused();
  await page.keyboard.press('Space');
  await expect(kim).toBeChecked();
  await page.keyboard.press('Space');
  await expect(kim).not.toBeChecked();
  await expect(editor.getByText('2 sources, 2 coders')).toBeVisible();
  await screenshot(page, 'rounds-editor');
  await editor.getByRole('button', { name: 'Create round' }).click();

  // The list shows the new round selected, with its progress; the title bar follows it.
  const rounds = page.getByRole('dialog', { name: 'Coding rounds' });
  await expect(rounds.getByRole('button', { name: ROUND, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const progress = rounds.getByRole('table', { name: `Progress of ${ROUND}` });
  await expect(
    progress.getByRole('button', {
      name: /^Sarah on Interview 01 - Renata: not done, \d+ codings$/,
    }),
  ).toBeVisible();
  await expect(progress.getByRole('button')).toHaveCount(4);
  const indicator = page.getByTestId('round-indicator');
  await expect(indicator).toHaveAccessibleName(`Round: ${ROUND}, independent`);
  const created = (await callApi<Round[]>(page, 'listRounds')).find((r) => r.name === ROUND);
  expect(created?.assignments).toHaveLength(4);
  await page.keyboard.press('Escape');
  await expect(rounds).toBeHidden();

  // Sarah works blind in it and marks one source done from the palette, with it open.
  await selector.selectOption({ label: 'Sarah (coder)' });
  await expect(indicator).toHaveAccessibleName(`Round: ${ROUND}, independent, blind`);
  await openSource(page, 'Interview 02 - Marcus');
  await runCommand(page, 'mark current source done', 'Mark current source done in this round');
  await expect(page.getByRole('status').filter({ hasText: 'marked done' })).toBeVisible();

  // ...and the other from the progress grid, by keyboard. She sees only her own column.
  await indicator.click();
  await expect(progress.getByRole('columnheader', { name: 'Jun' })).toHaveCount(0);
  await expect(
    progress.getByRole('button', { name: /^Sarah on Interview 02 - Marcus: done, \d+ codings$/ }),
  ).toBeVisible();
  const first = progress.getByRole('button', { name: /^Sarah on Interview 01 - Renata/ });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toHaveAccessibleName(/^Sarah on Interview 01 - Renata: done/);
  await screenshot(page, 'rounds-progress-coder');
  await page.keyboard.press('Escape');

  // The lead sees everyone's progress, marks Jun's, and closes the round.
  await selector.selectOption({ label: `${lead.name} (lead)` });
  await indicator.click();
  await expect(progress.getByRole('columnheader', { name: 'Jun' })).toBeVisible();
  await expect(progress.locator('tfoot')).toContainText('2/2');
  await progress.getByRole('button', { name: /^Jun on Interview 01 - Renata: not done/ }).click();
  await expect(
    progress.getByRole('button', { name: /^Jun on Interview 01 - Renata: done/ }),
  ).toBeVisible();
  await screenshot(page, 'rounds-progress-lead');

  await rounds.getByRole('button', { name: `Close ${ROUND}` }).click();
  const confirm = page.getByRole('dialog', { name: `Close round “${ROUND}”?` });
  await expect(confirm).toContainText(
    'every coder’s codings on the round’s sources become visible to the lead and to the round’s coders (Sarah, Jun)',
  );
  await screenshot(page, 'rounds-close-confirm');
  await confirm.getByRole('button', { name: 'Close round' }).click();
  const row = rounds.getByRole('row', { name: new RegExp(ROUND) });
  await expect(row.getByText('Closed')).toBeVisible();
  await expect(rounds.getByRole('button', { name: `Reopen ${ROUND}` })).toBeVisible();
  expect((await callApi<Round[]>(page, 'listRounds')).find((r) => r.name === ROUND)?.status).toBe(
    'closed',
  );
});
