import type { Code, Coding, SourceDetail, SourceSummary, User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

test('codings show as labelled stripes beside the text; hover tells the coder, click selects the text', async ({
  workbench: page,
}) => {
  const codings = await callApi<Coding[]>(page, 'listCodings');
  expect(codings.length, 'the demo study carries codings').toBeGreaterThan(0);

  // The source with the most codings shows the most of the drawing.
  const perSource = new Map<string, number>();
  for (const coding of codings)
    perSource.set(coding.sourceId, (perSource.get(coding.sourceId) ?? 0) + 1);
  const [sourceId] = [...perSource].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const sources = await callApi<SourceSummary[]>(page, 'listSources');
  const codes = await callApi<Code[]>(page, 'listCodes');
  const users = await callApi<User[]>(page, 'listUsers');
  const source = await callApi<SourceDetail>(page, 'getSource', { id: sourceId });
  const title = sources.find((s) => s.id === sourceId)?.title ?? '';
  const codeNames = new Set(codes.map((code) => code.name));

  await page
    .getByRole('listbox', { name: /Sources/ })
    .getByRole('option', { name: title })
    .click();
  await expect(page.locator('.doc__title')).toHaveText(title);

  // Stripes carry the code name, not only its colour.
  const stripes = page.getByRole('group', { name: 'Coding stripes' }).getByRole('button');
  await expect(stripes.first()).toBeVisible();
  const stripe = stripes.first();
  const label = (await stripe.locator('.stripe__label').textContent()) ?? '';
  expect(codeNames.has(label)).toBe(true);

  const codingId = (await stripe.getAttribute('data-coding-id')) ?? '';
  const coding = codings.find((c) => c.id === codingId);
  expect(coding).toBeDefined();
  const coder = users.find((user) => user.id === coding?.coderId)?.name ?? '';

  // Hover tells code path and coder.
  await stripe.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(label);
  await expect(tooltip.getByTestId('stripe-tip-coder')).toHaveText(coder);

  // Clicking selects exactly the coded text and announces the coding.
  await stripe.click();
  await expect(stripe).toHaveAttribute('aria-pressed', 'true');
  const codedText = source.text.slice(coding?.start ?? 0, coding?.end ?? 0);
  await expect
    .poll(() => page.evaluate(() => String(window.getSelection())).then(collapseSpace))
    .toBe(collapseSpace(codedText));
  const announcer = page.getByTestId('coding-announcer');
  await expect(announcer).toContainText(`coded by ${coder}`);

  // Alt+Down moves to the next coding in text order.
  const ordered = [...codings]
    .filter((c) => c.sourceId === sourceId)
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const next = ordered[ordered.findIndex((c) => c.id === codingId) + 1];
  if (next) {
    await page.keyboard.press('Alt+ArrowDown');
    const position = ordered.indexOf(next) + 1;
    await expect(announcer).toContainText(`Coding ${position} of ${ordered.length}`);
    await expect
      .poll(() => page.evaluate(() => String(window.getSelection())).then(collapseSpace))
      .toBe(collapseSpace(source.text.slice(next.start, next.end)));
  }
  await screenshot(page, 'codings-display');

  // A coder's layer can be hidden and shown again without touching the text.
  const layer = page.getByRole('group', { name: 'Coder layers' }).getByRole('button', {
    name: new RegExp(`^${coder}`),
  });
  await layer.click();
  await expect(layer).toHaveAttribute('aria-pressed', 'false');
  const remaining = new Set(codings.filter((c) => c.sourceId === sourceId).map((c) => c.coderId));
  if (remaining.size === 1) await expect(stripes).toHaveCount(0);
  await layer.click();
  await expect(stripes.first()).toBeVisible();
});
