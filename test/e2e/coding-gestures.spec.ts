import type { Page } from '@playwright/test';
import type { Code, Coding, SourceDetail, SourceSummary } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';
import {
  caretInParagraph,
  openSource,
  stripes,
  uncodedParagraph,
  type Paragraph,
} from './coding-helpers';

/** The first source, open in the editor, and how to read its stored codings and codes. */
async function openFirstSource(page: Page) {
  const [summary] = await callApi<SourceSummary[]>(page, 'listSources');
  const source = await callApi<SourceDetail>(page, 'getSource', { id: summary!.id });
  const codings = () => callApi<Coding[]>(page, 'listCodings', { sourceId: source.id });
  const codeNamed = async (name: string) =>
    (await callApi<Code[]>(page, 'listCodes')).find((code) => code.name === name)!;
  await openSource(page, source.title);
  return { source, codings, codeNamed };
}

/** Selects `count` words of a paragraph, from its start, by keyboard. */
async function selectWords(page: Page, paragraph: Paragraph, count: number): Promise<void> {
  await caretInParagraph(page, paragraph);
  for (let i = 0; i < count; i++) await page.keyboard.press('Shift+Control+ArrowRight');
}

/** Codes the selection with the code quick-code finds for `query` (Ctrl+E, type, Enter). */
async function quickCode(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+e');
  const palette = page.getByRole('dialog', { name: 'Quick code' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox', { name: 'Code name' }).fill(query);
  await expect(palette.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/** The stripe of one coding. */
const stripeOf = (page: Page, codingId: string) =>
  stripes(page).and(page.locator(`[data-coding-id="${codingId}"]`));

/** The one coding added since `before`, once the core has stored it. */
async function newCoding(
  codings: () => Promise<Coding[]>,
  before: readonly Coding[],
): Promise<Coding> {
  const known = new Set(before.map((coding) => coding.id));
  let added: Coding[] = [];
  await expect
    .poll(async () => {
      added = (await codings()).filter((coding) => !known.has(coding.id));
      return added.length;
    })
    .toBe(1);
  return added[0]!;
}

test('adjusting a coding: dragging its stripe handles, then moving its edges by keyboard', async ({
  workbench: page,
}) => {
  const { source, codings } = await openFirstSource(page);
  const paragraph = uncodedParagraph(source, await codings(), 400);
  const coding = await callApi<Coding>(page, 'applyCode', {
    sourceId: source.id,
    codeId: (await callApi<Code[]>(page, 'listCodes'))[0]!.id,
    start: paragraph.start,
    end: paragraph.start + paragraph.text.indexOf(' ', 20),
  });
  await page.reload();
  await openSource(page, source.title);
  const stored = async () => (await codings()).find((row) => row.id === coding.id)!;
  const stripe = stripeOf(page, coding.id);
  await stripe.scrollIntoViewIfNeeded();
  await stripe.click();
  await expect(stripe).toHaveAttribute('aria-pressed', 'true');
  const before = (await stripe.boundingBox())!;
  const text = page.locator('.doc__content .tp__text').nth(paragraph.index);
  const block = (await text.boundingBox())!;
  const lineHeight = await text.evaluate((element) =>
    parseFloat(getComputedStyle(element).lineHeight),
  );
  expect(block.height).toBeGreaterThan(3 * lineHeight);

  // The bottom handle, dragged down two lines: the coding ends at the end of that line.
  const endHandle = page.getByTestId('coding-handle-end');
  await expect(endHandle).toBeVisible();
  const end = (await endHandle.boundingBox())!;
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, block.y + 2.5 * lineHeight, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await stored()).end).toBeGreaterThan(coding.end);
  const stretched = await stored();
  expect(stretched.start).toBe(coding.start);
  await expect
    .poll(async () => (await stripe.boundingBox())!.height)
    .toBeGreaterThan(before.height);
  await screenshot(page, 'coding-gestures-drag-end');

  // The top handle, dragged down a line: the coding starts at the start of that line.
  const startHandle = page.getByTestId('coding-handle-start');
  const start = (await startHandle.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2, block.y + 1.5 * lineHeight, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await stored()).start).toBeGreaterThan(coding.start);
  const shortened = await stored();
  expect(shortened.end).toBe(stretched.end);
  await expect
    .poll(async () => (await stripe.boundingBox())!.y)
    .toBeGreaterThan(before.y + lineHeight / 2);

  // Keyboard: Shift+Alt+→ starts the selected coding a word later, Ctrl+Alt+→ ends it a word
  // later, Ctrl+Alt+← a word earlier again.
  const isWord = (offset: number) => /[\p{L}\p{N}]/u.test(source.text.charAt(offset));
  await caretInParagraph(page, paragraph, shortened.start - paragraph.start + 1);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stripe).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect.poll(async () => (await stored()).start).toBeGreaterThan(shortened.start);
  const later = await stored();
  expect(isWord(later.start) && !isWord(later.start - 1)).toBe(true);
  expect(later.end).toBe(shortened.end);
  await page.keyboard.press('Control+Alt+ArrowRight');
  await expect.poll(async () => (await stored()).end).toBeGreaterThan(shortened.end);
  const longer = await stored();
  expect(isWord(longer.end - 1) && !isWord(longer.end)).toBe(true);
  await page.keyboard.press('Control+Alt+ArrowLeft');
  await expect.poll(async () => (await stored()).end).toBeLessThan(longer.end);
  expect((await stored()).start).toBe(later.start);
  await expect(stripe).toBeVisible();
});

test('a memo written on a coding (Ctrl+M) is stored and shown when hovering its stripe', async ({
  workbench: page,
}) => {
  const { source, codings } = await openFirstSource(page);
  const paragraph = uncodedParagraph(source, await codings(), 60);
  await selectWords(page, paragraph, 3);
  const before = await codings();
  await quickCode(page, 'trust');
  const coding = await newCoding(codings, before);
  const stripe = stripeOf(page, coding.id);
  // Clicking a stripe selects its coding.
  await stripe.click();
  await expect(stripe).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+m');
  const popover = page.getByRole('dialog', { name: /^Memo of the .+ coding$/ });
  await expect(popover).toBeVisible();
  const field = popover.getByRole('textbox');
  await expect(field).toBeFocused();
  const memo = 'Hesitates here; compare with the second interview.';
  await field.fill(memo);
  await screenshot(page, 'coding-gestures-memo');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  await expect
    .poll(async () => (await codings()).find((row) => row.id === coding.id)?.memo)
    .toBe(memo);

  await page.reload();
  await openSource(page, source.title);
  await stripe.scrollIntoViewIfNeeded();
  await stripe.hover();
  await expect(page.getByRole('tooltip')).toContainText(memo);

  // The memo opens again with its text, ready to edit.
  await stripe.click();
  await page.keyboard.press('Control+m');
  await expect(popover.getByRole('textbox')).toHaveValue(memo);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('Alt+1 applies the code last applied by quick-code to another passage', async ({
  workbench: page,
}) => {
  const { source, codings, codeNamed } = await openFirstSource(page);
  const trust = await codeNamed('Trust');
  const first = uncodedParagraph(source, await codings(), 60);
  const second = uncodedParagraph(source, await codings(), 60, 1);

  await selectWords(page, first, 3);
  let before = await codings();
  await quickCode(page, 'trust');
  expect((await newCoding(codings, before)).codeId).toBe(trust.id);

  await selectWords(page, second, 2);
  before = await codings();
  await page.keyboard.press('Alt+1');
  const recent = await newCoding(codings, before);
  expect(recent.codeId).toBe(trust.id);
  expect(recent.start).toBe(second.start);
  await expect(stripeOf(page, recent.id)).toHaveText('Trust');
});

// Alt+digit types another character on macOS (Option+1 is "¡") and on layouts such as AZERTY;
// the shortcut must still fire (digits match by physical key).
test('Alt+1 also works where Alt+digit types another character (macOS Option+1)', async ({
  workbench: page,
}) => {
  const { source, codings } = await openFirstSource(page);
  const first = uncodedParagraph(source, await codings(), 60);
  const second = uncodedParagraph(source, await codings(), 60, 1);
  await selectWords(page, first, 3);
  let before = await codings();
  await quickCode(page, 'trust');
  await newCoding(codings, before);

  await selectWords(page, second, 2);
  before = await codings();
  // What macOS sends for Option+1: the character it types, with the physical key in `code`.
  await page.evaluate(() => {
    const init = { key: '¡', code: 'Digit1', altKey: true, bubbles: true, cancelable: true };
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', init));
  });
  const recent = await newCoding(codings, before);
  expect(recent.start).toBe(second.start);
});

test("the code tree's Apply button codes the text selected in the document", async ({
  workbench: page,
}) => {
  const { source, codings, codeNamed } = await openFirstSource(page);
  const paragraph = uncodedParagraph(source, await codings(), 60);
  const tree = page.getByRole('tree', { name: 'Codes' });
  const row = tree.getByRole('treeitem', { name: /^Trust, \d+ codings?$/ });

  await selectWords(page, paragraph, 4);
  const before = await codings();
  // The row's own Apply button (shown on the row), then the current code's Apply below the tree.
  await row.hover();
  await row.getByRole('button', { name: 'Apply Trust to the selected text' }).click();
  const applied = await newCoding(codings, before);
  expect(applied.codeId).toBe((await codeNamed('Trust')).id);
  expect(applied.start).toBe(paragraph.start);
  await expect(stripeOf(page, applied.id)).toHaveText('Trust');

  const other = uncodedParagraph(source, await codings(), 60);
  await selectWords(page, other, 2);
  const beforeBar = await codings();
  await row.click();
  await page
    .getByRole('group', { name: 'Current code' })
    .getByRole('button', { name: 'Apply' })
    .click();
  const fromBar = await newCoding(codings, beforeBar);
  expect(fromBar.start).toBe(other.start);
  expect(fromBar.codeId).toBe(applied.codeId);

  // By keyboard: Ctrl+Enter on the focused code in the tree.
  const third = uncodedParagraph(source, await codings(), 60);
  await selectWords(page, third, 2);
  const beforeKey = await codings();
  await row.focus();
  await page.keyboard.press('Control+Enter');
  const byKey = await newCoding(codings, beforeKey);
  expect(byKey.start).toBe(third.start);
  expect(byKey.codeId).toBe(applied.codeId);
});

test('pasting coded text inserts the text without duplicating its codings', async ({
  workbench: page,
}) => {
  const { source, codings } = await openFirstSource(page);
  const paragraph = uncodedParagraph(source, await codings(), 60);
  await selectWords(page, paragraph, 3);
  await quickCode(page, 'trust');
  await expect(stripes(page).filter({ hasText: 'Trust' }).first()).toBeVisible();
  const countBefore = (await codings()).length;

  // Copy the coded words and paste them at the start of another paragraph.
  await selectWords(page, paragraph, 3);
  const copied = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(copied.length).toBeGreaterThan(3);
  await page.keyboard.press('Control+c');
  const target = uncodedParagraph(source, await codings(), 60, 1);
  await caretInParagraph(page, target, 0);
  await page.keyboard.press('Control+v');

  const stored = () => callApi<SourceDetail>(page, 'getSource', { id: source.id });
  await expect
    .poll(async () => (await stored()).text.slice(target.start, target.start + copied.length))
    .toBe(copied);
  const after = await codings();
  expect(after).toHaveLength(countBefore);
  // Nothing codes the pasted words.
  expect(
    after.filter(
      (coding) => coding.start < target.start + copied.length && coding.end > target.start,
    ),
  ).toEqual([]);
});

test('Ctrl+Z / Ctrl+Shift+Z undo and redo coding and codebook actions from editor and tree', async ({
  workbench: page,
}) => {
  const { source, codings, codeNamed } = await openFirstSource(page);
  const paragraph = uncodedParagraph(source, await codings(), 60);
  const tree = page.getByRole('tree', { name: 'Codes' });
  const rowNamed = (name: string) =>
    tree.getByRole('treeitem', { name: new RegExp(`^${name}, \\d+ codings?$`) });

  // A coding applied in the editor, then a code renamed in the tree.
  await selectWords(page, paragraph, 3);
  const before = await codings();
  await quickCode(page, 'trust');
  const coding = await newCoding(codings, before);
  const stripe = stripeOf(page, coding.id);
  await expect(stripe).toBeVisible();
  await rowNamed('Trust').click();
  await page.keyboard.press('F2');
  const rename = tree.getByRole('textbox', { name: 'New name for Trust' });
  await rename.fill('Trust in staff');
  await page.keyboard.press('Enter');
  await expect(rowNamed('Trust in staff')).toBeVisible();
  const trust = await codeNamed('Trust in staff');

  // Ctrl+Z in the text undoes the last action, the rename made in the tree.
  await caretInParagraph(page, paragraph, 1);
  await page.keyboard.press('Control+z');
  await expect(rowNamed('Trust')).toBeVisible();
  await expect(stripe).toBeVisible();
  // Ctrl+Z in the tree undoes the one before, the coding applied in the editor.
  await rowNamed('Trust').click();
  await page.keyboard.press('Control+z');
  await expect(stripe).toHaveCount(0);
  await expect.poll(async () => (await codings()).some((row) => row.id === coding.id)).toBe(false);

  // Ctrl+Shift+Z in the text redoes the coding, in the tree the rename.
  await caretInParagraph(page, paragraph, 1);
  await page.keyboard.press('Control+Shift+z');
  await expect
    .poll(async () => (await codings()).filter((row) => row.codeId === trust.id).length)
    .toBe(before.filter((row) => row.codeId === trust.id).length + 1);
  await expect(stripes(page).filter({ hasText: 'Trust' }).first()).toBeVisible();
  await rowNamed('Trust').click();
  await page.keyboard.press('Control+Shift+z');
  await expect(rowNamed('Trust in staff')).toBeVisible();
  expect((await codeNamed('Trust in staff')).id).toBe(trust.id);
});
