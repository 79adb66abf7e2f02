import type { Page } from '@playwright/test';
import type { SourceDetail, SourceSummary } from '../../shared/domain/types';
import { formatMediaTime } from '../../renderer/src/lib/format';
import { splitIntoParagraphs } from '../../renderer/src/editor/transcript/paragraphs';
import { callApi, expect, screenshot, test } from './fixtures';
import { caretInParagraph, openSource, type Paragraph } from './coding-helpers';

/** Each paragraph's gutter as shown: "time speaker", or '' where it is empty. */
function shownGutter(page: Page): Promise<string[]> {
  return page
    .locator('.doc__content .tp')
    .evaluateAll((blocks) =>
      blocks.map((block) =>
        [
          block.querySelector('.tp__time')?.textContent,
          block.querySelector('.tp__speaker')?.textContent,
        ]
          .filter(Boolean)
          .join(' '),
      ),
    );
}

/** The gutter a reload would show: the stored text's paragraphs with the stored turns. */
function storedGutter(source: SourceDetail): string[] {
  return splitIntoParagraphs(source.text, source.turns).map((span) =>
    [span.timeMs === null ? null : formatMediaTime(span.timeMs), span.speaker]
      .filter((part) => part !== null)
      .join(' '),
  );
}

/** The document's paragraph at `index`, from the text the editor shows. */
async function paragraphAt(page: Page, index: number): Promise<Paragraph> {
  const texts = await page.locator('.doc__content .tp__text').allTextContents();
  const start = texts.slice(0, index).reduce((offset, text) => offset + text.length + 1, 0);
  return { index, start, text: texts[index] ?? '' };
}

test('speaker labels follow paragraph splits and joins at once, as the core stores the turns', async ({
  workbench: page,
}) => {
  // An interview of the closed first round: timestamped speaker turns, editable.
  const summary = (await callApi<SourceSummary[]>(page, 'listSources')).find((source) =>
    source.title.startsWith('Interview 01'),
  );
  const stored = () => callApi<SourceDetail>(page, 'getSource', { id: summary!.id });
  const original = await stored();
  await openSource(page, original.title);

  // Waits until the core has saved `text` (so the editor has made the edit: it moves the gutter
  // in the same task), then checks that the gutter shows what the stored turns give each
  // paragraph, as a reload would.
  const expectSavedAs = async (text: string) => {
    await expect.poll(async () => (await stored()).text).toBe(text);
    expect(await shownGutter(page)).toEqual(storedGutter(await stored()));
  };
  const paragraphs = original.text.split('\n');
  const joinLines = (lines: string[]) => lines.join('\n');
  // The first turn of several sentences: split it after its first sentence.
  const longIndex = paragraphs.findIndex((text, index) => index > 1 && /^\S+\. \S/.test(text));
  expect(longIndex).toBeGreaterThan(1);
  const long = paragraphs[longIndex]!;
  const firstSentence = long.slice(0, long.indexOf('. ') + 2);
  const labelOf = async (index: number) => (await shownGutter(page))[index];
  const longLabel = await labelOf(longIndex);
  expect(longLabel).not.toBe('');

  // 1. Enter inside a turn: the new paragraph continues the turn, without a label.
  await caretInParagraph(page, await paragraphAt(page, longIndex), firstSentence.length);
  await page.keyboard.press('Enter');
  const split = [
    ...paragraphs.slice(0, longIndex),
    firstSentence,
    long.slice(firstSentence.length),
    ...paragraphs.slice(longIndex + 1),
  ];
  await expectSavedAs(joinLines(split));
  expect(await labelOf(longIndex)).toBe(longLabel);
  expect(await labelOf(longIndex + 1)).toBe('');

  // 2. Backspace at the start of that turn joins its first paragraph to the turn before; the
  //    turn goes on in its second paragraph, which now carries its label.
  const previous = split[longIndex - 1]!;
  await caretInParagraph(page, await paragraphAt(page, longIndex), 0);
  await page.keyboard.press('Backspace');
  const joined = [
    ...split.slice(0, longIndex - 1),
    previous + firstSentence,
    ...split.slice(longIndex + 1),
  ];
  await expectSavedAs(joinLines(joined));
  expect(await labelOf(longIndex)).toBe(longLabel);
  await screenshot(page, 'transcript-turns-joined');

  // 3. Enter where the two turns now meet: the turn's label is back on its first paragraph.
  await caretInParagraph(page, await paragraphAt(page, longIndex - 1), previous.length);
  await page.keyboard.press('Enter');
  await expectSavedAs(joinLines(split));
  expect(await labelOf(longIndex)).toBe(longLabel);
  expect(await labelOf(longIndex + 1)).toBe('');

  // 4. Enter at the start of a turn leaves its label on an empty first line; Backspace there
  //    takes the empty line away again and the label stays with the turn's text.
  const turnStart = longIndex - 1;
  const turnLabel = await labelOf(turnStart);
  expect(turnLabel).not.toBe('');
  await caretInParagraph(page, await paragraphAt(page, turnStart), 0);
  await page.keyboard.press('Enter');
  await expectSavedAs(joinLines([...split.slice(0, turnStart), '', ...split.slice(turnStart)]));
  expect(await labelOf(turnStart)).toBe(turnLabel);
  await page.keyboard.press('Backspace');
  await expectSavedAs(joinLines(split));
  expect(await labelOf(turnStart)).toBe(turnLabel);

  // A reload shows the same gutter.
  const gutter = await shownGutter(page);
  await page.reload();
  await openSource(page, original.title);
  expect(await shownGutter(page)).toEqual(gutter);

  // Ctrl+Z (the core's undo) brings the empty first line back, with the label on it.
  await caretInParagraph(page, await paragraphAt(page, 0), 0);
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await stored()).text)
    .toBe(joinLines([...split.slice(0, turnStart), '', ...split.slice(turnStart)]));
  await expect.poll(() => shownGutter(page)).toEqual(storedGutter(await stored()));
  expect(await labelOf(turnStart)).toBe(turnLabel);
});

/**
 * Opens Interview 01 and finds a short turn of one paragraph after the first (the later turn of
 * the two scenarios below); `expectSavedAs` waits for the core to store a text and checks that
 * the gutter shows what the stored turns give each paragraph, as a reload would.
 */
async function openShortTurn(page: Page) {
  const summary = (await callApi<SourceSummary[]>(page, 'listSources')).find((source) =>
    source.title.startsWith('Interview 01'),
  );
  const stored = () => callApi<SourceDetail>(page, 'getSource', { id: summary!.id });
  const original = await stored();
  await openSource(page, original.title);
  const spans = splitIntoParagraphs(original.text, original.turns);
  const index = spans.findIndex(
    (span, i) =>
      i > 0 &&
      span.firstOfTurn &&
      span.end - span.start <= 40 &&
      (spans[i + 1]?.firstOfTurn ?? true),
  );
  expect(index).toBeGreaterThan(0);
  const paragraphs = original.text.split('\n');
  const label = (await shownGutter(page))[index]!;
  expect(label).not.toBe('');
  const expectSavedAs = async (lines: string[]) => {
    await expect.poll(async () => (await stored()).text).toBe(lines.join('\n'));
    expect(await shownGutter(page)).toEqual(storedGutter(await stored()));
  };
  return { title: original.title, paragraphs, index, label, expectSavedAs };
}

test('a turn joined to the one before and split again keeps its label when typed into', async ({
  workbench: page,
}) => {
  const { title, paragraphs, index, label, expectSavedAs } = await openShortTurn(page);
  const labelAt = async (i: number) => (await shownGutter(page))[i];

  // Backspace at the start of the turn joins its paragraph to the one before ...
  await caretInParagraph(page, await paragraphAt(page, index), 0);
  await page.keyboard.press('Backspace');
  const joined = [
    ...paragraphs.slice(0, index - 1),
    paragraphs[index - 1]! + paragraphs[index]!,
    ...paragraphs.slice(index + 1),
  ];
  await expectSavedAs(joined);
  expect(await labelAt(index)).not.toBe(label);

  // ... Enter right there splits it again and brings the label back ...
  await page.keyboard.press('Enter');
  await expectSavedAs(paragraphs);
  expect(await labelAt(index)).toBe(label);

  // ... and text typed at the start of the paragraph stays in the turn: the label stays (it used
  // to join the turn before, and the label was gone for good).
  await page.keyboard.type('Well, ');
  const typed = paragraphs.map((text, i) => (i === index ? `Well, ${text}` : text));
  await expectSavedAs(typed);
  expect(await labelAt(index)).toBe(label);

  await page.reload();
  await openSource(page, title);
  await expect.poll(async () => (await shownGutter(page))[index]).toBe(label);
});

test('a turn whose text is deleted keeps its speaker for the text typed there next', async ({
  workbench: page,
}) => {
  const { title, paragraphs, index, label, expectSavedAs } = await openShortTurn(page);
  const labelAt = async (i: number) => (await shownGutter(page))[i];

  // Select the turn's whole text and delete it: an empty paragraph, still under the speaker.
  await caretInParagraph(page, await paragraphAt(page, index), 0);
  for (let i = 0; i < paragraphs[index]!.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Backspace');
  await expectSavedAs(paragraphs.map((text, i) => (i === index ? '' : text)));
  expect(await labelAt(index)).toBe(label);
  await screenshot(page, 'transcript-turns-emptied');

  // What is typed there next is the speaker's again (it used to belong to no turn).
  await page.keyboard.type('No.');
  await expectSavedAs(paragraphs.map((text, i) => (i === index ? 'No.' : text)));
  expect(await labelAt(index)).toBe(label);

  await page.reload();
  await openSource(page, title);
  await expect.poll(async () => (await shownGutter(page))[index]).toBe(label);
});
