import { badInput, quoted } from '../errors';
import type { BuiltTranscript } from '../transcript-builder';
import { readCuePayload } from './cue-payload';
import type { Cue } from './cue-turns';
import { buildFromCues } from './cue-turns';
import type { CueTiming } from './cue-timing';
import { isTimingLine, parseCueTiming } from './cue-timing';

const CUE_NUMBER = /^\d+$/;
const SRT_TIMING_EXAMPLE = '"00:00:01,000 --> 00:00:04,000"';

/**
 * SubRip (.srt): blocks of an optional cue number, a timing line and text lines, separated by
 * blank lines. A text-only block right after a cue is taken as that cue's text continuing past
 * a blank line, which some tools write.
 */
export function parseSrt(fileName: string, lines: readonly string[]): BuiltTranscript {
  const timings: CueTiming[] = [];
  /** Payload lines of each cue, aligned with `timings`; a later block may extend the last. */
  const payloads: string[][] = [];
  let index = 0;
  while (index < lines.length) {
    if (lines[index] === '') {
      index++;
      continue;
    }
    const blockStart = index;
    let blockEnd = index;
    while (blockEnd < lines.length && lines[blockEnd] !== '') blockEnd++;
    index = blockEnd;

    let timingIndex = blockStart;
    const first = lines[blockStart]!.replace(/^\uFEFF/, '').trim();
    if (!isTimingLine(first) && CUE_NUMBER.test(first)) timingIndex++;
    const timingLine = timingIndex < blockEnd ? lines[timingIndex]! : '';
    if (!isTimingLine(timingLine)) {
      if (timingIndex === blockStart && payloads.length > 0) {
        const payload = payloads[payloads.length - 1]!;
        for (let line = blockStart; line < blockEnd; line++) payload.push(lines[line]!);
        continue;
      }
      throw badInput(
        fileName,
        `line ${Math.min(timingIndex, blockEnd - 1) + 1}: expected a cue timing such as ${SRT_TIMING_EXAMPLE}.`,
      );
    }
    const timing = parseCueTiming(timingLine);
    if (!timing) {
      throw badInput(
        fileName,
        `line ${timingIndex + 1}: malformed cue timing ${quoted(timingLine)} (expected e.g. ${SRT_TIMING_EXAMPLE}).`,
      );
    }
    timings.push(timing);
    payloads.push(lines.slice(timingIndex + 1, blockEnd));
  }
  if (timings.length === 0) throw badInput(fileName, 'contains no subtitle cues.');
  const cues: Cue[] = timings.map((timing, cueIndex) => ({
    ...timing,
    lines: readCuePayload(payloads[cueIndex]!),
  }));
  return buildFromCues(cues);
}

/** Whether text without a telling extension is SubRip: a cue number, then a timing line. */
export function looksLikeSrt(lines: readonly string[]): boolean {
  const nonEmpty = lines.filter((line) => line !== '').slice(0, 2);
  return (
    nonEmpty.length === 2 &&
    CUE_NUMBER.test(nonEmpty[0]!.trim()) &&
    parseCueTiming(nonEmpty[1]!) !== null
  );
}
