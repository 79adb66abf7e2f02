import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergePreview, MergeReport } from '../../../shared/api/contract';
import type { Code, Coding, ProjectInfo } from '../../../shared/domain/types';
import { createCoreService } from '../../../electron/core/api';
import { runConcord } from './run-cli';

const ROUND = 'Second set — pairs';
/** Setup spawns the CLI several times; a busy machine needs more than the default 10 s. */
const SETUP_TIMEOUT_MS = 60_000;
let workDir: string;
let configHome: string;
const concord = (...args: string[]) => runConcord(args, { cwd: workDir, configHome });

/** Runs `work` on a project with the core in this process, as a coder's or lead's app would. */
async function inProject<T>(
  projectPath: string,
  work: (api: ReturnType<typeof createCoreService>['api']) => Promise<T>,
): Promise<T> {
  const service = createCoreService({
    host: 'browser',
    version: 't',
    configDir: path.join(workDir, 'app-config'),
  });
  try {
    await service.api.openProject({ path: path.join(workDir, projectPath) });
    return await work(service.api);
  } finally {
    service.close();
  }
}

async function codingCount(projectPath: string): Promise<number> {
  return inProject(projectPath, async (api) => (await api.listCodings()).length);
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-packages-'));
  configHome = path.join(workDir, 'config');
  for (const name of ['lead.concord', 'other.concord']) {
    const run = await concord('demo', name);
    expect(run.code, run.stderr).toBe(0);
  }
  const run = await concord(
    'package',
    'lead.concord',
    '--coder',
    'Kim',
    '--round',
    ROUND,
    '--out',
    'kim.concord-package',
  );
  expect(run.code, run.stderr).toBe(0);
}, SETUP_TIMEOUT_MS);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('concord package-open', () => {
  it('creates the project from a package and says what it holds and as whom it opens', async () => {
    const run = await concord('package-open', 'kim.concord-package', 'kim');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Created ${path.join(workDir, 'kim.concord')}`);
    expect(run.stdout).toContain('from a coder package of "lead"');
    expect(run.stdout).toMatch(/Coding as: +Kim/);
    expect(run.stdout).toMatch(new RegExp(`Round: +${ROUND}`));
    expect(run.stdout).toMatch(/Sources: +4\n/);

    const info = await concord('info', 'kim.concord', '--json');
    const project = JSON.parse(info.stdout) as ProjectInfo;
    expect(project.packageOrigin).toMatchObject({ projectName: 'lead' });
    const users = await inProject('kim.concord', (api) => api.getCurrentUser());
    expect(users?.name).toBe('Kim');
  });

  it('prints the ProjectInfo with --json', async () => {
    const run = await concord('package-open', 'kim.concord-package', 'kim-json.concord', '--json');
    expect(run.code, run.stderr).toBe(0);
    const project = JSON.parse(run.stdout) as ProjectInfo;
    expect(project.path).toBe(path.join(workDir, 'kim-json.concord'));
    expect(project.packageOrigin?.roundId).not.toBeNull();
  });

  it('refuses an existing project file, a missing package and a file that is not one', async () => {
    const existing = await concord('package-open', 'kim.concord-package', 'lead.concord');
    expect(existing.code).toBe(1);
    expect(existing.stderr).toMatch(/lead\.concord: a file with this name exists/);
    const missing = await concord('package-open', 'nothing.concord-package', 'new.concord');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nothing\.concord-package: no such file/);
    const notPackage = await concord('package-open', 'lead.concord', 'new.concord');
    expect(notPackage.code).toBe(1);
    expect(notPackage.stderr).toMatch(/Cannot read lead\.concord/);
    const usage = await concord('package-open', 'kim.concord-package');
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/missing PROJECT/);
  });
});

describe('concord return and merge', () => {
  let codeName: string;

  beforeAll(async () => {
    // Kim adds a code and codes with it; the lead adds a code of the same name meanwhile.
    codeName = 'Waiting lists';
    await inProject('kim.concord', async (api) => {
      const source = (await api.listSources())[0]!;
      const code = await api.createCode({ name: codeName });
      await api.applyCode({ sourceId: source.id, codeId: code.id, start: 0, end: 12 });
    });
    await inProject('lead.concord', (api) => api.createCode({ name: codeName }));
  }, SETUP_TIMEOUT_MS);

  it("writes the coder's return, and refuses to overwrite it", async () => {
    const run = await concord('return', 'kim.concord', '--out', 'kim.concord-return');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/the return of Kim \(\d+ codings\)/);
    const again = await concord('return', 'kim.concord', '--out', 'kim.concord-return');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/kim\.concord-return: already exists/);
  });

  it('refuses a project that was not opened from a package', async () => {
    const run = await concord('return', 'lead.concord', '--out', 'lead.concord-return');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not opened from a coder package/);
    const usage = await concord('return', 'kim.concord');
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/--out FILE is required/);
  });

  it('previews with --dry-run and changes nothing', async () => {
    const before = await codingCount('lead.concord');
    const run = await concord('merge', 'lead.concord', 'kim.concord-return', '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Return of Kim (kim.concord-return)');
    expect(run.stdout).toContain(`Same name as an existing code: "${codeName}" (1 coding)`);
    expect(run.stdout).toContain('Dry run: nothing was changed.');
    const json = await concord(
      'merge',
      'lead.concord',
      'kim.concord-return',
      '--dry-run',
      '--json',
    );
    const preview = JSON.parse(json.stdout) as MergePreview;
    expect(preview.nameCollisions).toMatchObject([{ name: codeName, codings: 1 }]);
    expect(await codingCount('lead.concord')).toBe(before);
  });

  it('leaves same-named codes waiting by default, merges them with --merge-same-names', async () => {
    const waiting = await concord('merge', 'lead.concord', 'kim.concord-return');
    expect(waiting.code, waiting.stderr).toBe(0);
    expect(waiting.stdout).toContain(`Not merged: code "${codeName}"`);

    const merged = await concord(
      'merge',
      'lead.concord',
      'kim.concord-return',
      '--merge-same-names',
      '--json',
    );
    expect(merged.code, merged.stderr).toBe(0);
    const report = JSON.parse(merged.stdout) as MergeReport;
    expect(report).toMatchObject({ codesMerged: 1, codingsAdded: 1, unresolvedCollisions: [] });
    await inProject('lead.concord', async (api) => {
      const codes = (await api.listCodes()).filter((code: Code) => code.name === codeName);
      expect(codes).toHaveLength(1);
      const codings = await api.listCodings({ codeId: codes[0]!.id });
      const kim = (await api.listUsers()).find((user) => user.name === 'Kim')!;
      expect(codings.map((coding: Coding) => coding.coderId)).toEqual([kim.id]);
    });

    const again = await concord(
      'merge',
      'lead.concord',
      'kim.concord-return',
      '--merge-same-names',
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Merged: nothing changed');
  });

  it('refuses a return for another project with exit 1, and changes nothing', async () => {
    const before = await codingCount('other.concord');
    const run = await concord('merge', 'other.concord', 'kim.concord-return', '--merge-same-names');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'kim.concord-return is a return for the project "lead", not for "other". Nothing was changed.',
    );
    expect(await codingCount('other.concord')).toBe(before);
  });

  it('refuses contradicting flags and documents the collision flags', async () => {
    const both = await concord(
      'merge',
      'lead.concord',
      'kim.concord-return',
      '--merge-same-names',
      '--keep-same-names',
    );
    expect(both.code).toBe(1);
    const help = await concord('merge', '--help');
    expect(help.stdout).toContain('--dry-run');
    expect(help.stdout).toContain('--keep-same-names');
    for (const command of ['package-open', 'return']) {
      const commandHelp = await concord(command, '--help');
      expect(commandHelp.code).toBe(0);
      expect(commandHelp.stdout).toContain(`Usage: concord ${command}`);
    }
  });
});
