import { tidyLabel } from './lines';

/**
 * A speaker label at the start of a line: "Interviewer: ...", "B: ...", "Speaker 2: ...",
 * "Dr. Amal Haddad: ...". Labels start with a letter, stay short (at most five words and 40
 * characters) and end with a colon followed by a space or the end of the line, which keeps
 * times ("10:30"), URLs ("https://") and most prose out.
 *
 * The character class excludes ':' so the match stops at the first colon; with the length bound
 * the regex cannot backtrack far on long lines.
 */
const SPEAKER_LABEL = /^(\p{L}[\p{L}\p{M}\p{N}'’.\-_ ()]{0,39}?)\s*:(?:\s+|$)/u;
const MAX_LABEL_WORDS = 5;

export interface LabelMatch {
  speaker: string;
  /** The rest of the line after the label, trimmed. */
  rest: string;
}

export function matchSpeakerLabel(line: string): LabelMatch | null {
  const match = SPEAKER_LABEL.exec(line);
  if (!match) return null;
  const speaker = tidyLabel(match[1]!);
  if (speaker.split(' ').length > MAX_LABEL_WORDS) return null;
  return { speaker, rest: line.slice(match[0].length).trim() };
}

/**
 * "[Speaker] text", the other way subtitles mark who speaks. The bracket must hold a short name,
 * not a sound description in capitals ("[MUSIC]", "[LAUGHS] Yes."), and text must follow it;
 * such descriptions stay in the text.
 */
const BRACKETED_SPEAKER = /^\[(\p{L}[^\]\n]{0,39})\]\s*(.*)$/u;

export function matchBracketedSpeaker(line: string): LabelMatch | null {
  const match = BRACKETED_SPEAKER.exec(line);
  if (!match) return null;
  const speaker = tidyLabel(match[1]!);
  if (speaker.split(' ').length > MAX_LABEL_WORDS) return null;
  const rest = match[2]!.trim();
  if (rest === '') return null;
  if (speaker === speaker.toUpperCase() && speaker !== speaker.toLowerCase()) return null;
  return { speaker, rest };
}
