import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** Opens the coded-segments tab and chooses a code by typing part of its path. */
async function retrieve(page: Page, query: string, path: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'Coded segments' }).click();
  const picker = page.getByRole('combobox', { name: 'Code to retrieve' });
  await picker.click();
  await picker.fill(query);
  await page.getByRole('option', { name: path, exact: true }).click();
  await expect(picker).toHaveValue(path);
  return page.getByRole('tabpanel');
}

/** The number of segments the summary reports, once the last change is answered ("12 segments in 4 sources from 4 participants"). */
async function segmentCount(panel: Locator): Promise<number> {
  // The summary of the previous answer stays while a new one is retrieved.
  await expect(panel.locator('.retrieval')).toHaveAttribute('aria-busy', 'false');
  const summary = panel.locator('.retrieval-status__summary');
  await expect(summary).toBeVisible();
  const text = (await summary.textContent()) ?? '';
  const match = /^([\d,]+) segments?/.exec(text);
  if (!match) throw new Error(`No segment count in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** Gives the results pane room, as a researcher reading segments would. */
async function enlargeResultsPane(page: Page): Promise<void> {
  await page.evaluate(() =>
    localStorage.setItem(
      'concord.paneSizes',
      JSON.stringify({ left: 280, right: 260, bottom: 420, leftSplit: 300 }),
    ),
  );
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
}

test('retrieves the segments of a code, grouped by source with participant labels', async ({
  workbench: page,
}) => {
  await enlargeResultsPane(page);
  const panel = await retrieve(page, 'ident chal', 'Processes / Identification / Challenges');

  const list = panel.getByRole('listbox', {
    name: 'Segments coded Processes / Identification / Challenges',
  });
  const segments = list.getByRole('option');
  await expect(segments.first()).toBeVisible();
  const count = await segmentCount(panel);
  expect(count).toBeGreaterThan(0);
  // The list is virtualised: it renders the rows near the viewport, never more than it has.
  const rendered = await segments.count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThanOrEqual(count);
  await expect(panel.locator('.retrieval-status__summary')).toHaveText(
    /^\d+ segments? in \d+ sources? from \d+ participants?$/,
  );
  // Each segment names its code and coder; each source names its participant and site.
  await expect(segments.first()).toContainText('Challenges');
  await expect(segments.first()).toContainText(/Sarah|Miguel|Jun/);
  const renata = list.locator('.segment-source', { hasText: 'Renata' });
  await expect(renata).toContainText('Deputy juvenile officer');
  await expect(renata).toContainText('Site B');
  await screenshot(page, 'retrieval-segments');

  // The picker matches any part of the path; Escape keeps the chosen code.
  const picker = page.getByRole('combobox', { name: 'Code to retrieve' });
  await picker.fill('chal');
  const options = page.getByRole('listbox', { name: 'Codes' }).getByRole('option');
  await expect(options.first()).toContainText('Challenges');
  expect(await options.count()).toBeGreaterThanOrEqual(6);
  await screenshot(page, 'retrieval-picker');
  await picker.press('Escape');
  await expect(picker).toHaveValue('Processes / Identification / Challenges');
});

test('the coder filter narrows the segments to the chosen coders', async ({ workbench: page }) => {
  const panel = await retrieve(page, 'fact trust', 'Collaboration factors / Trust');
  const all = await segmentCount(panel);
  await panel.getByRole('button', { name: 'All coders' }).click();
  const coders = page.getByRole('group', { name: 'Coders' });
  const sarah = coders.getByRole('checkbox', { name: /Sarah/ });
  await expect(sarah).toBeChecked();
  await screenshot(page, 'retrieval-coders');

  // Without Sarah, none of her segments are left.
  await sarah.uncheck();
  const without = await segmentCount(panel);
  expect(without).toBeLessThan(all);
  expect(await panel.locator('.segment__coder').allTextContents()).not.toContain('Sarah');
  await expect(panel.getByRole('button', { name: /^All coders$/ })).toHaveCount(0);
  await sarah.check();
  await page.keyboard.press('Escape');
  await expect(coders).toBeHidden();
  await expect(panel.getByRole('button', { name: 'All coders' })).toBeFocused();
  expect(await segmentCount(panel)).toBe(all);
});

test('a participant attribute filter keeps only that site’s segments', async ({
  workbench: page,
}) => {
  await enlargeResultsPane(page);
  const panel = await retrieve(page, 'collab fact', 'Collaboration factors');
  await panel.getByRole('checkbox', { name: 'Include subcodes' }).check();
  const all = await segmentCount(panel);

  const filters = panel.getByRole('group', { name: 'Filter segments by participant attributes' });
  await filters.getByRole('button', { name: 'Filter participants' }).click();
  await filters.getByRole('combobox', { name: 'Filter attribute' }).selectOption('Site');
  await filters.getByRole('combobox', { name: 'Filter value' }).selectOption('Site B');
  await expect(filters.locator('.chip')).toHaveText(/Site\s+Site B/);

  await expect.poll(() => segmentCount(panel)).toBeLessThan(all);
  expect(await segmentCount(panel)).toBeGreaterThan(0);
  const headers = panel.locator('.segment-source');
  await expect(headers.first()).toBeVisible();
  for (const header of await headers.all()) await expect(header).toContainText('Site B');
  await expect(panel.locator('.segment-source', { hasText: 'Site A' })).toHaveCount(0);
  await screenshot(page, 'retrieval-filtered');
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'retrieval-filtered-dark');
});

test('including subcodes adds the segments of the codes below', async ({ workbench: page }) => {
  const panel = await retrieve(page, 'collab fact', 'Collaboration factors');
  // The parent code itself holds no codings in the demo: the empty state points at subcodes.
  await expect(panel.getByText('No segments coded “Collaboration factors”')).toBeVisible();
  await expect(panel.getByText('turn on “Include subcodes”')).toBeVisible();
  await screenshot(page, 'retrieval-empty');

  await panel.getByRole('checkbox', { name: 'Include subcodes' }).check();
  expect(await segmentCount(panel)).toBeGreaterThan(5);
  // Segments of several different subcodes are listed, each with its own code name.
  const codeNames = await panel.locator('.segment__code-name').allTextContents();
  expect(new Set(codeNames).size).toBeGreaterThan(2);

  await panel.getByRole('checkbox', { name: 'Include subcodes' }).uncheck();
  await expect(panel.getByText('No segments coded “Collaboration factors”')).toBeVisible();
});

test('a segment opens its source with exactly its text selected, by click and by keyboard', async ({
  workbench: page,
}) => {
  const panel = await retrieve(page, 'fact trust', 'Collaboration factors / Trust');
  const list = panel.getByRole('listbox', { name: /^Segments coded/ });
  const segments = list.getByRole('option');
  await expect(segments.first()).toBeVisible();
  expect(await segments.count()).toBeGreaterThan(1);

  const expectOpened = async (segment: Locator) => {
    const quote = ((await segment.locator('.segment__text').textContent()) ?? '').trim();
    const source = (await segment.evaluate((el) => {
      let header = el.previousElementSibling;
      while (header && !header.classList.contains('segment-source')) {
        header = header.previousElementSibling;
      }
      return header?.querySelector('.segment-source__title')?.textContent ?? '';
    })) as string;
    await expect(page.locator('.doc__title')).toHaveText(source);
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString().trim()))
      .toBe(quote);
  };

  await segments.first().click();
  await expect(segments.first()).toHaveAttribute('aria-selected', 'true');
  await expectOpened(segments.first());
  await screenshot(page, 'retrieval-opened');

  // Arrow down and Enter open the next segment the same way.
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(segments.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expectOpened(segments.nth(1));
});

test('exports the segments as a CSV download with a header row', async ({ workbench: page }) => {
  const panel = await retrieve(page, 'fact trust', 'Collaboration factors / Trust');
  const count = await segmentCount(panel);
  const firstQuote = ((await panel.locator('.segment__text').first().textContent()) ?? '').trim();

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('trust-segments.csv');
  const content = await readFile(await download.path(), 'utf8');
  const lines = content.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Source,Participant,.*,Code,Coder,Start,End,Text,Memo,Coded at$/);
  expect(lines).toHaveLength(count + 1);
  expect(content).toContain(firstQuote);
  await expect(panel.getByRole('status')).toHaveText('Exported trust-segments.csv');

  const markdown = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export Markdown' }).click();
  expect((await markdown).suggestedFilename()).toBe('trust-segments.md');
  await screenshot(page, 'retrieval-exported');
});

test('stays responsive with 5,000 segments: only visible rows are rendered', async ({
  workbench: page,
}) => {
  // Multiply the real answer to 5,000 segments, as in a large project.
  await page.route('**/api/listCodedSegments', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: true; value: Record<string, unknown>[] };
    const many = Array.from({ length: 5000 }, (_, i) => {
      const segment = body.value[i % body.value.length]!;
      return { ...segment, codingId: `${String(segment.codingId)}-${i}` };
    });
    await route.fulfill({ response, json: { ok: true, value: many } });
  });
  const panel = await retrieve(page, 'fact trust', 'Collaboration factors / Trust');
  expect(await segmentCount(panel)).toBe(5000);
  const list = panel.getByRole('listbox', { name: /^Segments coded/ });
  expect(await list.getByRole('option').count()).toBeLessThan(100);

  // End jumps to the last segment and renders it, without rendering the rest.
  await list.focus();
  const started = Date.now();
  await page.keyboard.press('End');
  const last = list.locator('[aria-selected="true"]');
  await expect(last).toBeVisible();
  await expect(last).toBeInViewport();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(await list.getByRole('option').count()).toBeLessThan(100);
  await screenshot(page, 'retrieval-many');
});

test('long quotes keep their paragraphs, clamp with “Show more”, and memos show', async ({
  workbench: page,
}) => {
  const paragraphs = Array.from(
    { length: 9 },
    (_, i) => `Paragraph ${i + 1}: we kept calling the hotline and nobody called back.`,
  );
  // Give the first segment a long, multi-paragraph text and a memo.
  await page.route('**/api/listCodedSegments', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: true; value: Record<string, unknown>[] };
    body.value[0] = {
      ...body.value[0],
      text: paragraphs.join('\n'),
      memo: 'Compare with the Site A account.',
    };
    await route.fulfill({ response, json: body });
  });
  await enlargeResultsPane(page);
  const panel = await retrieve(page, 'fact trust', 'Collaboration factors / Trust');
  const first = panel
    .getByRole('listbox', { name: /^Segments coded/ })
    .getByRole('option')
    .first();
  await expect(first.locator('.segment__memo')).toHaveText('Compare with the Site A account.');
  const quote = first.locator('.segment__text');
  await expect(quote).toContainText('Paragraph 1:');
  const clampedHeight = (await quote.boundingBox())!.height;

  const more = first.getByRole('button', { name: 'Show more' });
  await more.click();
  await expect(first.getByRole('button', { name: 'Show less' })).toBeVisible();
  expect((await quote.boundingBox())!.height).toBeGreaterThan(clampedHeight);
  // Paragraph breaks are kept: each paragraph starts its own line.
  expect(await quote.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  // Expanding does not open the source.
  await expect(page.locator('.doc__title')).toHaveCount(0);
  await screenshot(page, 'retrieval-long-quote');
});
