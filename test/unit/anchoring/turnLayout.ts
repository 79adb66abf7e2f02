/**
 * What speaker turns must look like on their text, for the tests of remapTurns and of the
 * editor's gutter: transcripts built from paragraphs, and checks of the layout rules.
 */
import type { SpeakerTurn } from '../../../shared/domain/types';

/** A transcript: each turn a list of paragraphs; turns and paragraphs joined by '\n'. */
export function transcriptOf(turnParagraphs: readonly (readonly string[])[]): {
  text: string;
  turns: SpeakerTurn[];
} {
  const turns: SpeakerTurn[] = [];
  const parts: string[] = [];
  let start = 0;
  for (const [index, paragraphs] of turnParagraphs.entries()) {
    const text = paragraphs.join('\n');
    turns.push({ start, end: start + text.length, speaker: `S${index}`, timeMs: index * 1000 });
    parts.push(text);
    start += text.length + 1;
  }
  return { text: parts.join('\n'), turns };
}

/** Each turn's text, as "speaker:text", to state expectations readably. */
export function turnTexts(text: string, turns: readonly SpeakerTurn[]): string[] {
  return turns.map((turn) => `${turn.speaker}:${text.slice(turn.start, turn.end)}`);
}

/** Start offsets of the paragraphs of `text`. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The turn holding the start of the paragraph that begins at `start`, or undefined. */
export function ownerOf(turns: readonly SpeakerTurn[], start: number): SpeakerTurn | undefined {
  return turns.find((turn) => turn.start <= start && start <= turn.end);
}

/**
 * Why `turns` break the layout rules on `text`, or null when they keep them: sorted, not
 * overlapping, inside the text; consecutive turns separated by exactly one '\n', or touching
 * inside a joined paragraph (both with text, neither side of the point a paragraph break); an
 * empty turn is a paragraph of its own. With `coversText`, the turns must also cover the whole
 * text, so that every paragraph belongs to exactly one turn.
 */
export function layoutProblem(
  text: string,
  turns: readonly SpeakerTurn[],
  coversText: boolean,
): string | null {
  for (const [index, turn] of turns.entries()) {
    if (!(turn.start >= 0 && turn.start <= turn.end && turn.end <= text.length)) {
      return `turn ${index} [${turn.start}, ${turn.end}) does not fit a text of ${text.length}`;
    }
    const previous = turns[index - 1];
    if (!previous) continue;
    const gap = turn.start - previous.end;
    if (gap === 1 && text[previous.end] === '\n') continue;
    if (gap !== 0) return `turns ${index - 1} and ${index} are not separated by one '\\n'`;
    const point = turn.start;
    const touchesInside =
      previous.start < point &&
      point < turn.end &&
      text[point - 1] !== '\n' &&
      text[point] !== '\n';
    if (!touchesInside) {
      return `turns ${index - 1} and ${index} touch at ${point}, which is not inside a paragraph between their texts`;
    }
  }
  if (!coversText) return null;
  const [first] = turns;
  const last = turns[turns.length - 1];
  if (!first || !last || first.start !== 0 || last.end !== text.length) {
    return 'the turns do not cover the whole text';
  }
  for (const start of paragraphStarts(text)) {
    const owners = turns.filter((turn) => turn.start <= start && start <= turn.end).length;
    if (owners !== 1) return `the paragraph at ${start} belongs to ${owners} turns`;
  }
  return null;
}
