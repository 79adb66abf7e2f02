/**
 * The text of a subtitle cue: markup removed, entities decoded, voices and speaker labels
 * separated out.
 */

/** One line of cue text with the voice a WebVTT `<v Name>` tag gave it, if any. */
export interface CueLine {
  voice: string | null;
  text: string;
}

const TAG = /<([^<>]*)>/g;
const VOICE_TAG = /^v(?:\.[^\s]*)?\s+(.+)$/;
/** SubStation-style overrides that some SRT files carry, e.g. "{\an8}". */
const ASS_OVERRIDE = /\{\\[^{}]*\}/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp|lrm|rlm));/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

/**
 * Splits a cue's payload lines into lines of plain text with their voice. Tags (<i>, <b>, <c.x>,
 * <00:00:01.000>, <font ...>) are dropped; a voice tag applies until `</v>` or the cue's end.
 */
export function readCuePayload(payloadLines: readonly string[]): CueLine[] {
  const payload = payloadLines.join('\n').replace(ASS_OVERRIDE, '');
  const chunks: { voice: string | null; text: string }[] = [];
  let voice: string | null = null;
  let last = 0;
  for (const match of payload.matchAll(TAG)) {
    chunks.push({ voice, text: payload.slice(last, match.index) });
    last = match.index + match[0].length;
    const inner = match[1]!.trim();
    const voiceMatch = VOICE_TAG.exec(inner);
    if (voiceMatch) voice = voiceMatch[1]!.replace(/\s+/g, ' ').trim();
    else if (inner === '/v') voice = null;
  }
  chunks.push({ voice, text: payload.slice(last) });

  // Re-cut the chunks at line breaks: a line may hold several voices, a voice several lines.
  const lines: CueLine[] = [];
  let lineOpen = false;
  for (const chunk of chunks) {
    chunk.text.split('\n').forEach((piece, index) => {
      if (index > 0) lineOpen = false;
      const text = decodeEntities(piece);
      const previous = lines[lines.length - 1];
      if (lineOpen && previous && previous.voice === chunk.voice) {
        previous.text += text;
      } else {
        lines.push({ voice: chunk.voice, text });
        lineOpen = true;
      }
    });
  }
  return lines
    .map((line) => ({ voice: line.voice, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}
