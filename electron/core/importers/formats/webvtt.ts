import { badInput, quoted } from '../errors';
import type { BuiltTranscript } from '../transcript-builder';
import { readCuePayload } from './cue-payload';
import type { Cue } from './cue-turns';
import { buildFromCues } from './cue-turns';
import { isTimingLine, parseCueTiming } from './cue-timing';

const HEADER = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
const SKIPPED_BLOCK = /^(?:NOTE(?:[ \t].*)?|STYLE[ \t]*|REGION[ \t]*)$/;
const VTT_TIMING_EXAMPLE = '"00:00:01.000 --> 00:00:04.000"';

export function looksLikeWebVtt(lines: readonly string[]): boolean {
  return lines.length > 0 && HEADER.test(lines[0]!);
}

/**
 * WebVTT (.vtt): a "WEBVTT" header block, then cues (optional identifier line, timing line with
 * optional settings, payload lines). NOTE, STYLE and REGION blocks carry no transcript text.
 */
export function parseWebVtt(fileName: string, lines: readonly string[]): BuiltTranscript {
  if (!looksLikeWebVtt(lines)) {
    throw badInput(fileName, 'line 1: a WebVTT file must start with "WEBVTT".');
  }
  let index = 0;
  while (index < lines.length && lines[index] !== '') index++; // header block

  const cues: Cue[] = [];
  while (index < lines.length) {
    if (lines[index] === '') {
      index++;
      continue;
    }
    const blockStart = index;
    let blockEnd = index;
    while (blockEnd < lines.length && lines[blockEnd] !== '') blockEnd++;
    index = blockEnd;

    if (SKIPPED_BLOCK.test(lines[blockStart]!)) continue;
    const timingIndex = isTimingLine(lines[blockStart]!) ? blockStart : blockStart + 1;
    const timingLine = timingIndex < blockEnd ? lines[timingIndex]! : '';
    if (!isTimingLine(timingLine)) {
      throw badInput(
        fileName,
        `line ${Math.min(timingIndex, blockEnd - 1) + 1}: expected a cue timing such as ${VTT_TIMING_EXAMPLE}.`,
      );
    }
    const timing = parseCueTiming(timingLine);
    if (!timing) {
      throw badInput(
        fileName,
        `line ${timingIndex + 1}: malformed cue timing ${quoted(timingLine)} (expected e.g. ${VTT_TIMING_EXAMPLE}).`,
      );
    }
    cues.push({ ...timing, lines: readCuePayload(lines.slice(timingIndex + 1, blockEnd)) });
  }
  if (cues.length === 0) throw badInput(fileName, 'contains no subtitle cues.');
  return buildFromCues(cues);
}
