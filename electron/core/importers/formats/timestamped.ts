import type { LineReader, LineReading } from '../line-transcript';
import { continuationLine } from '../line-transcript';
import { matchSpeakerLabel } from '../speaker-label';
import { CLOCK_TIME_SOURCE, parseClockTime } from '../time';

/**
 * "[00:01:02] Speaker: text", also "[01:02]", "[0:01:02.500]", "(00:01:02)" and a bare
 * "00:01:02 Speaker: text". The label is optional; a dash or bar after the time is tolerated
 * ("[00:01:02] - Anna: ..."). Lines without a timestamp continue the previous turn.
 */
const TIMESTAMP_HEADER = new RegExp(
  String.raw`^(?:\[(${CLOCK_TIME_SOURCE})\]|\((${CLOCK_TIME_SOURCE})\)|(${CLOCK_TIME_SOURCE})(?=\s|$))\s*(?:[-–—|]\s+)?(.*)$`,
);

export interface TimestampHeader {
  timeMs: number;
  speaker: string | null;
  rest: string;
}

export function matchTimestampHeader(line: string): TimestampHeader | null {
  const match = TIMESTAMP_HEADER.exec(line);
  if (!match) return null;
  const timeMs = parseClockTime(match[1] ?? match[2] ?? match[3]!);
  if (timeMs === null) return null;
  const afterTime = match[4]!.trim();
  const label = matchSpeakerLabel(afterTime);
  return label
    ? { timeMs, speaker: label.speaker, rest: label.rest }
    : { timeMs, speaker: null, rest: afterTime };
}

/**
 * A reader for one timestamped document. Some tools put the timestamp on a line of its own and
 * the "Speaker: text" on the next; that label then belongs to the timestamp's turn.
 */
export function createTimestampedLineReader(): LineReader {
  let bareTimeMs: number | null = null;
  return (line: string): LineReading => {
    const header = matchTimestampHeader(line);
    const timeBefore = bareTimeMs;
    bareTimeMs = header && header.speaker === null && header.rest === '' ? header.timeMs : null;
    if (header) {
      return {
        header: { speaker: header.speaker, timeMs: header.timeMs, timeIsMarked: true },
        text: header.rest,
        marks: [],
      };
    }
    const label = timeBefore === null ? null : matchSpeakerLabel(line);
    if (label) {
      return {
        header: { speaker: label.speaker, timeMs: timeBefore, timeIsMarked: true },
        text: label.rest,
        marks: [],
      };
    }
    return continuationLine(line);
  };
}
