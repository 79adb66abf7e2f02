import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

/** A Chrome CPU profile as the DevTools protocol returns it (the parts summarised here). */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Records a CPU profile of the page's main thread around one bench step, written to `dir` as
 * `<name>.cpuprofile` (open it in Chrome DevTools) and summarised as the functions with the most
 * self time. Use an unminified renderer build (vite build --minify false) for readable names.
 */
export async function profileStep<T>(
  page: Page,
  dir: string,
  name: string,
  step: () => Promise<T>,
): Promise<{ result: T; summary: string }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  const stop = async (): Promise<CpuProfile> => {
    const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    await session.detach();
    return profile;
  };
  let result: T;
  try {
    result = await step();
  } catch (error) {
    await stop();
    throw error;
  }
  const profile = await stop();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return { result, summary: summarise(name, profile) };
}

/** Self time per function (and the program/GC/idle buckets), largest first. */
function summarise(name: string, profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const frame = node.callFrame;
    const file = frame.url ? path.basename(frame.url.split('?')[0]!) : '';
    const label = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    selfMs.set(label, (selfMs.get(label) ?? 0) + ms);
    if (frame.functionName !== '(idle)') total += ms;
  });
  const rows = [...selfMs]
    .filter(([label]) => !label.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([label, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${label}`);
  return [`profile ${name}: ${total.toFixed(0)} ms busy (self time, top ${top})`, ...rows].join(
    '\n',
  );
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/**
 * Records a Chromium trace around one bench step and sums, per kind of main-thread work
 * (script, style, layout, paint...), the time spent inside the windows the page probe marks
 * with performance.measure(`window`): only the timed part of the step, not the bench's own setup.
 * The trace is written to `dir` as `<name>.trace.json` (open it in the DevTools Performance panel).
 */
export async function traceStep<T>(
  page: Page,
  dir: string,
  name: string,
  window: string,
  step: () => Promise<T>,
): Promise<{ result: T; summary: string }> {
  const browser = page.context().browser();
  if (!browser) throw new Error('editor bench: tracing needs a launched browser');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.trace.json`);
  await browser.startTracing(page, { path: file, categories: TRACE_CATEGORIES });
  let result: T;
  try {
    result = await step();
  } finally {
    await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    traceEvents: TraceEvent[];
  };
  return { result, summary: summariseTrace(name, window, traceEvents) };
}

/** Top-level work on the renderer's main thread inside the marked windows, by event name. */
function summariseTrace(name: string, window: string, events: readonly TraceEvent[]): string {
  const main = events.find(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (!main) return `trace ${name}: no renderer main thread in the trace`;
  const starts = new Map<string, number>();
  const windows: Array<[number, number]> = [];
  for (const event of events) {
    if (event.cat !== 'blink.user_timing' || event.name !== window) continue;
    const id = `${event.pid}:${(event as { id?: string }).id ?? ''}`;
    if (event.ph === 'b') starts.set(id, event.ts);
    else if (event.ph === 'e' && starts.has(id)) windows.push([starts.get(id)!, event.ts]);
  }
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  // Only outermost events: nested ones are part of their parent's time.
  const byName = new Map<string, number>();
  let end = -Infinity;
  let total = 0;
  for (const event of onMain) {
    if (event.ts < end) continue;
    end = event.ts + event.dur!;
    const inside = windows.reduce(
      (sum, [from, to]) => sum + Math.max(0, Math.min(to, end) - Math.max(from, event.ts)),
      0,
    );
    if (inside <= 0) continue;
    byName.set(event.name, (byName.get(event.name) ?? 0) + inside / 1000);
    total += inside / 1000;
  }
  const windowMs = windows.reduce((sum, [from, to]) => sum + (to - from), 0) / 1000;
  const per = (ms: number) => (windows.length ? ms / windows.length : 0).toFixed(2);
  const rows = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([event, ms]) => `  ${per(ms).padStart(8)} ms  ${event}`);
  return [
    `trace ${name}: ${windows.length} windows of ${per(windowMs)} ms on average, ${per(total)} ms of main-thread work each:`,
    ...rows,
  ].join('\n');
}
