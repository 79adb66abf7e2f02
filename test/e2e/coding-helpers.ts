import type { Page } from '@playwright/test';
import type { Coding, SourceDetail } from '../../shared/domain/types';
import { expect } from './fixtures';

/**
 * Calls the served API from the test process, with the token `concord serve` printed in the
 * URL fragment: the test checks the stored rows without going through the UI it tests.
 */
export function apiClient(url: string) {
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  return async function call<T>(method: string, arg?: unknown): Promise<T> {
    const response = await fetch(new URL(`/api/${method}`, address.origin), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ arg }),
    });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  };
}

export type ApiCall = ReturnType<typeof apiClient>;

/** A paragraph of a source: its index among the document's blocks and its offsets. */
export interface Paragraph {
  index: number;
  start: number;
  text: string;
}

/** The first paragraph of at least `minLength` characters that no coding touches. */
export function uncodedParagraph(
  source: SourceDetail,
  codings: readonly Coding[],
  minLength = 120,
  skip = 0,
): Paragraph {
  let start = 0;
  let found = 0;
  for (const [index, text] of source.text.split('\n').entries()) {
    const end = start + text.length;
    const touched = codings.some((coding) => coding.start < end && coding.end > start);
    if (!touched && text.length >= minLength && found++ >= skip) return { index, start, text };
    start = end + 1;
  }
  throw new Error(`${source.title} has no uncoded paragraph of ${minLength} characters.`);
}

/** Opens a source from the sources list and waits for its text. */
export async function openSource(page: Page, title: string): Promise<void> {
  await page
    .getByRole('listbox', { name: /Sources/ })
    .getByRole('option', { name: title })
    .click();
  await expect(page.locator('.doc__title')).toHaveText(title);
  await expect(page.locator('.doc__content .tp').first()).toBeVisible();
}

/** Puts the caret at `offset` characters into a paragraph, by keyboard from its start. */
export async function caretInParagraph(page: Page, paragraph: Paragraph, offset = 0) {
  const block = page.locator('.doc__content .tp__text').nth(paragraph.index);
  await block.scrollIntoViewIfNeeded();
  await block.click({ position: { x: 3, y: 6 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

/** The stripes in the coding margin. */
export function stripes(page: Page) {
  return page.getByRole('group', { name: 'Coding stripes' }).getByRole('button');
}
