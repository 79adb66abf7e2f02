import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../electron/server';
import { buildEditorProject, type EditorProject } from './editor-fixture';
import { EDITOR_PAGE_PROBE } from './editor-page-probe';
import { profileStep, traceStep } from './editor-profile';

const OPEN_RUNS = 5;
const APPLY_RUNS = 20;
/** Keys typed per document; the first WARM_UP_KEYS are reported apart (docs/editor.md, 8). */
const KEYS = 220;
const WARM_UP_KEYS = 20;
const TYPED = 'and the case worker said that ';
const STEP_TIMEOUT_MS = 15_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface EditorFigures {
  project: EditorProject;
  openMs: number;
  openPlainMs: number;
  /** Median ms from the key to the painted frame showing the new stripe of the committed row. */
  applyMs: number;
  applyMaxMs: number;
  /** Median ms from the key to the core's answer (the row committed), part of applyMs. */
  applyCommittedMs: number;
  /** Median ms from the key to the first painted frame showing the new stripe (maybe pending). */
  applyFirstDrawnMs: number;
  coded: KeyFigures;
  plain: KeyFigures;
}

export interface MeasureOptions {
  /** The renderer build to serve (dist/renderer by default; built there when missing). */
  staticDir: string;
  /** How many times to measure, each run in a fresh page on the same project. */
  runs: number;
  /** When set, CPU profiles of the first run's apply and coded-typing steps are written here. */
  profileDir?: string;
}

export interface KeyFigures {
  p50: number;
  p95: number;
  /** The slowest of the first keys, excluded from p50/p95 (a one-off raster pause). */
  warmUpMax: number;
  /** p95 of the browser's Event Timing for keydown; keys under its 16 ms threshold count as 0. */
  eventTimingP95: number;
}

interface KeySample {
  start: number;
  ms: number;
}

interface ApplySample {
  ms: number;
  committedMs: number;
  firstDrawnMs: number;
}

/**
 * Measures the source editor in headless Chromium against `concord serve` (in-process) on a fresh
 * 30,000-word project: opening a coded source, applying codes, typing in coded text and, as the
 * floor, in the same text without codings. Figures follow docs/editor.md; one entry per run.
 */
export async function measureEditor(
  root: string,
  log: (message: string) => void,
  options: MeasureOptions,
): Promise<EditorFigures[]> {
  ensureRendererBuilt(root, options.staticDir, log);
  const dir = path.join(os.tmpdir(), 'concord-bench-editor');
  log('building the editor project (30,000 words, 3,000 codings)');
  const project = await buildEditorProject(dir);
  const server = await startServer({
    projectPath: project.projectPath,
    staticDir: options.staticDir,
    configDir: dir,
    version: 'bench',
    log: (message, error) => log(`server: ${message} ${error ?? ''}`),
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const figures: EditorFigures[] = [];
    for (let run = 1; run <= options.runs; run++) {
      if (options.runs > 1) log(`editor run ${run} of ${options.runs}`);
      // newPage opens a fresh context: nothing a previous run left in storage changes this one.
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        const profileDir = run === 1 ? options.profileDir : undefined;
        figures.push(await measureOnce(page, server.url, project, log, profileDir, run));
      } finally {
        await page.close();
      }
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureOnce(
  page: Page,
  url: string,
  project: EditorProject,
  log: (message: string) => void,
  profileDir: string | undefined,
  run: number,
): Promise<EditorFigures> {
  // With a profile directory: a CPU profile (what script runs) inside a trace (what the browser
  // does: script, style, layout, paint), summarised over the timed windows only.
  const profiled = async <T>(name: string, window: string, step: () => Promise<T>): Promise<T> => {
    if (!profileDir) return step();
    const traced = await traceStep(page, profileDir, name, window, () =>
      profileStep(page, profileDir, name, step),
    );
    log(traced.result.summary);
    log(traced.summary);
    return traced.result.result;
  };
  page.on('pageerror', (error) => log(`page error: ${error.stack ?? error.message}`));
  await page.addInitScript({ content: EDITOR_PAGE_PROBE });
  await page.goto(url);
  await page.getByRole('listbox', { name: /Sources/ }).waitFor();

  log('measuring editor open');
  const openCoded: number[] = [];
  const openPlain: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    openPlain.push(await timeOpen(page, project.plainTitle, false));
    openCoded.push(await timeOpen(page, project.codedTitle, true));
  }

  log('measuring code application');
  const applied = await profiled('apply', 'bench:apply', () => timeApplications(page, url, run));

  log('measuring keystrokes in coded text, then in the same text without codings');
  const coded = await profiled('keys-coded', 'bench:key', () => timeKeys(page));
  await timeOpen(page, project.plainTitle, false);
  const plain = await timeKeys(page);

  const figures = {
    project,
    openMs: median(openCoded),
    openPlainMs: median(openPlain),
    applyMs: median(applied.map((sample) => sample.ms)),
    applyMaxMs: Math.max(...applied.map((sample) => sample.ms)),
    applyCommittedMs: median(applied.map((sample) => sample.committedMs)),
    applyFirstDrawnMs: median(applied.map((sample) => sample.firstDrawnMs)),
    coded,
    plain,
  };
  log(
    `open ${round(figures.openMs)} ms (no codings ${round(figures.openPlainMs)}), apply ${round(figures.applyMs)} ms (committed ${round(figures.applyCommittedMs)}, first drawn ${round(figures.applyFirstDrawnMs)}), keys p50/p95 ${round(coded.p50)}/${round(coded.p95)} ms (no codings ${round(plain.p50)}/${round(plain.p95)})`,
  );
  return figures;
}

function ensureRendererBuilt(root: string, staticDir: string, log: (message: string) => void) {
  if (fs.existsSync(path.join(staticDir, 'index.html'))) return;
  if (path.resolve(staticDir) !== path.join(root, 'dist/renderer')) {
    throw new Error(`editor bench: ${staticDir} holds no renderer build (no index.html)`);
  }
  log('building the renderer (dist/renderer is missing)');
  execFileSync('npx', ['vite', 'build', '-c', 'vite.renderer.config.ts'], {
    cwd: root,
    stdio: 'ignore',
  });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Clicks a source in the list; ms to the first painted frame with its text (and codings). */
async function timeOpen(page: Page, title: string, withStripes: boolean): Promise<number> {
  await page.evaluate(
    `window.__openTimed = window.__editorBench.armOpen(${JSON.stringify(title)}, ${withStripes}); 0`,
  );
  await page
    .getByRole('listbox', { name: /Sources/ })
    .getByRole('option', { name: title })
    .click();
  return withTimeout(page.evaluate<number>('window.__openTimed'), `opening ${title}`);
}

/**
 * Applies a code with Alt+1 to a fresh selection of words in a visible paragraph, APPLY_RUNS
 * times; ms from the key to the painted frame with the new stripe of the committed row (a stripe
 * drawn before the core answered counts only once it shows the committed row). The count of new
 * rows in the store is checked at the end.
 */
async function timeApplications(page: Page, url: string, run: number): Promise<ApplySample[]> {
  const before = await countCodings(url);
  // Each run codes other words with another code: the same code on the same words would be the
  // same coding (no new stripe), and the words a later run picks may meet an earlier run's.
  const first = (run - 1) * (APPLY_RUNS + 1);
  const codeName = `Code ${String((6 + run) % 40).padStart(2, '0')}`;
  // One application through quick-code (untimed) puts a code on Alt+1.
  await selectWords(page, first);
  await page.keyboard.press('Control+e');
  const quickCode = page.getByRole('dialog', { name: 'Quick code' });
  await quickCode.getByRole('combobox', { name: 'Code name' }).fill(codeName);
  // Enter takes the first suggestion: wait until the list has caught up with the typed name.
  await quickCode.getByRole('option').first().filter({ hasText: codeName }).waitFor();
  await page.keyboard.press('Enter');
  await quickCode.waitFor({ state: 'hidden' });

  const times: ApplySample[] = [];
  for (let application = 1; application <= APPLY_RUNS; application++) {
    await selectWords(page, first + application);
    await page.evaluate('window.__applyTimed = window.__editorBench.armApply(); 0');
    await page.keyboard.press('Alt+1');
    times.push(
      await withTimeout(
        page.evaluate<ApplySample>('window.__applyTimed'),
        `applying code ${application}`,
      ),
    );
  }
  const added = (await countCodings(url)) - before;
  if (added !== APPLY_RUNS + 1) {
    throw new Error(`expected ${APPLY_RUNS + 1} new codings after applying, found ${added}`);
  }
  return times;
}

/** Selects 20 characters of the (run mod n)-th paragraph in view, at an offset that varies. */
async function selectWords(page: Page, run: number): Promise<void> {
  await page.evaluate(`(() => {
    const root = document.querySelector('.doc__content');
    const visible = [...root.querySelectorAll('.tp__text')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && el.textContent.length >= 200;
    });
    if (visible.length === 0) throw new Error('no paragraph of 200 characters is fully in view');
    const block = visible[${run} % visible.length];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && node.data.length < 120) node = walker.nextNode();
    if (!node) throw new Error('no text node of 120 characters in the paragraph');
    const from = 4 + ((${run} * 23) % (node.data.length - 40));
    root.focus({ preventScroll: true });
    getSelection().setBaseAndExtent(node, from, node, from + 20);
  })()`);
  // Lexical reads the selection on selectionchange; two frames let it settle.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

/** Types KEYS characters in the middle of the second paragraph in view, one painted key at a time. */
async function timeKeys(page: Page): Promise<KeyFigures> {
  const block = page.locator('.doc__content .tp__text').nth(1);
  // Selecting an applied coding may have scrolled the document (from the second run on).
  await block.scrollIntoViewIfNeeded();
  const box = await block.boundingBox();
  if (!box) throw new Error('the second paragraph is not shown');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate('window.__editorBench.startKeys()');
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length]!);
    await withTimeout(page.evaluate(`window.__editorBench.waitKeys(${i + 1})`), `key ${i + 1}`);
  }
  const { work, events } = await page.evaluate<{ work: KeySample[]; events: KeySample[] }>(
    'window.__editorBench.stopKeys()',
  );
  const steady = work.slice(WARM_UP_KEYS).map((key) => key.ms);
  const cutoff = work[WARM_UP_KEYS - 1]!.start;
  const slowEvents = events.filter((event) => event.start > cutoff).map((event) => event.ms);
  const eventDurations = [
    ...slowEvents,
    ...Array<number>(steady.length - slowEvents.length).fill(0),
  ];
  return {
    p50: percentile(steady, 50),
    p95: percentile(steady, 95),
    warmUpMax: Math.max(...work.slice(0, WARM_UP_KEYS).map((key) => key.ms)),
    eventTimingP95: percentile(eventDurations, 95),
  };
}

async function countCodings(url: string): Promise<number> {
  const address = new URL(url);
  const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
  const response = await fetch(new URL('/api/listCodings', address.origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ arg: {} }),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown[] };
  if (!envelope.ok || !envelope.value) throw new Error('listCodings failed');
  return envelope.value.length;
}

function withTimeout<T>(promise: Promise<T>, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`editor bench: ${step} did not finish in ${STEP_TIMEOUT_MS} ms`)),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
