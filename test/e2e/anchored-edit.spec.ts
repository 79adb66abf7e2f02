import type { Code, Coding, SourceDetail, SourceSummary } from '../../shared/domain/types';
import { expect, screenshot, test } from './fixtures';
import {
  apiClient,
  caretInParagraph,
  openSource,
  stripes,
  uncodedParagraph,
} from './coding-helpers';

test('editing coded text: a corrected typo stays coded, an edge word deleted shrinks the coding, Ctrl+Z and paste', async ({
  workbench: page,
  concord,
}) => {
  const api = apiClient(concord.url);
  const [summary] = await api<SourceSummary[]>('listSources');
  const source = await api<SourceDetail>('getSource', { id: summary!.id });
  const paragraph = uncodedParagraph(
    source,
    await api<Coding[]>('listCodings', { sourceId: source.id }),
  );
  const [code] = await api<Code[]>('listCodes');

  // A coding over words two to five of the paragraph.
  const words = [...paragraph.text.matchAll(/\S+/g)];
  const codedFrom = words[1]!.index;
  const codedTo = words[4]!.index + words[4]![0].length;
  const coding = await api<Coding>('applyCode', {
    sourceId: source.id,
    codeId: code!.id,
    start: paragraph.start + codedFrom,
    end: paragraph.start + codedTo,
  });
  const codedBefore = paragraph.text.slice(codedFrom, codedTo);
  const stored = async () => {
    const [text, rows] = await Promise.all([
      api<SourceDetail>('getSource', { id: source.id }).then((detail) => detail.text),
      api<Coding[]>('listCodings', { sourceId: source.id }),
    ]);
    const row = rows.find((c) => c.id === coding.id);
    return row ? text.slice(row.start, row.end) : null;
  };

  await openSource(page, source.title);
  const stripe = stripes(page).and(page.locator(`[data-coding-id="${coding.id}"]`));
  await expect(stripe).toBeVisible();

  // Correct a "typo" in the third word: replace its second letter, typing inside the coding.
  const third = words[2]!;
  await caretInParagraph(page, paragraph, third.index + 2);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Q');
  const corrected = `${codedBefore.slice(0, third.index + 1 - codedFrom)}Q${codedBefore.slice(third.index + 2 - codedFrom)}`;
  await expect.poll(stored).toBe(corrected);
  await expect(stripe).toBeVisible();

  // Delete the whole first coded word (at the coding's start) with the space after it.
  const second = words[1]!;
  await caretInParagraph(page, paragraph, second.index);
  for (let i = 0; i < words[2]!.index - second.index; i++) {
    await page.keyboard.press('Shift+ArrowRight');
  }
  await page.keyboard.press('Delete');
  const shrunk = corrected.slice(words[2]!.index - codedFrom);
  await expect.poll(stored).toBe(shrunk);
  await expect(page.getByTestId('status-toast')).toContainText('1 coding shortened');
  await expect(stripe).toBeVisible();
  await screenshot(page, 'coding-anchored-edit');

  // Ctrl+Z in the text is the core's undo: the deleted word comes back, and the coding with it.
  await page.keyboard.press('Control+z');
  await expect.poll(stored).toBe(corrected);
  const block = page.locator('.doc__content .tp__text').nth(paragraph.index);
  await expect(block).toContainText(corrected);

  // Pasting rich content inserts its plain text only, in paragraphs; the coding moves along.
  await caretInParagraph(page, paragraph, 0);
  await page.locator('.doc__content').evaluate((root) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p><b>Bold</b> <i>pasted</i></p><p>second line</p>');
    data.setData('text/plain', 'Bold pasted\nsecond line ');
    root.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(block).toHaveText('Bold pasted');
  await expect(page.locator('.doc__content :is(b, strong, i, em)')).toHaveCount(0);
  await expect.poll(stored).toBe(corrected);
  await expect
    .poll(async () => (await api<SourceDetail>('getSource', { id: source.id })).text)
    .toContain(`Bold pasted\nsecond line ${paragraph.text.slice(0, codedFrom)}${corrected}`);

  // The document shows the stored text after a reload, and the coding still covers it.
  await page.reload();
  await openSource(page, source.title);
  await expect(page.locator('.doc__content .tp__text').nth(paragraph.index + 1)).toContainText(
    corrected,
  );
  await stripe.click();
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(corrected);
});
