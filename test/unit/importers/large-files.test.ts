import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../electron/core/importers';
import { countWords } from '../../../shared/text/words';
import { utf8 } from './helpers';

const PARAGRAPH =
  'We talked about the night shifts again, and about how the new rota doesn’t leave ' +
  'time for handovers. She said it was well-intentioned but unworkable in practice.';
const WORDS_PER_PARAGRAPH = countWords(PARAGRAPH);

describe('large files', () => {
  it('parses a 50 MB plain text linearly and counts its words', async () => {
    const paragraphs = Math.ceil((50 * 1024 * 1024) / (PARAGRAPH.length + 2));
    const data = utf8(Array.from({ length: paragraphs }, () => PARAGRAPH).join('\r\n\r\n'));
    expect(data.byteLength).toBeGreaterThan(50 * 1024 * 1024);

    // Quadratic behaviour would not finish within the test timeout; speed itself is the bench's.
    const parsed = await parseSourceFile('huge-notes.txt', data);

    expect(parsed.format).toBe('plain');
    expect(parsed.turns).toHaveLength(paragraphs);
    expect(parsed.text.length).toBe(paragraphs * (PARAGRAPH.length + 1) - 1);
    expect(parsed.turns[paragraphs - 1]).toEqual({
      start: parsed.text.length - PARAGRAPH.length,
      end: parsed.text.length,
      speaker: null,
      timeMs: null,
    });
    expect(countWords(parsed.text)).toBe(paragraphs * WORDS_PER_PARAGRAPH);
  });

  it('parses a long timestamped transcript in one pass', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 200_000; index++) {
      const seconds = index;
      const clock = `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
      lines.push(`[${clock}] ${index % 2 ? 'Respondent' : 'Interviewer'}: ${PARAGRAPH}`);
    }
    const parsed = await parseSourceFile('long.txt', utf8(lines.join('\n')));
    expect(parsed.format).toBe('timestamped');
    expect(parsed.turns).toHaveLength(200_000);
    expect(parsed.syncPoints[199_999]).toEqual({
      offset: parsed.turns[199_999]!.start,
      timeMs: 199_999 * 1000,
    });
  });

  it('does not backtrack on pathological lines', async () => {
    const nasty = [
      'a'.repeat(200_000) + ':',
      ' '.repeat(200_000) + 'x  1:00',
      'Name' + ' '.repeat(100_000) + '(0:00',
      '[' + '0:'.repeat(100_000),
      '#' + '00:'.repeat(100_000) + '#',
    ].join('\n\n');
    // Catastrophic backtracking would not finish within the test timeout.
    const parsed = await parseSourceFile('nasty.txt', utf8(nasty));
    expect(parsed.format).toBe('plain');
  });
});
