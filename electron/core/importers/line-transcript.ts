import { hasBlankLineBetweenText } from './lines';
import type { BuiltTranscript, InlineMark } from './transcript-builder';
import { TranscriptBuilder } from './transcript-builder';

/** What a line opens: a new turn with this speaker and time. */
export interface TurnHeader {
  speaker: string | null;
  timeMs: number | null;
  /** Whether the time is written at the turn's start (and so becomes a sync point there). */
  timeIsMarked: boolean;
}

/** One non-empty line as a format reads it: an optional header, then the line's own text. */
export interface LineReading {
  header: TurnHeader | null;
  /** The text the line contributes, with labels, timestamps and marks removed. */
  text: string;
  /** Media times at offsets into `text`. */
  marks: InlineMark[];
}

export type LineReader = (line: string) => LineReading;

/**
 * Builds a transcript from line-oriented text, the shape shared by plain text, timestamped,
 * speaker-labelled, Otter, Rev and f4 transcripts. The format only says what each line is;
 * how lines group into turns is decided here, once:
 *
 * - a header line opens a turn;
 * - a line without a header continues the open turn if a header opened it (a turn may span
 *   several lines and paragraphs);
 * - otherwise it starts a new unlabelled turn at each paragraph (blank-line separated), or at
 *   each line when the document has no blank lines at all.
 */
export function buildFromLines(lines: readonly string[], read: LineReader): BuiltTranscript {
  const builder = new TranscriptBuilder();
  const everyLineIsParagraph = !hasBlankLineBetweenText(lines);
  let afterBlank = true;
  for (const line of lines) {
    if (line === '') {
      afterBlank = true;
      continue;
    }
    const reading = read(line);
    if (reading.header) {
      const { speaker, timeMs, timeIsMarked } = reading.header;
      builder.startTurn(speaker, timeMs, { timeIsMarked, fromHeader: true });
    } else if (
      !builder.hasOpenTurn ||
      (!builder.currentFromHeader && (afterBlank || everyLineIsParagraph))
    ) {
      builder.startTurn(null, null, { timeIsMarked: false, fromHeader: false });
    }
    builder.appendText(reading.text, reading.marks);
    afterBlank = false;
  }
  return builder.finish();
}

/** A line that opens nothing: it contributes its text, trimmed. */
export function continuationLine(line: string): LineReading {
  return { header: null, text: line.trim(), marks: [] };
}
