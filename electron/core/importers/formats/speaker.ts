import type { LineReading } from '../line-transcript';
import { continuationLine } from '../line-transcript';
import { matchSpeakerLabel } from '../speaker-label';

/** "Speaker: text" without timestamps; lines without a label continue the previous turn. */
export function readSpeakerLabelledLine(line: string): LineReading {
  const label = matchSpeakerLabel(line);
  if (!label) return continuationLine(line);
  return {
    header: { speaker: label.speaker, timeMs: null, timeIsMarked: false },
    text: label.rest,
    marks: [],
  };
}
