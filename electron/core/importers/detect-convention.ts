import { hasF4Mark } from './formats/f4';
import { matchOtterHeader } from './formats/otter';
import { matchRevHeader } from './formats/rev';
import { matchTimestampHeader } from './formats/timestamped';
import { matchSpeakerLabel } from './speaker-label';

/** The transcript conventions a text (or a Word document's text) may follow. */
export type TextConvention = 'f4' | 'timestamped' | 'rev' | 'otter' | 'speaker' | 'plain';

/** Detection looks at the beginning of the document; this is plenty and keeps huge files fast. */
const SAMPLE_LINES = 5000;

interface Candidate {
  convention: Exclude<TextConvention, 'plain'>;
  /** Minimum share of paragraphs (or of lines) that must show the convention. */
  threshold: number;
  matches(line: string): boolean;
  /** f4 marks sit at the end of a paragraph, so any line of it counts, not just the first. */
  anyLineOfParagraph?: boolean;
}

/**
 * In order of precedence. Timestamps and marks are unambiguous, so half the paragraphs suffice;
 * f4 marks may be set only every few paragraphs. Bare "Name:" labels also occur in prose, so they
 * need a clear majority and labels that repeat (see `labelsRepeat`).
 */
const CANDIDATES: readonly Candidate[] = [
  { convention: 'f4', threshold: 0.3, matches: hasF4Mark, anyLineOfParagraph: true },
  { convention: 'timestamped', threshold: 0.5, matches: (line) => !!matchTimestampHeader(line) },
  { convention: 'rev', threshold: 0.5, matches: (line) => !!matchRevHeader(line) },
  { convention: 'otter', threshold: 0.5, matches: (line) => !!matchOtterHeader(line) },
  { convention: 'speaker', threshold: 0.6, matches: (line) => !!matchSpeakerLabel(line) },
];

/**
 * Decides which convention a document follows, by scoring each candidate over the paragraphs:
 * the share of paragraphs whose first line shows it, or the share of all lines (for documents
 * that put one turn per line, with or without blank lines). The first candidate in precedence
 * order that clears its threshold wins; a document that fits none is plain text.
 */
export function detectConvention(lines: readonly string[]): TextConvention {
  const paragraphs = sampleParagraphs(lines);
  const lineCount = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (lineCount === 0) return 'plain';
  for (const candidate of CANDIDATES) {
    let matchingLines = 0;
    let matchingParagraphs = 0;
    for (const paragraph of paragraphs) {
      let firstMatches = false;
      let anyMatches = false;
      paragraph.forEach((line, index) => {
        if (!candidate.matches(line)) return;
        matchingLines++;
        anyMatches = true;
        if (index === 0) firstMatches = true;
      });
      if (candidate.anyLineOfParagraph ? anyMatches : firstMatches) matchingParagraphs++;
    }
    const score = Math.max(matchingLines / lineCount, matchingParagraphs / paragraphs.length);
    if (score < candidate.threshold) continue;
    if (candidate.convention === 'speaker' && !labelsRepeat(paragraphs)) continue;
    return candidate.convention;
  }
  return 'plain';
}

/**
 * Speaker labels name a few people many times; colons in prose ("Note: ...", "Update: ...")
 * introduce a different word each time.
 */
function labelsRepeat(paragraphs: readonly string[][]): boolean {
  const counts = new Map<string, number>();
  let total = 0;
  for (const paragraph of paragraphs) {
    for (const line of paragraph) {
      const label = matchSpeakerLabel(line);
      if (!label) continue;
      const key = label.speaker.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total++;
    }
  }
  return counts.size <= Math.max(2, Math.ceil(total / 3));
}

/** The first SAMPLE_LINES non-empty lines, grouped into blank-line separated paragraphs. */
function sampleParagraphs(lines: readonly string[]): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] | null = null;
  let taken = 0;
  for (const line of lines) {
    if (line === '') {
      current = null;
      continue;
    }
    if (taken >= SAMPLE_LINES) break;
    if (current === null) {
      current = [];
      paragraphs.push(current);
    }
    current.push(line);
    taken++;
  }
  return paragraphs;
}
