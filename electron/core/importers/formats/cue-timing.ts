import { clockToMs } from '../time';

export interface CueTiming {
  startMs: number;
  endMs: number;
}

/** "00:01:02,345" (SRT) or "00:01:02.345" / "01:02.345" (WebVTT); the fraction may be missing. */
const CUE_TIME = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[,.](\d{1,3}))?$/;

function parseCueTime(value: string): number | null {
  const match = CUE_TIME.exec(value);
  if (!match) return null;
  const hours = match[1];
  return clockToMs(
    hours === undefined ? 0 : Number(hours),
    Number(match[2]),
    Number(match[3]),
    match[4],
    hours !== undefined,
  );
}

/**
 * Reads "start --> end [settings]". Returns null when the line is a timing line that does not
 * parse; callers report it with its line number.
 */
export function parseCueTiming(line: string): CueTiming | null {
  const sides = line.split('-->');
  if (sides.length !== 2) return null;
  const start = parseCueTime(sides[0]!.trim());
  const end = parseCueTime(sides[1]!.trim().split(/\s+/)[0] ?? '');
  if (start === null || end === null) return null;
  return { startMs: start, endMs: end };
}

export function isTimingLine(line: string): boolean {
  return line.includes('-->');
}
