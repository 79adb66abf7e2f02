import type { LineReader, LineReading } from '../line-transcript';
import { matchSpeakerLabel } from '../speaker-label';
import { clockToMs } from '../time';
import type { InlineMark } from '../transcript-builder';

/**
 * f4/f5 and MAXQDA transcripts: time marks "#00:01:23-4#" (hh:mm:ss-tenths), or "#00:01:23#",
 * usually at the end of a paragraph, and speaker labels ("I:", "B:", "Name:") at its start.
 * The marks leave the text and become sync points where they stood.
 */
const F4_MARK = /#(\d{1,2}):(\d{2}):(\d{2})(?:[-.,](\d{1,3}))?#/g;
const F4_MARK_TEST = /#\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?#/;

export function hasF4Mark(line: string): boolean {
  return F4_MARK_TEST.test(line);
}

interface MarkedText {
  text: string;
  marks: InlineMark[];
}

/** Removes the marks from a line, recording where each stood in the remaining (trimmed) text. */
export function extractF4Marks(line: string): MarkedText {
  let clean = '';
  let last = 0;
  const marks: InlineMark[] = [];
  for (const match of line.matchAll(F4_MARK)) {
    const timeMs = clockToMs(Number(match[1]), Number(match[2]), Number(match[3]), match[4], true);
    if (timeMs === null) continue; // "#99:99:99#" is not a mark; it stays in the text.
    clean += line.slice(last, match.index);
    marks.push({ offset: clean.trimEnd().length, timeMs });
    last = match.index + match[0].length;
    // "word #mark# word" must not leave a double space behind.
    if (clean === '' || /\s$/.test(clean)) {
      while (last < line.length && /\s/.test(line[last]!)) last++;
    }
  }
  if (marks.length === 0) return { text: line.trim(), marks };
  clean += line.slice(last);
  const text = clean.trim();
  const leading = clean.length - clean.trimStart().length;
  return { text, marks: marks.map((mark) => shiftMark(mark, -leading, text.length)) };
}

function shiftMark(mark: InlineMark, by: number, length: number): InlineMark {
  return { offset: Math.min(Math.max(mark.offset + by, 0), length), timeMs: mark.timeMs };
}

/**
 * A reader for one f4 document. A labelled paragraph opens a turn whose time is the mark at its
 * start or, as f4 puts marks at paragraph ends, the last mark before it.
 */
export function createF4LineReader(): LineReader {
  let lastMarkTime: number | null = null;
  return (line: string): LineReading => {
    const { text, marks } = extractF4Marks(line);
    const label = matchSpeakerLabel(text);
    const timeBefore = lastMarkTime;
    if (marks.length > 0) lastMarkTime = marks[marks.length - 1]!.timeMs;
    if (!label) return { header: null, text, marks };
    const labelLength = text.length - label.rest.length;
    const startMark = marks.find((mark) => mark.offset === 0);
    return {
      header: {
        speaker: label.speaker,
        timeMs: startMark ? startMark.timeMs : timeBefore,
        timeIsMarked: false,
      },
      text: label.rest,
      marks: marks.map((mark) => shiftMark(mark, -labelLength, label.rest.length)),
    };
  };
}
