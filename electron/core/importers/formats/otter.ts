import type { LineReading } from '../line-transcript';
import { continuationLine } from '../line-transcript';
import { tidyLabel } from '../lines';
import { parseClockTime } from '../time';

/**
 * Otter.ai text export: a header line "Jane Doe  0:01" (name, two or more spaces, m:ss or
 * h:mm:ss), the turn's text on the following lines, then a blank line.
 */
const OTTER_HEADER = /^(\S.{0,59}?)\s{2,}((?:\d{1,2}:)?\d{1,2}:\d{2})$/;

export interface OtterHeader {
  speaker: string;
  timeMs: number;
}

export function matchOtterHeader(line: string): OtterHeader | null {
  if (line.length > 80) return null;
  const match = OTTER_HEADER.exec(line);
  if (!match) return null;
  const timeMs = parseClockTime(match[2]!);
  if (timeMs === null) return null;
  return { speaker: tidyLabel(match[1]!), timeMs };
}

export function readOtterLine(line: string): LineReading {
  const header = matchOtterHeader(line);
  if (!header) return continuationLine(line);
  return {
    header: { speaker: header.speaker, timeMs: header.timeMs, timeIsMarked: true },
    text: '',
    marks: [],
  };
}
