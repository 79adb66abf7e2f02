import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Coding, SourceDetail, SourceSummary, User } from '../../shared/domain/types';
import { callApi, expect, screenshot, test } from './fixtures';
import { caretInParagraph, openSource, uncodedParagraph } from './coding-helpers';

const ROUND = 'Second set — pairs';
const CODER = 'Miguel';
const CLI = path.resolve(__dirname, '../../bin/concord.mjs');

// Each test makes and opens a second project (and spawns the CLI): more than the default minute.
test.slow();

/** Runs a palette command by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(title);
  await expect(palette.getByRole('option').first()).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/** Closes the open project through the palette and waits for the start screen. */
async function closeProject(page: Page): Promise<void> {
  await runCommand(page, 'Close project');
  await expect(page.getByRole('heading', { name: 'Open a coder package' })).toBeVisible();
}

/** Clicks `trigger` and saves the file it downloads as `target`. */
async function saveDownload(page: Page, trigger: () => Promise<void>, target: string) {
  const download = page.waitForEvent('download');
  await trigger();
  const file = await download;
  await file.saveAs(target);
  return file.suggestedFilename();
}

/** The merge dialog with a return file chosen. */
async function chooseReturn(page: Page, returnFile: string) {
  await runCommand(page, 'Merge coder return…');
  const picker = page.getByRole('dialog', { name: 'Merge coder return' });
  await picker.getByLabel('Return file').setInputFiles(returnFile);
  return picker;
}

function coderCodings(page: Page, coderId: string): Promise<Coding[]> {
  return callApi<Coding[]>(page, 'listCodings', { coderId });
}

test('a coder codes a package on another machine and the lead merges the return', async ({
  workbench: page,
  concord,
}) => {
  const packageFile = path.join(concord.dir, 'miguel.concord-package');
  const returnFile = path.join(concord.dir, 'miguel.concord-return');
  const coderProject = path.join(concord.dir, 'miguel-copy.concord');

  // Lead: export Miguel's package of the open round.
  await runCommand(page, 'Export coder package…');
  const exportDialog = page.getByRole('dialog', { name: 'Export coder package' });
  await expect(exportDialog.getByLabel('Round')).toHaveValue(/.+/);
  await expect(exportDialog.getByLabel('Round').locator('option:checked')).toHaveText(
    `${ROUND} (open)`,
  );
  // Only the coders of the round are offered (Sarah coded only in the first round).
  const coderSelect = exportDialog.getByLabel('Coder');
  await expect(coderSelect.locator('option')).toHaveText([
    'Avery (lead)',
    'Kim (mentee)',
    'Miguel (coder)',
    'Jun (coder)',
  ]);
  await coderSelect.selectOption({ label: `${CODER} (coder)` });
  const contents = exportDialog.getByLabel('What the package holds');
  await expect(contents).toContainText(`3 sources assigned to ${CODER} in “${ROUND}”`);
  await expect(contents).toContainText('None of the other coders’ codings leave this project.');
  await screenshot(page, 'packages-export-dialog');
  const packageName = await saveDownload(
    page,
    () => exportDialog.getByRole('button', { name: 'Export package' }).click(),
    packageFile,
  );
  expect(packageName).toMatch(/\.concord-package$/);
  await expect(exportDialog.getByRole('status')).toContainText(`Saved ${packageName}`);
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  await closeProject(page);

  // Coder: open the package from the start screen into a new project.
  const packageSection = page.getByRole('region', { name: 'Open a coder package' });
  await packageSection.getByLabel('Package file').setInputFiles(packageFile);
  await packageSection.getByLabel('New project file').fill(coderProject);
  await screenshot(page, 'packages-start-screen');
  await packageSection.getByRole('button', { name: 'Open package' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
  const banner = page.getByRole('complementary', { name: 'Coder package' });
  await expect(banner).toContainText(`Coder package: demo / ${ROUND}, coding as ${CODER}`);
  await expect(banner).toContainText('Export return when done');
  const project = await callApi<{ path: string }>(page, 'getProject');
  expect(project.path).toBe(coderProject);

  // Coder: code a passage of the first assigned source with an existing code.
  const [summary] = await callApi<SourceSummary[]>(page, 'listSources');
  const source = await callApi<SourceDetail>(page, 'getSource', { id: summary!.id });
  const me = await callApi<User>(page, 'getCurrentUser');
  expect(me.name).toBe(CODER);
  const paragraph = uncodedParagraph(source, await callApi<Coding[]>(page, 'listCodings'));
  const before = await coderCodings(page, me.id);
  await openSource(page, source.title);
  await caretInParagraph(page, paragraph);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('Control+e');
  const quickCode = page.getByRole('dialog', { name: 'Quick code' });
  await quickCode.getByRole('combobox', { name: 'Code name' }).fill('trust');
  await expect(quickCode.getByRole('option').first()).toContainText('Trust');
  await page.keyboard.press('Enter');
  await expect(quickCode).toBeHidden();
  await expect.poll(async () => (await coderCodings(page, me.id)).length).toBe(before.length + 1);
  const known = new Set(before.map((coding) => coding.id));
  const added = (await coderCodings(page, me.id)).find((coding) => !known.has(coding.id))!;
  expect(added.start).toBe(paragraph.start);
  await screenshot(page, 'packages-coder-banner');

  // Coder: export the return from the banner.
  const returnName = await saveDownload(
    page,
    () => banner.getByRole('button', { name: 'Export return' }).click(),
    returnFile,
  );
  expect(returnName).toMatch(/\.concord-return$/);
  await expect(banner.getByRole('status')).toHaveText(`Saved ${returnName}`);
  await closeProject(page);

  // Lead: reopen the lead's project from the start screen and merge the return.
  await page.getByLabel('Project file path').fill(concord.projectPath);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Coder package' })).toHaveCount(0);
  expect(await callApi<Coding[]>(page, 'listCodings', { coderId: me.id })).not.toContainEqual(
    expect.objectContaining({ id: added.id }),
  );

  await chooseReturn(page, returnFile);
  const review = page.getByRole('dialog', { name: 'Review coder return' });
  await expect(review).toContainText(`Return of ${CODER}`);
  const counts = review.getByRole('table', { name: 'Codings in the return' });
  await expect(counts.getByRole('row', { name: /New codings/ })).toContainText('1');
  await expect(counts.getByRole('row', { name: /New codes/ })).toContainText('0');
  await screenshot(page, 'packages-merge-review');
  await review.getByRole('button', { name: 'Apply' }).click();
  const merged = page.getByRole('dialog', { name: 'Coder return merged' });
  await expect(merged).toContainText(`Merged ${CODER}’s return.`);
  await expect(merged).toContainText('1 coding added');
  await screenshot(page, 'packages-merge-report');
  await merged.getByRole('button', { name: 'Done' }).click();
  await expect(merged).toBeHidden();

  const leadCodings = await callApi<Coding[]>(page, 'listCodings', { coderId: me.id });
  expect(leadCodings).toContainEqual(
    expect.objectContaining({
      id: added.id,
      sourceId: source.id,
      codeId: added.codeId,
      start: added.start,
      end: added.end,
    }),
  );

  // The same return again: nothing to merge, and nothing changes.
  await chooseReturn(page, returnFile);
  await expect(review).toContainText('Nothing to merge');
  await review.getByRole('button', { name: 'Apply' }).click();
  await expect(merged).toContainText('Nothing changed');
  await screenshot(page, 'packages-merge-again');
  expect(await callApi<Coding[]>(page, 'listCodings', { coderId: me.id })).toHaveLength(
    leadCodings.length,
  );
});

test('a return from another project is refused and changes nothing', async ({
  workbench: page,
  concord,
}) => {
  // Another study's coder return, made with the CLI as on another machine.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(concord.dir, 'cli-config') };
  const cli = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      cwd: concord.dir,
      env,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  };
  cli('demo', 'other-study.concord');
  cli(
    'package',
    'other-study.concord',
    '--coder',
    CODER,
    '--round',
    ROUND,
    '--out',
    'o.concord-package',
  );
  cli('package-open', 'o.concord-package', 'other-copy.concord');
  cli('return', 'other-copy.concord', '--out', 'other.concord-return');
  const before = await callApi<Coding[]>(page, 'listCodings');

  const picker = await chooseReturn(page, path.join(concord.dir, 'other.concord-return'));
  const refusal = picker.getByRole('alert');
  await expect(refusal).toContainText('other.concord-return was not merged.');
  await expect(refusal).toContainText('is a return for the project "other-study", not for "demo"');
  await expect(refusal).toContainText('Nothing was changed.');
  await expect(page.getByRole('dialog', { name: 'Review coder return' })).toHaveCount(0);
  await screenshot(page, 'packages-merge-refused');
  expect(await callApi<Coding[]>(page, 'listCodings')).toEqual(before);
});
