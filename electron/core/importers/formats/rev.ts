import type { LineReading } from '../line-transcript';
import { continuationLine } from '../line-transcript';
import { tidyLabel } from '../lines';
import { parseClockTime } from '../time';

/**
 * Rev.com export: "Speaker 1 (00:00):" or "Jane Doe (01:02:03):", the text on the same line or
 * the following lines.
 */
const REV_HEADER = /^(\S.{0,59}?)\s*\(((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\)\s*:\s*(.*)$/;

export interface RevHeader {
  speaker: string;
  timeMs: number;
  rest: string;
}

export function matchRevHeader(line: string): RevHeader | null {
  const match = REV_HEADER.exec(line);
  if (!match) return null;
  const speaker = tidyLabel(match[1]!);
  if (!/\p{L}/u.test(speaker)) return null;
  const timeMs = parseClockTime(match[2]!);
  if (timeMs === null) return null;
  return { speaker, timeMs, rest: match[3]!.trim() };
}

export function readRevLine(line: string): LineReading {
  const header = matchRevHeader(line);
  if (!header) return continuationLine(line);
  return {
    header: { speaker: header.speaker, timeMs: header.timeMs, timeIsMarked: true },
    text: header.rest,
    marks: [],
  };
}
