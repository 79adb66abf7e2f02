import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementReport, MergeReport } from '../../../shared/api/contract';
import { createCoreService } from '../../../electron/core/api';
import { runConcord } from './run-cli';

let workDir: string;
let configHome: string;
const concord = (...args: string[]) => runConcord(args, { cwd: workDir, configHome });

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-rounds-'));
  configHome = path.join(workDir, 'config');
  const run = await concord('demo', 'demo.concord');
  expect(run.code, run.stderr).toBe(0);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('concord agreement', () => {
  it("reports the demo's first round for its three coders as JSON", async () => {
    const run = await concord(
      'agreement',
      'demo.concord',
      '--round',
      'First set — independent',
      '--resamples',
      '100',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as AgreementReport;
    expect(report.coders.map((coder) => coder.name)).toEqual(['Sarah', 'Miguel', 'Jun']);
    const overall = report.rows.filter((row) => row.sourceId === null && row.codeId === null);
    expect(overall.map((row) => row.scope)).toEqual(['pair', 'pair', 'pair', 'group']);
    const alpha = overall[3]!.figures.krippendorffAlpha!;
    expect(alpha).toBeGreaterThan(0.2);
    expect(alpha).toBeLessThan(0.9);
  });

  it('takes --coders, --unit segment and --overlap, and prints a table without --json', async () => {
    const run = await concord(
      'agreement',
      'demo.concord',
      '--round',
      'First set — independent',
      '--coders',
      'Sarah,Jun',
      '--unit',
      'segment',
      '--overlap',
      '0.8',
      '--resamples',
      '0',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Unit: segment');
    expect(run.stdout).toContain('Sarah & Jun');
  });

  it('refuses unknown coders and rounds with exit 1', async () => {
    const coder = await concord('agreement', 'demo.concord', '--coders', 'Sarah,Nobody');
    expect(coder.code).toBe(1);
    expect(coder.stderr).toMatch(/--coders "Nobody": no such team member/);
    const round = await concord('agreement', 'demo.concord', '--round', 'Third');
    expect(round.code).toBe(1);
    const overlap = await concord('agreement', 'demo.concord', '--overlap', '2');
    expect(overlap.code).toBe(1);
  });
});

describe('concord package and merge', () => {
  it('packages a coder, and merges the return idempotently', async () => {
    const run = await concord(
      'package',
      'demo.concord',
      '--coder',
      'Kim',
      '--round',
      'Second set — pairs',
      '--out',
      'kim.zip',
    );
    expect(run.code, run.stderr).toBe(0);
    const again = await concord('package', 'demo.concord', '--coder', 'Kim', '--out', 'kim.zip');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    // Kim codes on her machine.
    const service = createCoreService({
      host: 'browser',
      version: 't',
      configDir: path.join(workDir, 'kim-config'),
    });
    try {
      const { api } = service;
      await api.openCoderPackage({
        projectPath: path.join(workDir, 'kim'),
        packagePath: path.join(workDir, 'kim.zip'),
      });
      const source = (await api.listSources())[0]!;
      const code = await api.createCode({ name: 'Kim’s idea' });
      await api.applyCode({ sourceId: source.id, codeId: code.id, start: 0, end: 5 });
      const file = await api.exportCoderReturn();
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(workDir, 'kim.return'), file.data);
    } finally {
      service.close();
    }

    const merged = await concord('merge', 'demo.concord', 'kim.return', '--json');
    expect(merged.code, merged.stderr).toBe(0);
    const report = JSON.parse(merged.stdout) as MergeReport;
    expect(report).toMatchObject({ codesCreated: 1, codingsAdded: 1, refused: [] });
    const twice = await concord('merge', 'demo.concord', 'kim.return', '--json');
    expect(JSON.parse(twice.stdout)).toMatchObject({
      codesCreated: 0,
      codingsAdded: 0,
      codingsUnchanged: expect.any(Number),
    });
  });

  it('exits 1 for a file that is not a return, and has help', async () => {
    const bad = await concord('merge', 'demo.concord', 'demo.concord');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Cannot read demo\.concord/);
    for (const command of ['package', 'merge', 'agreement']) {
      const help = await concord(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: concord ${command}`);
    }
    const usage = await concord('package', 'demo.concord', '--coder', 'Kim');
    expect(usage.code).toBe(1);
  });
});
