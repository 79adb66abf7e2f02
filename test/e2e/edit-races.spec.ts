import type { Page } from '@playwright/test';
import type { Code, Coding, SourceDetail, SourceSummary } from '../../shared/domain/types';
import { expect, test } from './fixtures';
import {
  apiClient,
  caretInParagraph,
  openSource,
  stripes,
  uncodedParagraph,
  type ApiCall,
} from './coding-helpers';

/**
 * Edits racing with the machinery behind them, made deterministic: keys that arrive before the
 * editor was told of the caret's last move, and edits made while earlier ones are still being
 * committed by the core. Whatever the timing, the stored text must be what the user typed and
 * every coding must cover exactly its text, in the core and on screen.
 */

/** A fresh coding over words two to five of an uncoded paragraph of the first source. */
async function codedParagraph(api: ApiCall) {
  const [summary] = await api<SourceSummary[]>('listSources');
  const source = await api<SourceDetail>('getSource', { id: summary!.id });
  const before = await api<Coding[]>('listCodings', { sourceId: source.id });
  const paragraph = uncodedParagraph(source, before);
  const [code] = await api<Code[]>('listCodes');
  const words = [...paragraph.text.matchAll(/\S+/g)].map((word) => ({
    at: word.index,
    end: word.index + word[0].length,
  }));
  const coding = await api<Coding>('applyCode', {
    sourceId: source.id,
    codeId: code!.id,
    start: paragraph.start + words[1]!.at,
    end: paragraph.start + words[4]!.end,
  });
  return { source, paragraph, words, coding, others: textsOf(source.text, before) };
}

/** Each coding's id with the text it covers. */
function textsOf(text: string, codings: readonly Coding[]): Map<string, string> {
  return new Map(codings.map((coding) => [coding.id, text.slice(coding.start, coding.end)]));
}

/**
 * Checks the end state against the text the user meant to produce in `paragraph`: the core
 * stores it, the document shows it, the test's coding covers `codedText` in the core and on
 * screen (its stripe selects exactly that text), and every other coding still covers its text.
 */
async function expectStored(
  page: Page,
  api: ApiCall,
  setup: Awaited<ReturnType<typeof codedParagraph>>,
  paragraphText: string,
  codedText: string,
) {
  const { source, paragraph, coding, others } = setup;
  const expectedText =
    source.text.slice(0, paragraph.start) +
    paragraphText +
    source.text.slice(paragraph.start + paragraph.text.length);
  await expect
    .poll(async () => (await api<SourceDetail>('getSource', { id: source.id })).text)
    .toBe(expectedText);
  const rows = await api<Coding[]>('listCodings', { sourceId: source.id });
  const stored = textsOf(expectedText, rows);
  expect(stored.get(coding.id)).toBe(codedText);
  for (const [id, text] of others) expect(stored.get(id), `coding ${id}`).toBe(text);

  const shown = await page.locator('.doc__content .tp__text').allTextContents();
  expect(shown.join('\n')).toBe(expectedText);
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);
  // The stripe is drawn from the editor's own (locally moved) rows: selecting the coding through
  // it shows whether those rows agree with the text as well.
  const stripe = stripes(page).and(page.locator(`[data-coding-id="${coding.id}"]`));
  await stripe.click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(codedText);
  await page.keyboard.press('Escape');
  await expect(stripe).toHaveAttribute('aria-pressed', 'false');
}

/**
 * Withholds the document's `selectionchange` events from the editor until released, as a busy
 * Chromium does when it runs the next key event before the queued `selectionchange` task.
 */
async function holdSelectionChanges(page: Page) {
  await page.evaluate(() => {
    const state = { holding: false };
    Object.assign(window, { __selectionHold: state });
    window.addEventListener(
      'selectionchange',
      (event) => {
        if (state.holding) event.stopImmediatePropagation();
      },
      true,
    );
  });
  const setHolding = (holding: boolean) =>
    page.evaluate((holding) => {
      (window as unknown as { __selectionHold: { holding: boolean } }).__selectionHold.holding =
        holding;
      // The late event, as the browser would eventually deliver it.
      if (!holding) document.dispatchEvent(new Event('selectionchange'));
    }, holding);
  return { hold: () => setHolding(true), release: () => setHolding(false) };
}

/** Holds the core's answers to text edits (the core has applied them) until opened. */
async function gateEditAnswers(page: Page) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  await page.route('**/api/editSourceText', async (route) => {
    const response = await route.fetch();
    await opened;
    await route.fulfill({ response });
  });
  return { open };
}

test('a key pressed before the editor heard of the last caret move acts where the caret is', async ({
  workbench: page,
  concord,
}) => {
  const api = apiClient(concord.url);
  const setup = await codedParagraph(api);
  const { paragraph, words } = setup;
  await openSource(page, setup.source.title);
  const selection = await holdSelectionChanges(page);

  // Correct a typo in the third word: Backspace right after the arrow keys that got there.
  const third = words[2]!;
  await caretInParagraph(page, paragraph);
  await selection.hold();
  for (let i = 0; i < third.at + 2; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Q');
  await selection.release();
  const corrected = replace(paragraph.text, third.at + 1, third.at + 2, 'Q');
  await expectStored(page, api, setup, corrected, corrected.slice(words[1]!.at, words[4]!.end));

  // Select the coding's first word with the space after it, and Delete at once.
  await caretInParagraph(page, paragraph, words[1]!.at);
  await selection.hold();
  for (let i = words[1]!.at; i < third.at; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  await selection.release();
  const shrunk = replace(corrected, words[1]!.at, third.at, '');
  const removed = third.at - words[1]!.at;
  await expectStored(page, api, setup, shrunk, shrunk.slice(words[1]!.at, words[4]!.end - removed));
});

test('edits made while earlier ones are being committed are all stored, codings moved along', async ({
  workbench: page,
  concord,
}) => {
  const api = apiClient(concord.url);
  const setup = await codedParagraph(api);
  const { paragraph, words } = setup;
  await openSource(page, setup.source.title);
  // A slow machine: every gap between the editor's steps is wider.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const answers = await gateEditAnswers(page);

  // A typo corrected inside the coding; its batch reaches the core, whose answer is held.
  const third = words[2]!;
  const firstBatch = page.waitForRequest('**/api/editSourceText');
  await caretInParagraph(page, paragraph, third.at + 2);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Q');
  await firstBatch;
  let text = replace(paragraph.text, third.at + 1, third.at + 2, 'Q');

  // Meanwhile: typing at the end of the fourth word (inside the coding), right after the coding
  // (outside it), and deleting the coding's first word with its space by a selection.
  const fourthEnd = words[3]!.end;
  await caretInParagraph(page, paragraph, fourthEnd);
  await page.keyboard.type('xyz');
  text = replace(text, fourthEnd, fourthEnd, 'xyz');
  const codingEnd = words[4]!.end + 3;
  await caretInParagraph(page, paragraph, codingEnd);
  await page.keyboard.type(' after');
  text = replace(text, codingEnd, codingEnd, ' after');
  await caretInParagraph(page, paragraph, words[1]!.at);
  for (let i = words[1]!.at; i < third.at; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  text = replace(text, words[1]!.at, third.at, '');

  answers.open();
  const removed = third.at - words[1]!.at;
  await expectStored(page, api, setup, text, text.slice(words[1]!.at, codingEnd - removed));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

function replace(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
