import { expect, screenshot, test } from './fixtures';

test('a transcript shows speakers and timestamps as structure; a timestamp sets the media time', async ({
  workbench: page,
}) => {
  await page.getByRole('option', { name: /Interview 07 - Jordan/ }).click();
  const document = page.locator('.doc__content');
  await expect(page.locator('.doc__title')).toHaveText('Interview 07 - Jordan');
  await expect(page.locator('.doc__meta')).toContainText('Prosecutor');
  await expect(page.locator('.doc__meta')).toContainText('Site A');

  const firstTurn = document.locator('.tp').first();
  await expect(firstTurn.locator('.tp__speaker')).toHaveText('Interviewer');
  await expect(firstTurn.locator('.tp__time')).toHaveText('00:00:04');
  // Labels are not part of the text: the paragraph starts with what was said.
  await expect(firstTurn.locator('.tp__text')).toHaveText(/^Okay, I think we're recording now\./);
  await expect(document.locator('.tp__speaker', { hasText: 'Jordan' }).first()).toBeVisible();

  const mediaTime = page.getByTestId('media-time');
  await expect(mediaTime).toHaveText('--:--:--');
  await document.getByRole('button', { name: '00:00:45' }).click();
  await expect(mediaTime).toHaveText('00:00:45');
  await screenshot(page, 'transcript');
});
