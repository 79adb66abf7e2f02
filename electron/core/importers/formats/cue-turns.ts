import { matchBracketedSpeaker, matchSpeakerLabel } from '../speaker-label';
import type { BuiltTranscript } from '../transcript-builder';
import { TranscriptBuilder } from '../transcript-builder';
import type { CueLine } from './cue-payload';

export interface Cue {
  startMs: number;
  endMs: number;
  lines: CueLine[];
}

/** A silence this long between anonymous cues starts a new turn. */
const ANONYMOUS_PAUSE_MS = 2000;
/** An anonymous turn this long ends at the next sentence end, to keep paragraphs readable. */
const ANONYMOUS_TURN_CHARS = 500;
const SENTENCE_END = /[.!?…]["'’”)\]]*$/;

interface SpokenLine {
  /** undefined: the line does not say, so the previous speaker goes on. */
  speaker: string | undefined;
  /** The text without the speaker label. */
  text: string;
  /** The line as written, label included. */
  original: string;
  /** Whether a WebVTT voice tag named the speaker (always trusted, unlike a "Name:" label). */
  fromVoice: boolean;
}

/**
 * Builds turns from subtitle cues. Speakers come from WebVTT voices, else from "Name:" or
 * "[Name]" at a line's start; a line without either continues the previous speaker, as subtitles
 * name a speaker only when it changes. Consecutive cues of one speaker merge into one turn,
 * joined by spaces (cue line breaks are layout, not meaning), and every cue start is a sync
 * point. Without any speakers, cues merge into paragraphs broken at pauses and sentence ends.
 */
export function buildFromCues(cues: readonly Cue[]): BuiltTranscript {
  const spoken = cues.map((cue) => cue.lines.map(readSpeaker));
  const acceptedLabels = labelsToAccept(spoken);
  const builder = new TranscriptBuilder();
  let speaker: string | null = null;
  let previousEndMs = -Infinity;
  let lastText = '';

  cues.forEach((cue, cueIndex) => {
    let firstLine = true;
    for (const line of spoken[cueIndex]!) {
      let text = line.text;
      let lineSpeaker = line.speaker;
      if (
        lineSpeaker !== undefined &&
        !line.fromVoice &&
        !acceptedLabels.has(lineSpeaker.toLowerCase())
      ) {
        // A one-off "Word:" in a file that otherwise names nobody is text, not a speaker.
        text = line.original;
        lineSpeaker = undefined;
      }
      const next = lineSpeaker === undefined ? speaker : lineSpeaker;
      const anonymousBreak =
        next === null &&
        firstLine &&
        (cue.startMs - previousEndMs >= ANONYMOUS_PAUSE_MS ||
          (builder.currentTurnLength >= ANONYMOUS_TURN_CHARS && SENTENCE_END.test(lastText)));
      if (!builder.hasOpenTurn || !sameSpeaker(next, speaker) || anonymousBreak) {
        builder.startTurn(next, cue.startMs, { timeIsMarked: false, fromHeader: true });
        speaker = next;
      }
      builder.appendText(text, firstLine ? [{ offset: 0, timeMs: cue.startMs }] : [], ' ');
      lastText = text;
      firstLine = false;
    }
    previousEndMs = Math.max(previousEndMs, cue.endMs);
  });
  return builder.finish();
}

/** Speaker names compare without case: "MIRA:" and "[Mira]" name one person. */
function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && a.toLowerCase() === b.toLowerCase());
}

function readSpeaker(line: CueLine): SpokenLine {
  const original = line.text;
  if (line.voice !== null) {
    return { speaker: line.voice, text: line.text, original, fromVoice: true };
  }
  const label = matchSpeakerLabel(line.text) ?? matchBracketedSpeaker(line.text);
  if (label && label.rest !== '') {
    return { speaker: label.speaker, text: label.rest, original, fromVoice: false };
  }
  return { speaker: undefined, text: line.text, original, fromVoice: false };
}

/**
 * "Name:" labels (in lower case) that name speakers: a label that recurs, or any label when
 * the file names speakers elsewhere too (by a recurring label or a voice tag).
 */
function labelsToAccept(spoken: readonly SpokenLine[][]): Set<string> {
  const counts = new Map<string, number>();
  let hasVoices = false;
  for (const cueLines of spoken) {
    for (const line of cueLines) {
      if (line.fromVoice) hasVoices = true;
      else if (line.speaker !== undefined) {
        const key = line.speaker.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const fileNamesSpeakers = hasVoices || [...counts.values()].some((count) => count >= 2);
  return new Set(
    [...counts.entries()]
      .filter(([, count]) => fileNamesSpeakers || count >= 2)
      .map(([name]) => name),
  );
}
