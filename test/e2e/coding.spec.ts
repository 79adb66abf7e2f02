import type { Code, Coding, SourceDetail, SourceSummary } from '../../shared/domain/types';
import { expect, screenshot, test } from './fixtures';
import {
  apiClient,
  caretInParagraph,
  openSource,
  stripes,
  uncodedParagraph,
} from './coding-helpers';

test('coding by keyboard: quick-code with overlaps, removing, in-vivo, undo', async ({
  workbench: page,
  concord,
}) => {
  const api = apiClient(concord.url);
  const [summary] = await api<SourceSummary[]>('listSources');
  const source = await api<SourceDetail>('getSource', { id: summary!.id });
  const before = await api<Coding[]>('listCodings', { sourceId: source.id });
  const paragraph = uncodedParagraph(source, before);
  const codes = await api<Code[]>('listCodes');
  const codeId = (name: string) => codes.find((code) => code.name === name)!.id;
  const codingsOf = async (name: string) =>
    (await api<Coding[]>('listCodings', { sourceId: source.id })).filter(
      (coding) => coding.codeId === codeId(name) && coding.start >= paragraph.start,
    );

  await openSource(page, source.title);

  // The first three words, coded "Trust" through quick-code.
  await caretInParagraph(page, paragraph);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Control+e');
  const quickCode = page.getByRole('dialog', { name: 'Quick code' });
  await expect(quickCode).toBeVisible();
  await quickCode.getByRole('combobox', { name: 'Code name' }).fill('trust');
  await expect(quickCode.getByRole('option').first()).toContainText('Trust');
  await screenshot(page, 'coding-quick-code');
  await page.keyboard.press('Enter');
  await expect(quickCode).toBeHidden();
  await expect(stripes(page).filter({ hasText: 'Trust' }).first()).toBeVisible();

  // Words two to five, overlapping, coded "Shared goal".
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Control+e');
  await quickCode.getByRole('combobox', { name: 'Code name' }).fill('shared go');
  await page.keyboard.press('Enter');
  await expect(stripes(page).filter({ hasText: 'Shared goal' }).first()).toBeVisible();

  const [trust] = await codingsOf('Trust');
  const [shared] = await codingsOf('Shared goal');
  expect(trust?.start).toBe(paragraph.start);
  expect(shared!.start).toBeGreaterThan(trust!.start);
  expect(shared!.start).toBeLessThan(trust!.end);
  expect(shared!.end).toBeGreaterThan(trust!.end);
  // The coded text never starts or ends with the space the word selection takes along.
  for (const coding of [trust!, shared!]) {
    const text = source.text.slice(coding.start, coding.end);
    expect(text).toBe(text.trim());
  }

  // Both stay after a reload, with their code names on the stripes.
  await page.reload();
  await openSource(page, source.title);
  const trustStripe = stripes(page).and(page.locator(`[data-coding-id="${trust!.id}"]`));
  const sharedStripe = stripes(page).and(page.locator(`[data-coding-id="${shared!.id}"]`));
  await expect(trustStripe).toHaveText('Trust');
  await expect(sharedStripe).toHaveText('Shared goal');
  await screenshot(page, 'coding-overlap');

  // Alt+Down selects the coding at the caret; Alt+Delete removes it.
  await caretInParagraph(page, paragraph);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(trustStripe).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+Delete');
  await expect(trustStripe).toHaveCount(0);
  await expect.poll(async () => (await codingsOf('Trust')).length).toBe(0);
  await expect(sharedStripe).toBeVisible();

  // In-vivo: the selected words name a new top-level code and are coded with it.
  const other = uncodedParagraph(
    source,
    await api<Coding[]>('listCodings', { sourceId: source.id }),
    60,
    1,
  );
  await caretInParagraph(page, other);
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Control+Shift+I');
  const words = other.text.match(/^\S+\s+\S+/)?.[0] ?? '';
  const inVivoName = words.replace(/[^\p{L}\p{N}'’]+$/u, '');
  await expect
    .poll(async () =>
      (await api<Code[]>('listCodes')).some(
        (code) => code.parentId === null && words.startsWith(code.name) && code.name.length > 0,
      ),
    )
    .toBe(true);
  const inVivo = (await api<Code[]>('listCodes')).find(
    (code) => code.parentId === null && words.startsWith(code.name),
  )!;
  expect(inVivo.name.startsWith(inVivoName.slice(0, 3))).toBe(true);
  const inVivoStripe = stripes(page).filter({ hasText: inVivo.name });
  await expect(inVivoStripe).toHaveCount(1);
  await screenshot(page, 'coding-in-vivo');

  // Ctrl+Z in the text undoes the last apply.
  await page.keyboard.press('Control+z');
  await expect(inVivoStripe).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await api<Coding[]>('listCodings', { sourceId: source.id })).filter(
          (coding) => coding.codeId === inVivo.id,
        ).length,
    )
    .toBe(0);
  await expect(sharedStripe).toBeVisible();
});
