import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';

/** Gives the results pane room, as a lead reading a report would. */
async function enlargeResultsPane(page: Page): Promise<void> {
  await page.evaluate(() =>
    localStorage.setItem(
      'concord.paneSizes',
      JSON.stringify({ left: 240, right: 220, bottom: 560, leftSplit: 300 }),
    ),
  );
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
}

/** Opens the Agreement tab and waits for its controls (the rounds are read first). */
async function openAgreementTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Agreement' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('combobox', { name: 'Round' })).toBeVisible();
  return panel;
}

/** A report with 1,000 bootstrap resamples takes seconds, more on a busy machine. */
const COMPUTE_TIMEOUT_MS = 60_000;

/** Clicks Compute and waits until the report answers it. */
async function compute(panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Compute', exact: true }).click();
  await expect(panel.locator('.agr')).toHaveAttribute('aria-busy', 'false', {
    timeout: COMPUTE_TIMEOUT_MS,
  });
  await expect(panel.getByRole('button', { name: 'Compute', exact: true })).toBeEnabled();
}

/** The numbers shown in a locator's figure cells ("0.482", "−0.200", "99.5%"); dashes skipped. */
async function figures(cells: Locator): Promise<number[]> {
  const texts = await cells.allTextContents();
  return texts
    .map((text) => text.trim().replace('\u2212', '-'))
    .filter((text) => text !== '' && text !== '—')
    .map((text) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text)));
}

test('the lead computes round 1 agreement, drills into a code, jumps to it and exports', async ({
  workbench: page,
}) => {
  // Four reports are computed (two on screen, two exports), each with its bootstrap.
  test.setTimeout(240_000);
  await enlargeResultsPane(page);
  const me = await callApi<User>(page, 'getCurrentUser');
  expect(me.role).toBe('lead');

  const panel = await openAgreementTab(page);
  // The closed first round and its three coders are chosen by default.
  await expect(panel.getByRole('combobox', { name: 'Round' }).locator('option:checked')).toHaveText(
    /First set.*\(closed\)/,
  );
  const coders = panel.getByRole('group', { name: 'Coders' });
  for (const name of ['Sarah', 'Miguel', 'Jun']) {
    await expect(coders.getByRole('checkbox', { name })).toBeChecked();
  }
  await expect(coders.getByRole('checkbox', { name: 'Avery' })).not.toBeChecked();

  await compute(panel);
  const stats = panel.locator('.agr-stats');
  await expect(stats).toContainText("Fleiss' kappa");
  const overallFigures = await figures(stats.locator('.agr-stat__value .num'));
  expect(overallFigures.length).toBeGreaterThanOrEqual(5);
  for (const value of overallFigures) {
    expect(value).toBeGreaterThanOrEqual(-1);
    expect(value).toBeLessThanOrEqual(1);
  }
  await expect(stats).toContainText(/95% CI -?[\d.−]+ to [\d.−]+ \(1,000 resamples\)/);

  // Per code: several codes, each alpha in [-1, 1].
  const codeTable = panel.getByRole('table', { name: 'Agreement per code', exact: true });
  const codeRows = codeTable.locator('tbody tr');
  expect(await codeRows.count()).toBeGreaterThan(3);
  const alphas = await figures(codeTable.locator('tbody td:nth-child(5) .num'));
  expect(alphas.length).toBeGreaterThan(0);
  for (const value of alphas) {
    expect(value).toBeGreaterThanOrEqual(-1);
    expect(value).toBeLessThanOrEqual(1);
  }
  // Three coders: each pair and the group.
  const pairTable = panel.getByRole('table', {
    name: 'Agreement per coder pair and for the group',
  });
  await expect(pairTable.locator('tbody tr')).toHaveCount(4);
  await expect(pairTable.locator('tbody th')).toHaveText([
    'Sarah & Miguel',
    'Sarah & Jun',
    'Miguel & Jun',
    'Group: Sarah, Miguel and Jun',
  ]);
  await expect(panel.locator('svg.agr-chart__svg')).toHaveCount(2);
  await screenshot(page, 'agreement-report');

  // Segment unit: the overall figures name the matched and all segments.
  await panel.getByRole('combobox', { name: 'Unit' }).selectOption('segment');
  await expect(panel.getByText('Settings changed: compute again')).toBeVisible();
  await compute(panel);
  const segmentDetail = stats.locator('.agr-stat', { hasText: 'Segment agreement' });
  await expect(segmentDetail).toContainText(/\d+ of \d+ segments matched at 90% overlap/);
  const [matched, all] = ((await segmentDetail.textContent()) ?? '')
    .match(/([\d,]+) of ([\d,]+) segments/)!
    .slice(1)
    .map((n) => Number(n.replace(/,/g, '')));
  expect(all).toBeGreaterThan(0);
  expect(matched).toBeLessThanOrEqual(all!);
  await expect(stats).toContainText('Percent agreement (segments)');
  await screenshot(page, 'agreement-segments');

  // Drill into the least reliable code: sort by alpha, worst first.
  await codeTable.getByRole('button', { name: 'α', exact: true }).click();
  await expect(codeTable.getByRole('columnheader', { name: 'α', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const worst = codeTable.locator('tbody tr').first().getByRole('button');
  const codeLabel = ((await worst.textContent()) ?? '').trim();
  await worst.click();
  const drill = panel.getByRole('complementary', { name: 'Disagreements' });
  await expect(drill.getByRole('heading')).toHaveText(`Disagreements: ${codeLabel}`);
  const passages = drill.getByRole('listitem');
  await expect(passages.first()).toBeVisible();
  const first = passages.first();
  await expect(first).toContainText('Coded by');
  await expect(first.locator('.agr-passage__who--coded dd')).toHaveText(/Sarah|Miguel|Jun/);
  await expect(first.locator('.agr-passage__who--missing dd')).toHaveText(/Sarah|Miguel|Jun/);
  await screenshot(page, 'agreement-drilldown');

  // Jump: the source opens with the passage selected.
  const sourceTitle = ((await first.locator('.agr-passage__source').textContent()) ?? '').trim();
  const quote = ((await first.locator('.agr-passage__text').textContent()) ?? '').trim();
  await first.getByRole('button', { name: 'Show in source' }).click();
  await expect(page.locator('.doc__title')).toHaveText(sourceTitle);
  const squash = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()).then(squash))
    .toBe(squash(quote));
  await screenshot(page, 'agreement-jump');

  // A coder pair in the matrix lists that pair's disagreements over every code.
  await pairTable.getByRole('button', { name: 'Sarah & Miguel: list disagreements' }).click();
  await expect(drill.getByRole('heading')).toHaveText('Disagreements: Sarah & Miguel');
  await expect(passages.first()).toBeVisible();
  await expect(passages.first().locator('.agr-passage__coders')).not.toContainText('Jun');

  // Exports: a CSV table and a Word document.
  const csvDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/-agreement\.csv$/);
  const content = await readFile(await csv.path(), 'utf8');
  const lines = content
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toMatch(/^Source,Code,Coders,Percent agreement,/);
  expect(lines.length).toBeGreaterThan(10);
  expect(content).toContain('Sarah & Miguel');
  await expect(panel.getByText(`Exported ${csv.suggestedFilename()}`)).toBeVisible();

  const docxDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export DOCX' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/-agreement\.docx$/);
  const bytes = await readFile(await docx.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // A chart saves as a standalone SVG in print colours.
  const svgDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Save SVG' }).first().click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toMatch(/per-code.*\.svg$/);
  const svgText = await readFile(await svg.path(), 'utf8');
  expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svgText).not.toContain('var(--');
  expect(svgText).toContain(codeLabel.split(' / ').pop()!);

  // The drafted methods paragraph names the coders with their roles and the measures.
  const methods = panel.getByTestId('agreement-methods');
  await methods.scrollIntoViewIfNeeded();
  await expect(methods).toContainText('Sarah (coder), Miguel (coder) and Jun (coder)');
  await expect(methods).toContainText("Krippendorff's alpha");
  await expect(methods).toContainText("Fleiss' kappa");
  await expect(methods).toContainText('segment level');
  await screenshot(page, 'agreement-methods');
});

test('the palette shows the report and exports it', async ({ workbench: page }) => {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.type('show agreement report');
  await expect(palette.getByRole('option').first()).toContainText('Show agreement report');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Agreement' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The round picker takes the focus, so the keyboard continues from there.
  await expect(page.getByRole('combobox', { name: 'Round' })).toBeFocused();

  // Exporting needs no computed report: the chosen round is exported as is.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('export agreement csv');
  await expect(palette.getByRole('option').first()).toContainText('Export agreement report as CSV');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = await download;
  const content = await readFile(await csv.path(), 'utf8');
  expect(content.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Source,Code,Coders,/);
  await expect(
    page.getByRole('tabpanel').getByText(`Exported ${csv.suggestedFilename()}`),
  ).toBeVisible();
  await screenshot(page, 'agreement-palette-export');
});
