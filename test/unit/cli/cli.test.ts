import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInfo, SearchHit } from '../../../shared/domain/types';
import { REPO_ROOT, runConcord } from './run-cli';

let workDir: string;
let configHome: string;
/** A demo study made once; tests that change a project work on their own copy. */
let demoProject: string;

const concord = (...args: string[]) => runConcord(args, { cwd: workDir, configHome });

function copyOfDemo(name: string): string {
  const copy = path.join(workDir, name);
  copyFileSync(demoProject, copy);
  return copy;
}

async function projectInfo(project: string): Promise<ProjectInfo> {
  const run = await concord('info', project, '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ProjectInfo;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-'));
  configHome = path.join(workDir, 'config');
  demoProject = path.join(workDir, 'demo.concord');
  const run = await concord('demo', 'demo.concord');
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('Created the demo study');
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('concord demo and info', () => {
  it('creates the demo study with at least 12 sources and 12 participants', async () => {
    const info = await projectInfo('demo.concord');
    expect(info.path).toBe(demoProject);
    expect(info.counts.sources).toBeGreaterThanOrEqual(12);
    expect(info.counts.participants).toBeGreaterThanOrEqual(12);
    expect(info.counts.words).toBeGreaterThan(0);
    expect(Array.isArray(info.counts.codingsByCoder)).toBe(true);
  });

  it('prints readable counts without --json', async () => {
    const run = await concord('info', 'demo.concord');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Sources:\s+\d+/);
    expect(run.stdout).toMatch(/Participants:\s+\d+/);
  });

  it('refuses to overwrite an existing file', async () => {
    const before = readFileSync(demoProject);
    const run = await concord('demo', 'demo.concord');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('demo.concord: already exists');
    expect(readFileSync(demoProject).equals(before)).toBe(true);
  });

  it('names a project that does not exist', async () => {
    const run = await concord('info', 'nowhere.concord');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nowhere.concord: no such project file');
  });

  it('keeps its recent-projects list in $XDG_CONFIG_HOME/concord', async () => {
    await concord('info', 'demo.concord');
    expect(readdirOrEmpty(path.join(configHome, 'concord')).length).toBeGreaterThan(0);
  });
});

describe('concord import', () => {
  it('imports each file on its own and exits 1 naming the files it refused', async () => {
    const project = copyOfDemo('import-mixed.concord');
    const before = await projectInfo(project);
    writeFileSync(
      path.join(workDir, 'good.txt'),
      'Interviewer: How was the week?\nAnna: Long, but good.\n',
    );
    writeFileSync(path.join(workDir, 'broken.docx'), Buffer.from([0, 1, 2, 3, 255]));

    const run = await concord(
      'import',
      project,
      'good.txt',
      'broken.docx',
      'missing.txt',
      '--participant',
      'Anna',
    );

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Imported good.txt');
    expect(run.stderr).toMatch(/broken\.docx/);
    expect(run.stderr).toContain('missing.txt: no such file');
    const after = await projectInfo(project);
    expect(after.counts.sources).toBe(before.counts.sources + 1);
    expect(after.counts.participants).toBe(before.counts.participants + 1);
  });

  it('exits 0 when every file is imported, with the chosen kind', async () => {
    const project = copyOfDemo('import-good.concord');
    writeFileSync(path.join(workDir, 'notes.txt'), 'Arrived at nine. The shelter was quiet.\n');
    const run = await concord('import', project, 'notes.txt', '--kind', 'field_notes');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Imported notes.txt');
  });

  it('changes nothing when the only file is refused, not even the named participant', async () => {
    const project = copyOfDemo('import-bad.concord');
    const before = await projectInfo(project);
    writeFileSync(path.join(workDir, 'only-bad.docx'), Buffer.from('not a zip'));
    const run = await concord('import', project, 'only-bad.docx', '--participant', 'Ghost');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('only-bad.docx');
    const after = await projectInfo(project);
    expect(after.counts).toEqual(before.counts);
  });

  it('rejects an unknown --kind as a usage error', async () => {
    const run = await concord('import', 'demo.concord', 'good.txt', '--kind', 'diary');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--kind must be one of interview, field_notes');
  });
});

describe('concord participants import', () => {
  it('creates participants from a CSV file', async () => {
    const project = copyOfDemo('participants.concord');
    const before = await projectInfo(project);
    writeFileSync(path.join(workDir, 'people.csv'), 'pseudonym,age\nZora,41\nYves,29\n');
    const run = await concord('participants', 'import', project, 'people.csv');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 created');
    const after = await projectInfo(project);
    expect(after.counts.participants).toBe(before.counts.participants + 2);
  });

  it('names a CSV file that does not exist', async () => {
    const run = await concord('participants', 'import', 'demo.concord', 'nobody.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nobody.csv: no such file');
  });
});

describe('concord search', () => {
  it('returns hits as one JSON document', async () => {
    const run = await concord('search', 'demo.concord', 'the', '--limit', '3', '--json');
    expect(run.code, run.stderr).toBe(0);
    const hits = JSON.parse(run.stdout) as SearchHit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]).toMatchObject({
      sourceId: expect.any(String),
      totalMatches: expect.any(Number),
    });
  });

  it('rejects a --limit that is not a positive number', async () => {
    const run = await concord('search', 'demo.concord', 'the', '--limit', 'ten');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--limit must be a positive whole number');
  });
});

describe('usage', () => {
  it('prints the command list for --help and the version for --version', async () => {
    const help = await concord('--help');
    expect(help.code).toBe(0);
    for (const name of ['demo', 'import', 'participants import', 'info', 'search', 'serve']) {
      expect(help.stdout).toContain(name);
    }
    const version = await concord('--version');
    const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(packageJson.version);
  });

  it.each([['demo'], ['import'], ['participants', 'import'], ['info'], ['search'], ['serve']])(
    'concord %s --help prints its usage',
    async (...command: string[]) => {
      const run = await concord(...command, '--help');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: concord ${command.join(' ')}`);
    },
  );

  it('exits 1 on an unknown command', async () => {
    const run = await concord('frobnicate');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Unknown command "frobnicate"');
  });

  it('exits 1 on an unknown option and on a missing argument', async () => {
    const unknownOption = await concord('info', 'demo.concord', '--colour');
    expect(unknownOption.code).toBe(1);
    expect(unknownOption.stderr).toContain('concord info');
    const missing = await concord('search', 'demo.concord');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing QUERY');
  });
});

function readdirOrEmpty(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}
