import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConcord } from './run-cli';

let workDir: string;
let configHome: string;
const concord = (...args: string[]) => runConcord(args, { cwd: workDir, configHome });

beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-cli-reliability-'));
  configHome = path.join(workDir, 'config');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('concord reliability', () => {
  it('summarises a JSON matrix with exactly the documented keys', async () => {
    writeFileSync(
      path.join(workDir, 'two.json'),
      JSON.stringify({
        level: 'nominal',
        matrix: [
          ['a', 'a', 'b', 'b', null],
          ['a', 'b', 'b', 'b', 'a'],
        ],
      }),
    );
    const run = await concord('reliability', '--input', 'two.json', '--json');
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, number | null>;
    expect(Object.keys(summary).sort()).toEqual(
      [
        'brennan_prediger',
        'cohen_kappa',
        'fleiss_kappa',
        'gwet_ac1',
        'krippendorff_alpha',
        'n_coders',
        'n_units',
        'percent_agreement',
        'scott_pi',
      ].sort(),
    );
    expect(summary).toMatchObject({ n_units: 5, n_coders: 2, percent_agreement: 0.75 });
  });

  it('reads CSV with one row per unit and one column per coder, empty = missing', async () => {
    writeFileSync(path.join(workDir, 'three.csv'), 'A,B,C\n1,1,1\n2,2,\n3,3,2\n1,,1\n');
    const run = await concord(
      'reliability',
      '--input',
      'three.csv',
      '--header',
      '--level',
      'interval',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ n_units: 4, n_coders: 3 });
    expect(summary).not.toHaveProperty('cohen_kappa');
    expect(typeof summary.krippendorff_alpha).toBe('number');
  });

  it('exits 1 with a message naming the file for bad input, and prints help', async () => {
    writeFileSync(path.join(workDir, 'bad.json'), '{"matrix": [[1, {"x": 1}]]}');
    const bad = await concord('reliability', '--input', 'bad.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json: matrix row 1, unit 2/);
    const missing = await concord('reliability', '--input', 'nope.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: no such file/);
    const level = await concord('reliability', '--input', 'bad.json', '--level', 'fuzzy');
    expect(level.code).toBe(1);
    const help = await concord('reliability', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: concord reliability');
  });
});
