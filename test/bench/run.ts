/**
 * `npm run bench [-- --json] [-- --fresh]`: performance targets of Concord, measured on a
 * synthetic project of 1,000 transcripts (about 10 million words) built once and cached.
 * Prints a table; with --json, one JSON object on the last line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureEditor } from './editor-measure';
import { ensureLargeProject } from './large-project';
import type { Metrics } from './bench-types';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const fresh = args.has('--fresh');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  log('preparing the 1,000-transcript project (cached after the first run)');
  const project = await ensureLargeProject(fresh, log);

  const probe = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin/run-ts.mjs'),
      path.join(root, 'test/bench/open-probe.ts'),
      project.projectPath,
    ],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0) {
    process.stderr.write(probe.stderr);
    throw new Error('the open probe failed');
  }
  const opened = JSON.parse(probe.stdout.trim().split('\n').pop()!) as Record<string, number>;

  log('measuring the source editor in headless Chromium');
  const editor = await measureEditor(root, log);

  const metrics: Metrics = {
    import_1000_transcripts_s: {
      value: round(project.importSeconds),
      unit: 's',
      target: 60,
      ...(project.fromCache
        ? { note: `measured when the cache was built (${project.builtAt})` }
        : {}),
    },
    project_open_ms: { value: round(opened.project_open_ms!), unit: 'ms', target: 300 },
    fulltext_search_ms: { value: round(opened.fulltext_search_ms!), unit: 'ms', target: 50 },
    open_rss_mb: { value: round(opened.open_rss_mb!), unit: 'MB', target: 300 },
    codings_by_code_ms: { value: round(opened.codings_by_code_ms!), unit: 'ms', target: 50 },
    agreement_project_ms: { value: round(opened.agreement_project_ms!), unit: 'ms', target: 2000 },
    editor_open_ms: { value: round(editor.openMs), unit: 'ms', target: 700 },
    apply_code_ms: { value: round(editor.applyMs), unit: 'ms', target: 50 },
    keystroke_p95_ms: { value: round(editor.coded.p95), unit: 'ms', target: 16 },
  };
  // Context for the editor figures, without targets: the same text without codings is the floor.
  const info: Record<string, { value: number; unit: string }> = {
    editor_open_no_codings_ms: { value: round(editor.openPlainMs), unit: 'ms' },
    apply_code_max_ms: { value: round(editor.applyMaxMs), unit: 'ms' },
    keystroke_p50_ms: { value: round(editor.coded.p50), unit: 'ms' },
    keystroke_first_20_max_ms: { value: round(editor.coded.warmUpMax), unit: 'ms' },
    keystroke_event_timing_p95_ms: { value: round(editor.coded.eventTimingP95), unit: 'ms' },
    keystroke_no_codings_p50_ms: { value: round(editor.plain.p50), unit: 'ms' },
    keystroke_no_codings_p95_ms: { value: round(editor.plain.p95), unit: 'ms' },
    keystroke_no_codings_event_timing_p95_ms: {
      value: round(editor.plain.eventTimingP95),
      unit: 'ms',
    },
  };

  const rows = Object.entries(metrics).map(([name, m]) => {
    const verdict = m.value <= m.target ? 'ok' : 'OVER TARGET';
    return `${name.padEnd(28)} ${String(m.value).padStart(10)} ${m.unit.padEnd(3)} target <= ${String(m.target).padEnd(6)} ${verdict}${m.note ? `  (${m.note})` : ''}`;
  });
  const infoRows = Object.entries(info).map(
    ([name, m]) => `${name.padEnd(28)} ${String(m.value).padStart(10)} ${m.unit.padEnd(3)} (info)`,
  );
  process.stdout.write(
    [
      `Project: ${opened.sources} sources, ${opened.participants} participants, ${project.words.toLocaleString('en')} words`,
      `Editor: ${editor.project.words.toLocaleString('en')} words, ${editor.project.codings.toLocaleString('en')} codings (keystroke figures exclude the first 20 keys; Event Timing reports nothing under 16 ms)`,
      ...rows,
      ...infoRows,
      '',
    ].join('\n'),
  );
  if (asJson) process.stdout.write(JSON.stringify({ metrics, info }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
