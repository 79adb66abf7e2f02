import type { Locator, Page } from '@playwright/test';
import type { CodeStats } from '../../shared/api/contract';
import type { Code, Coding, User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';

const tree = (page: Page) => page.getByRole('tree', { name: 'Codes' });
/** The row of a code by its exact name (the accessible name is "Name, N codings"). */
const row = (page: Page, name: string): Locator =>
  tree(page).getByRole('treeitem', {
    name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}, \\d+ codings?$`),
  });
const codeNamed = async (page: Page, name: string) =>
  (await callApi<Code[]>(page, 'listCodes')).find((code) => code.name === name)!;
const siblingNames = async (page: Page, parentId: string | null) =>
  (await callApi<Code[]>(page, 'listCodes'))
    .filter((code) => code.parentId === parentId)
    .sort((a, b) => a.position - b.position)
    .map((code) => code.name);

test.beforeEach(async ({ workbench: page }) => {
  await expect(row(page, 'Processes')).toBeVisible();
});

test('creates a code and a subcode by keyboard and renames with F2', async ({
  workbench: page,
}) => {
  await row(page, 'Processes').click();
  await expect(row(page, 'Processes')).toBeFocused();

  await page.keyboard.press('Control+Shift+N');
  const newCode = page.getByRole('textbox', { name: 'Name of the new code' });
  await expect(newCode).toBeFocused();
  await newCode.fill('Resilience');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Resilience')).toBeFocused();
  await expect(row(page, 'Resilience')).toHaveAttribute('aria-level', '1');

  await page.keyboard.press('Control+N');
  const subcode = page.getByRole('textbox', { name: 'Name of the new subcode' });
  await subcode.fill('Coping');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Coping')).toBeFocused();
  await expect(row(page, 'Coping')).toHaveAttribute('aria-level', '2');
  await expect(row(page, 'Resilience')).toHaveAttribute('aria-expanded', 'true');

  // A sibling name clash is refused in place, with the reason.
  await page.keyboard.press('F2');
  const rename = page.getByRole('textbox', { name: 'New name for Coping' });
  await expect(rename).toBeFocused();
  await rename.fill('Coping strategies');
  await page.keyboard.press('Enter');
  await expect(row(page, 'Coping strategies')).toBeFocused();

  const codes = await callApi<Code[]>(page, 'listCodes');
  const parent = codes.find((code) => code.name === 'Resilience');
  expect(codes.find((code) => code.name === 'Coping strategies')?.parentId).toBe(parent?.id);

  // Enter opens the details; a name a sibling already has is refused inline.
  await row(page, 'Processes').click();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'Identification')).toBeFocused();
  await page.keyboard.press('Enter');
  const name = page
    .getByRole('region', { name: /Details of code Identification/ })
    .getByLabel('Name');
  await expect(name).toBeFocused();
  await name.fill('Referral');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /Referral/ })).toBeVisible();
  await screenshot(page, 'codetree-create');
});

test('moves codes with Alt+arrows and by drag and drop', async ({ workbench: page }) => {
  const factors = await codeNamed(page, 'Collaboration factors');
  expect((await siblingNames(page, factors.id)).slice(0, 4)).toEqual([
    'Capacity',
    'Shared goal',
    'Communication',
    'Trust',
  ]);

  await row(page, 'Trust').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(async () => (await siblingNames(page, factors.id)).slice(0, 4))
    .toEqual(['Capacity', 'Shared goal', 'Trust', 'Communication']);
  await expect(row(page, 'Trust')).toBeFocused();

  // Indent: Trust becomes the last child of the sibling above (Shared goal); outdent undoes it.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(row(page, 'Trust')).toHaveAttribute('aria-level', '3');
  const sharedGoal = await codeNamed(page, 'Shared goal');
  expect((await codeNamed(page, 'Trust')).parentId).toBe(sharedGoal.id);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(row(page, 'Trust')).toHaveAttribute('aria-level', '2');
  expect((await codeNamed(page, 'Trust')).parentId).toBe(factors.id);

  // Drag Leadership into the middle of "Collaboration": it becomes its last child.
  const collaboration = await codeNamed(page, 'Collaboration');
  await row(page, 'Leadership').dragTo(row(page, 'Collaboration'));
  await expect
    .poll(async () => (await codeNamed(page, 'Leadership')).parentId)
    .toBe(collaboration.id);
  await expect(row(page, 'Leadership')).toHaveAttribute('aria-level', '2');

  // A code cannot be dropped into its own subtree.
  await row(page, 'Collaboration').dragTo(row(page, 'With schools'));
  expect((await codeNamed(page, 'Collaboration')).parentId).toBeNull();

  // Dropping on the top edge of a row places the code before it.
  const target = row(page, 'Capacity');
  await row(page, 'Leadership').dragTo(target, { targetPosition: { x: 40, y: 2 } });
  await expect.poll(async () => (await siblingNames(page, factors.id))[0]).toBe('Leadership');
  await screenshot(page, 'codetree-move');
});

test('merges two codes: counts add up and duplicate codings collapse', async ({
  workbench: page,
}) => {
  const source = await codeNamed(page, 'Communication');
  const target = await codeNamed(page, 'Information sharing');
  // Code one of Communication's passages with the target too, as the same coder: the merge must
  // collapse the pair into one coding.
  const sourceCodings = await callApi<Coding[]>(page, 'listCodings', { codeId: source.id });
  const duplicate = sourceCodings[0]!;
  // Code as that coder, then merge as the lead: in an open independent round only a lead may
  // restructure codes that other coders use.
  const lead = (await callApi<User | null>(page, 'getCurrentUser'))!;
  await callApi<User>(page, 'setCurrentUser', { userId: duplicate.coderId });
  await callApi(page, 'applyCode', {
    sourceId: duplicate.sourceId,
    codeId: target.id,
    start: duplicate.start,
    end: duplicate.end,
  });
  await callApi<User>(page, 'setCurrentUser', { userId: lead.id });
  const own = async () =>
    new Map((await callApi<CodeStats[]>(page, 'listCodeStats')).map((s) => [s.codeId, s.codings]));
  // Every passage the same coder coded with both codes collapses into one coding.
  const spanKey = (c: Coding) => [c.sourceId, c.coderId, c.start, c.end].join(':');
  const targetSpans = new Set(
    (await callApi<Coding[]>(page, 'listCodings', { codeId: target.id })).map(spanKey),
  );
  const collapsed = sourceCodings.filter((c) => targetSpans.has(spanKey(c))).length;
  expect(collapsed).toBeGreaterThanOrEqual(1);
  const before = await own();
  const moved = before.get(source.id)! - collapsed;
  const expected = before.get(target.id)! + moved;

  await page.reload();
  await row(page, 'Communication').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Merge into…' }).click();
  const dialog = page.getByRole('dialog', { name: /Merge “Communication” into/ });
  await dialog.getByRole('combobox', { name: 'Merge into code' }).fill('infshar');
  await page.keyboard.press('Enter');
  await expect(
    dialog.getByText('Target: Collaboration factors / Information sharing'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Merge' }).click();

  const result = page.getByTestId('merge-result');
  await expect(result).toContainText(`${moved} coding${moved === 1 ? '' : 's'} moved`);
  await expect(result).toContainText(`${collapsed} duplicate codings collapsed`);
  await screenshot(page, 'codetree-merge');
  await page.getByRole('button', { name: 'Done' }).click();

  await expect(row(page, 'Communication')).toHaveCount(0);
  await expect(row(page, 'Information sharing')).toHaveAccessibleName(
    `Information sharing, ${expected} codings`,
  );
  expect((await own()).get(target.id)).toBe(expected);
});

test('deletes a code after a preview and Ctrl+Z restores it with its codings', async ({
  workbench: page,
}) => {
  const collaboration = await codeNamed(page, 'Collaboration');
  const stats = await callApi<CodeStats[]>(page, 'listCodeStats', { aggregate: true });
  const total = stats.find((s) => s.codeId === collaboration.id)!.codings;
  expect(total).toBeGreaterThan(0);
  const label = `Collaboration, ${total} coding${total === 1 ? '' : 's'}`;
  await row(page, 'Collaboration').click();
  await page.getByRole('button', { name: 'Include subcodes in counts' }).click();
  await expect(row(page, 'Collaboration')).toHaveAccessibleName(label);

  await row(page, 'Collaboration').focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete code “Collaboration”?' });
  await expect(dialog.getByTestId('delete-preview')).toContainText(
    `Deletes 8 codes (this code and its subcodes) and ${total} codings`,
  );
  await expect(dialog).toContainText('You can undo this');
  await screenshot(page, 'codetree-delete');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, 'Collaboration')).toHaveCount(0);
  await expect(row(page, 'With schools')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: "Undo delete code 'Collaboration'" }),
  ).toBeEnabled();

  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('status-toast')).toHaveText("Undo delete code 'Collaboration'");
  await expect(row(page, 'Collaboration')).toHaveAccessibleName(label);
  await expect(row(page, 'With schools')).toBeVisible();
  await screenshot(page, 'codetree-undo');

  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('status-toast')).toHaveText("Redo delete code 'Collaboration'");
  await expect(row(page, 'Collaboration')).toHaveCount(0);
});

test('the filter keeps ancestors, marks matched letters and hands the keyboard to the tree', async ({
  workbench: page,
}) => {
  const filter = page.getByRole('searchbox', { name: 'Filter codes' });
  await filter.fill('trst');
  await expect(row(page, 'Trust')).toBeVisible();
  await expect(row(page, 'Collaboration factors')).toBeVisible();
  await expect(row(page, 'Processes')).toHaveCount(0);
  await expect(row(page, 'Trust').locator('mark')).toHaveText(['Tr', 'st']);
  await screenshot(page, 'codetree-filter');

  await page.keyboard.press('ArrowDown');
  await expect(tree(page).getByRole('treeitem').first()).toBeFocused();

  await filter.fill('zzzz');
  await expect(tree(page)).toContainText('No code matches “zzzz”.');
  await filter.press('Escape');
  await expect(row(page, 'Processes')).toBeVisible();
});
