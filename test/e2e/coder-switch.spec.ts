import type { Locator, Page } from '@playwright/test';
import type { Code, Coding, Round, SourceSummary, User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';
import { runCommand } from './palette-helpers';

/**
 * The demo's blind round as the lead sees it (every layer), and a code both Miguel and Jun used
 * on one of its sources, whose project-wide count differs between them: switching coder must
 * change what the code tree and the coded-segments tab show.
 */
async function blindRoundCase(page: Page) {
  const users = await callApi<User[]>(page, 'listUsers');
  const idOf = (name: string) => users.find((user) => user.name === name)?.id ?? '';
  const [miguel, jun] = [idOf('Miguel'), idOf('Jun')];
  const rounds = await callApi<Round[]>(page, 'listRounds');
  const blindRounds = rounds.filter((r) => r.status === 'open' && r.mode === 'independent');
  const round = blindRounds.find((r) => r.assignments.some((a) => a.coderId === miguel));
  expect(round, 'the demo’s round 2 is open, independent and has Miguel').toBeDefined();
  // Others' codings on the sources of every open independent round are hidden from a coder.
  const hidden = new Set(blindRounds.flatMap((r) => r.sourceIds));
  const codes = await callApi<Code[]>(page, 'listCodes');
  const codings = await callApi<Coding[]>(page, 'listCodings');
  const visibleTo = (coderId: string, coding: Coding) =>
    coding.coderId === coderId || !hidden.has(coding.sourceId);
  const countFor = (coderId: string, codeId: string) =>
    codings.filter((c) => c.codeId === codeId && visibleTo(coderId, c)).length;

  const byId = new Map(codes.map((code) => [code.id, code]));
  const depth = (code: Code): number => (code.parentId ? 1 + depth(byId.get(code.parentId)!) : 0);
  const path = (code: Code): string =>
    code.parentId ? `${path(byId.get(code.parentId)!)} / ${code.name}` : code.name;
  const jointlyCoded = (codeId: string, sourceId: string) =>
    [miguel, jun].every((coderId) =>
      codings.some((c) => c.codeId === codeId && c.sourceId === sourceId && c.coderId === coderId),
    );

  for (const sourceId of round!.sourceIds) {
    if (!round!.assignments.some((a) => a.sourceId === sourceId && a.coderId === jun)) continue;
    // A code the tree shows when it opens (its top two levels) and with a name of its own.
    const code = codes.find(
      (c) =>
        depth(c) <= 1 &&
        codes.filter((other) => other.name === c.name).length === 1 &&
        jointlyCoded(c.id, sourceId) &&
        countFor(miguel, c.id) !== countFor(jun, c.id),
    );
    if (!code) continue;
    const onSource = (coderId: string) =>
      codings.filter(
        (c) => c.codeId === code.id && c.sourceId === sourceId && c.coderId === coderId,
      ).length;
    return {
      round: round!,
      sourceId,
      code,
      codePath: path(code),
      miguel: { id: miguel, treeCount: countFor(miguel, code.id), onSource: onSource(miguel) },
      jun: { id: jun, treeCount: countFor(jun, code.id), onSource: onSource(jun) },
      leadTreeCount: codings.filter((c) => c.codeId === code.id).length,
    };
  }
  throw new Error('The demo has no code coded by both Miguel and Jun on a blind round source.');
}

/** The code's row in the tree, named "Name, N codings". */
const treeRow = (page: Page, name: string): Locator =>
  page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', {
    name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}, \\d+ codings?$`),
  });

/** The coder names of the listed segments once the last request is answered. */
async function segmentCoders(panel: Locator): Promise<string[]> {
  await expect(panel.locator('.retrieval')).toHaveAttribute('aria-busy', 'false');
  return [...new Set(await panel.locator('.segment__coder').allTextContents())].sort();
}

test('switching coder in a blind round reloads the code tree’s counts and the coded segments', async ({
  workbench: page,
}) => {
  const lead = await callApi<User>(page, 'getCurrentUser');
  const blind = await blindRoundCase(page);
  const sources = await callApi<SourceSummary[]>(page, 'listSources');
  const sourceTitle = sources.find((s) => s.id === blind.sourceId)?.title ?? '';
  const selector = page.getByLabel('Current coder');
  const row = treeRow(page, blind.code.name);
  const plural = (n: number) => `${n} coding${n === 1 ? '' : 's'}`;

  // The lead sees every layer.
  await expect(row).toHaveAccessibleName(`${blind.code.name}, ${plural(blind.leadTreeCount)}`);

  // Miguel: the tree counts only his codings on the round's sources (and everyone's elsewhere).
  await selector.selectOption({ label: 'Miguel (coder)' });
  await expect(page.getByTestId('round-indicator')).toHaveAccessibleName(/blind$/);
  await expect(row).toHaveAccessibleName(`${blind.code.name}, ${plural(blind.miguel.treeCount)}`);

  // The coded segments of that code on the round's source: Miguel's alone.
  await page.getByRole('tab', { name: 'Coded segments' }).click();
  const panel = page.getByRole('tabpanel');
  const picker = page.getByRole('combobox', { name: 'Code to retrieve' });
  await picker.click();
  await picker.fill(blind.code.name);
  await page.getByRole('option', { name: blind.codePath, exact: true }).click();
  await expect(picker).toHaveValue(blind.codePath);
  await panel.getByRole('combobox', { name: 'Source' }).selectOption({ label: sourceTitle });
  const summary = panel.locator('.retrieval-status__summary');
  await expect(summary).toHaveText(new RegExp(`^${blind.miguel.onSource} segments? in 1 source`));
  expect(await segmentCoders(panel)).toEqual(['Miguel']);
  await screenshot(page, 'coder-switch-miguel');

  // Jun, without touching the tab or the tree: both show Jun's.
  await selector.selectOption({ label: 'Jun (coder)' });
  await expect(row).toHaveAccessibleName(`${blind.code.name}, ${plural(blind.jun.treeCount)}`);
  await expect(summary).toHaveText(new RegExp(`^${blind.jun.onSource} segments? in 1 source`));
  expect(await segmentCoders(panel)).toEqual(['Jun']);
  await screenshot(page, 'coder-switch-jun');

  // Back to the lead through the palette: every layer again.
  await runCommand(page, `switch coder to ${lead.name}`, `Switch coder to ${lead.name} (lead)`);
  await expect(row).toHaveAccessibleName(`${blind.code.name}, ${plural(blind.leadTreeCount)}`);
  await expect(summary).toHaveText(
    new RegExp(`^${blind.miguel.onSource + blind.jun.onSource} segments? in 1 source`),
  );
  expect(await segmentCoders(panel)).toEqual(['Jun', 'Miguel']);
});

test('a deactivated member is offered neither in the title bar nor in the palette', async ({
  workbench: page,
}) => {
  const me = await callApi<User>(page, 'getCurrentUser');
  const selector = page.getByLabel('Current coder');
  const option = (label: string) => selector.locator('option', { hasText: label });
  await expect(option('Kim (mentee)')).toHaveCount(1);

  await runCommand(page, 'manage team', 'Manage team…');
  const team = page.getByRole('dialog', { name: 'Team' });
  await team.getByRole('button', { name: 'Deactivate Kim' }).click();
  await expect(team.getByRole('button', { name: 'Reactivate Kim' })).toBeVisible();
  // The current user may deactivate themselves while another lead (Avery) remains: they stay
  // chosen, and listed, marked deactivated.
  await team.getByRole('button', { name: `Deactivate ${me.name}` }).click();
  await expect(team.getByRole('button', { name: `Reactivate ${me.name}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(team).toBeHidden();

  await expect(option('Kim')).toHaveCount(0);
  await expect(selector.locator('option:checked')).toHaveText(`${me.name} (lead, deactivated)`);
  await expect(option('Sarah (coder)')).toHaveCount(1);

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.type('switch coder to');
  await expect(palette.getByRole('option', { name: /Switch coder to Sarah/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: /Switch coder to Kim/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // Once switched away, the deactivated lead is no longer offered either.
  await selector.selectOption({ label: 'Sarah (coder)' });
  await expect(option(me.name)).toHaveCount(0);
});
