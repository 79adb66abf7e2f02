import type { Page } from '@playwright/test';
import type { Coding, Round, SourceSummary, User } from '../../shared/domain/types';
import { openSource, stripes } from './coding-helpers';
import { callApi, expect, screenshot, test } from './fixtures';

const BLIND_TOOLTIP = 'Independent round: you see only your own codings on its sources';

/** The coders whose codings the document draws: the layer toggles and every stripe's coding. */
async function drawnCoders(page: Page, coderOf: ReadonlyMap<string, string>): Promise<string[]> {
  const ids = await stripes(page).evaluateAll((buttons) =>
    buttons.map((b) => b.getAttribute('data-coding-id') ?? ''),
  );
  return [...new Set(ids.map((id) => coderOf.get(id) ?? `unknown coding ${id}`))].sort();
}

test('in an open independent round each coder sees only their own layer until the lead closes it', async ({
  workbench: page,
}) => {
  const lead = await callApi<User>(page, 'getCurrentUser');
  const users = await callApi<User[]>(page, 'listUsers');
  const userId = (name: string) => users.find((u) => u.name === name)?.id ?? '';
  const [miguel, jun] = [userId('Miguel'), userId('Jun')];
  const round = (await callApi<Round[]>(page, 'listRounds')).find(
    (r) => r.status === 'open' && r.assignments.some((a) => a.coderId === miguel),
  );
  expect(round?.mode, 'the demo’s round 2 is open and independent').toBe('independent');
  const sources = await callApi<SourceSummary[]>(page, 'listSources');
  const sourceId = round?.assignments.find((a) => a.coderId === miguel)?.sourceId ?? '';
  const title = sources.find((s) => s.id === sourceId)?.title ?? '';
  // As the lead, who sees every layer: whose is each coding on the source.
  const all = await callApi<Coding[]>(page, 'listCodings', { sourceId });
  const coderOf = new Map(
    all.map((c) => [c.id, c.coderId === miguel ? 'Miguel' : c.coderId === jun ? 'Jun' : c.coderId]),
  );
  expect([...new Set(coderOf.values())].sort()).toEqual(['Jun', 'Miguel']);

  const selector = page.getByLabel('Current coder');
  const indicator = page.getByTestId('round-indicator');
  const layers = page.getByRole('group', { name: 'Coder layers' }).getByRole('button');

  // Miguel: the title bar says the round is blind; the transcript shows only his stripes.
  await selector.selectOption({ label: 'Miguel (coder)' });
  await expect(indicator).toHaveAccessibleName(`Round: ${round?.name}, independent, blind`);
  const badge = indicator.getByText('Blind', { exact: true });
  await expect(badge).toBeVisible();
  await expect(indicator.locator('.round-badge--blind')).toHaveAttribute('title', BLIND_TOOLTIP);
  await openSource(page, title);
  await expect(stripes(page).first()).toBeVisible();
  await expect(layers).toHaveCount(1);
  await expect(layers.first()).toContainText('Miguel');
  expect(await drawnCoders(page, coderOf)).toEqual(['Miguel']);
  await screenshot(page, 'rounds-blind-miguel');

  // Jun, on the same open transcript: only Jun's.
  await selector.selectOption({ label: 'Jun (coder)' });
  await expect(layers.first()).toContainText('Jun');
  await expect(layers).toHaveCount(1);
  await expect.poll(() => drawnCoders(page, coderOf)).toEqual(['Jun']);

  // The API itself, asked as Miguel, returns none of Jun's codings.
  await selector.selectOption({ label: 'Miguel (coder)' });
  await expect(layers.first()).toContainText('Miguel');
  const asMiguel = await callApi<Coding[]>(page, 'listCodings', { sourceId });
  expect(asMiguel.length).toBeGreaterThan(0);
  expect(asMiguel.filter((c) => c.coderId !== miguel)).toEqual([]);
  expect(asMiguel.some((c) => c.coderId === jun)).toBe(false);

  // The lead closes the round from the title bar's dialog.
  await selector.selectOption({ label: `${lead.name} (lead)` });
  await expect(badge).toBeHidden();
  await indicator.click();
  const rounds = page.getByRole('dialog', { name: 'Coding rounds' });
  await rounds.getByRole('button', { name: `Close ${round?.name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Close round “${round?.name}”?` });
  await expect(confirm).toContainText('become visible to the lead and to the round’s coders');
  await confirm.getByRole('button', { name: 'Close round' }).click();
  await expect(rounds.getByRole('row', { name: new RegExp(round?.name ?? '') })).toContainText(
    'Closed',
  );
  await page.keyboard.press('Escape');
  await expect(rounds).toBeHidden();

  // Miguel now sees both layers, and the title bar no longer says blind.
  await selector.selectOption({ label: 'Miguel (coder)' });
  await expect(layers).toHaveCount(2);
  await expect.poll(() => drawnCoders(page, coderOf)).toEqual(['Jun', 'Miguel']);
  await expect(indicator.getByText('Blind', { exact: true })).toHaveCount(0);
  await screenshot(page, 'rounds-blind-closed');
});
