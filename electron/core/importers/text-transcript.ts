import type { TextConvention } from './detect-convention';
import { detectConvention } from './detect-convention';
import { createF4LineReader } from './formats/f4';
import { readOtterLine } from './formats/otter';
import { readPlainLine } from './formats/plain';
import { readRevLine } from './formats/rev';
import { readSpeakerLabelledLine } from './formats/speaker';
import { createTimestampedLineReader } from './formats/timestamped';
import type { LineReader } from './line-transcript';
import { buildFromLines } from './line-transcript';
import type { BuiltTranscript } from './transcript-builder';

export interface TextTranscript {
  convention: TextConvention;
  transcript: BuiltTranscript;
}

function readerFor(convention: TextConvention): LineReader {
  switch (convention) {
    case 'f4':
      return createF4LineReader();
    case 'timestamped':
      return createTimestampedLineReader();
    case 'rev':
      return readRevLine;
    case 'otter':
      return readOtterLine;
    case 'speaker':
      return readSpeakerLabelledLine;
    case 'plain':
      return readPlainLine;
  }
}

/**
 * Reads transcript text (from a text file or a Word document) whatever convention it follows:
 * detects the convention over the document, then builds turns and sync points with it.
 */
export function readTextTranscript(lines: readonly string[]): TextTranscript {
  const convention = detectConvention(lines);
  return { convention, transcript: buildFromLines(lines, readerFor(convention)) };
}
