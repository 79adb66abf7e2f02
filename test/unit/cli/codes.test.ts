import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeListing } from '../../../electron/cli/commands/codes';
import type { CodingListing } from '../../../electron/cli/commands/codings';
import { runConcord } from './run-cli';

let workDir: string;
let configHome: string;
const concord = (...args: string[]) => runConcord(args, { cwd: workDir, configHome });

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-codes-'));
  configHome = path.join(workDir, 'config');
  const run = await concord('demo', 'demo.concord');
  expect(run.code, run.stderr).toBe(0);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('concord codes', () => {
  it('prints the tree with ids, parents, colours and counts as JSON', async () => {
    const run = await concord('codes', 'demo.concord', '--json');
    expect(run.code, run.stderr).toBe(0);
    const codes = JSON.parse(run.stdout) as CodeListing[];
    expect(codes.length).toBeGreaterThanOrEqual(25);
    const factors = codes.find((code) => code.name === 'Collaboration factors')!;
    const trust = codes.find((code) => code.name === 'Trust')!;
    expect(trust).toMatchObject({ parentId: factors.id, depth: 1 });
    expect(trust.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(trust.counts.codings).toBeGreaterThan(0);
    expect(factors.counts.codings).toBeGreaterThanOrEqual(trust.counts.codings);
    expect(factors.ownCounts.codings).toBe(0);
    // Parents come before their children.
    const index = new Map(codes.map((code, i) => [code.id, i]));
    for (const code of codes) {
      if (code.parentId) expect(index.get(code.parentId)!).toBeLessThan(index.get(code.id)!);
    }
  });

  it('prints a readable tree and has --help', async () => {
    const run = await concord('codes', 'demo.concord');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Processes/m);
    expect(run.stdout).toMatch(/^ {4}Benefits/m);
    const help = await concord('codes', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: concord codes PROJECT');
  });

  it('fails with exit 1 and a message for a missing project', async () => {
    const run = await concord('codes', 'missing.concord');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.concord: no such project file.');
  });
});

describe('concord codings', () => {
  it('lists segments of a code and its children with text and attributes by name', async () => {
    const run = await concord(
      'codings',
      'demo.concord',
      '--code',
      'Collaboration factors',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const segments = JSON.parse(run.stdout) as CodingListing[];
    expect(segments.length).toBeGreaterThan(5);
    const trust = segments.find(
      (s) => s.coder === 'Sarah' && s.text.includes('do you trust each other'),
    )!;
    expect(trust).toMatchObject({
      code: 'Trust',
      codePath: 'Collaboration factors / Trust',
      coder: 'Sarah',
      participant: 'Marcus',
      attributes: { Site: 'Site A' },
    });
    expect(trust.end - trust.start).toBe(trust.text.length);
  });

  it('filters by coder and source, and accepts a code path', async () => {
    const bySource = await concord(
      'codings',
      'demo.concord',
      '--source',
      'Interview 03 - Dana',
      '--coder',
      'sarah',
      '--json',
    );
    expect(bySource.code, bySource.stderr).toBe(0);
    const segments = JSON.parse(bySource.stdout) as CodingListing[];
    expect(segments.length).toBeGreaterThan(0);
    expect(new Set(segments.map((s) => s.source))).toEqual(new Set(['Interview 03 - Dana']));
    const starts = segments.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    const byPath = await concord(
      'codings',
      'demo.concord',
      '--code',
      'Processes / Court / Benefits',
      '--json',
    );
    expect(byPath.code, byPath.stderr).toBe(0);
    expect(
      (JSON.parse(byPath.stdout) as CodingListing[]).every(
        (s) => s.codePath === 'Processes / Court / Benefits',
      ),
    ).toBe(true);

    // Kim (mentee) codes only the second set, so nothing of hers is on the first interview.
    const nobody = await concord(
      'codings',
      'demo.concord',
      '--coder',
      'Kim',
      '--source',
      'Interview 01 - Renata',
      '--json',
    );
    expect(nobody.code, nobody.stderr).toBe(0);
    expect(JSON.parse(nobody.stdout)).toEqual([]);
  });

  it('refuses unknown or ambiguous names with exit 1', async () => {
    const ambiguous = await concord('codings', 'demo.concord', '--code', 'Benefits');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('names several codes');
    const unknown = await concord('codings', 'demo.concord', '--coder', 'Nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--coder "Nobody": no such team member');
    const usage = await concord('codings', 'demo.concord', '--bogus');
    expect(usage.code).toBe(1);
    const help = await concord('codings', '--help');
    expect(help.stdout).toContain('--source TITLE');
  });
});
