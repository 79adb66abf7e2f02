import { describe, expect, it } from 'vitest';
import { DEMO_PARTICIPANTS_CSV } from '../../../electron/core/demo/participants';
import { DEMO_SOURCES } from '../../../electron/core/demo/sources';
import type { DemoSourceFile } from '../../../electron/core/demo/demo-types';
import { countWords } from '../../../shared/text/words';

const HEADER = 'Pseudonym,Job title,Site,Sector,Wave,Years in role,Interview date';

function rosterRows(): string[][] {
  const [header, ...rows] = DEMO_PARTICIPANTS_CSV.trim().split('\n');
  expect(header).toBe(HEADER);
  return rows.map((row) => row.split(','));
}

const roster = rosterRows();
const pseudonyms = roster.map((row) => row[0]!);
const interviews = DEMO_SOURCES.filter((file) => file.kind === 'interview');

interface TimedTurn {
  seconds: number;
  speaker: string | null;
}

const clock = (h: string, m: string, s: string) => Number(h) * 3600 + Number(m) * 60 + Number(s);

/**
 * Reads the time marks (and the speaker they belong to) of a transcript in any of the formats the
 * demo uses. The importers are tested elsewhere; this only guards the hand-written demo content.
 */
function timedTurns(content: string): TimedTurn[] {
  const read = (pattern: RegExp, toTurn: (m: RegExpMatchArray) => TimedTurn) =>
    [...content.matchAll(pattern)].map(toTurn);
  if (content.startsWith('WEBVTT')) {
    return read(/^(\d\d):(\d\d):(\d\d)\.\d{3} --> .*\n<v ([^>]+)>/gm, (m) => ({
      seconds: clock(m[1]!, m[2]!, m[3]!),
      speaker: m[4]!,
    }));
  }
  if (/^\[\d\d:\d\d:\d\d\] /.test(content)) {
    return read(/^\[(\d\d):(\d\d):(\d\d)\] ([^:\n]+):/gm, (m) => ({
      seconds: clock(m[1]!, m[2]!, m[3]!),
      speaker: m[4]!,
    }));
  }
  if (/ #\d\d:\d\d:\d\d-\d#$/m.test(content)) {
    return read(/^([^:\n]+): [^\n]* #(\d\d):(\d\d):(\d\d)-\d#$/gm, (m) => ({
      seconds: clock(m[2]!, m[3]!, m[4]!),
      speaker: m[1]!,
    }));
  }
  if (/^\S.* \(\d\d:\d\d:\d\d\):$/m.test(content)) {
    return read(/^(\S.*) \((\d\d):(\d\d):(\d\d)\):$/gm, (m) => ({
      seconds: clock(m[2]!, m[3]!, m[4]!),
      speaker: m[1]!,
    }));
  }
  // Otter: "Speaker  m:ss" or "Speaker  h:mm:ss".
  return read(/^(\S.*?) {2}(?:(\d{1,2}):)?(\d{1,2}):(\d\d)$/gm, (m) => ({
    seconds: clock(m[2] ?? '0', m[3]!, m[4]!),
    speaker: m[1]!,
  }));
}

describe('demo participants table', () => {
  it('lists fourteen participants with every attribute filled and unique pseudonyms', () => {
    expect(roster).toHaveLength(14);
    for (const row of roster) {
      expect(row).toHaveLength(7);
      expect(row.every((cell) => cell.trim().length > 0)).toBe(true);
    }
    expect(new Set(pseudonyms).size).toBe(14);
  });

  it('writes numbers and ISO dates so the import infers their types', () => {
    for (const row of roster) {
      expect(row[4]).toMatch(/^[12]$/);
      expect(row[5]).toMatch(/^\d+$/);
      expect(row[6]).toMatch(/^2022-\d\d-\d\d$/);
    }
  });
});

describe('demo sources', () => {
  it('has one interview for each of the first thirteen participants and field notes for Harold', () => {
    expect(DEMO_SOURCES).toHaveLength(14);
    for (const pseudonym of pseudonyms.slice(0, 13)) {
      const own = DEMO_SOURCES.filter((file) => file.participant === pseudonym);
      expect(
        own.map((file) => file.kind),
        pseudonym,
      ).toEqual(['interview']);
    }
    const harold = DEMO_SOURCES.filter((file) => file.participant === 'Harold');
    expect(harold.map((file) => file.kind)).toEqual(['field_notes']);
  });

  it('names only participants of the table, in table order', () => {
    expect(DEMO_SOURCES.map((file) => file.participant)).toEqual(pseudonyms);
  });

  it('uses unique file names', () => {
    const names = DEMO_SOURCES.map((file) => file.fileName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('contains no placeholder text', () => {
    for (const file of DEMO_SOURCES) {
      expect(file.content, file.fileName).not.toMatch(/placeholder|lorem ipsum|\bTODO\b|TBD/i);
    }
  });

  it('gives the field notes real substance', () => {
    for (const file of DEMO_SOURCES.filter((source) => source.kind === 'field_notes')) {
      expect(countWords(file.content), file.fileName).toBeGreaterThanOrEqual(400);
    }
  });
});

describe.each(interviews.map((file): [string, DemoSourceFile] => [file.fileName, file]))(
  '%s',
  (_name, file) => {
    const turns = timedTurns(file.content);

    it('is a full interview of at least 1,500 words', () => {
      expect(countWords(file.content)).toBeGreaterThanOrEqual(1500);
    });

    it('marks a time on every turn, in increasing order, over 30 to 45 minutes', () => {
      expect(turns.length).toBeGreaterThanOrEqual(20);
      const paragraphs = file.content.trim().split(/\n\s*\n/);
      // WebVTT starts with its header block; every other paragraph is one timed turn.
      const header = file.content.startsWith('WEBVTT') ? 1 : 0;
      expect(turns).toHaveLength(paragraphs.length - header);
      for (let i = 1; i < turns.length; i++) {
        expect(turns[i]!.seconds, `turn ${i + 1}`).toBeGreaterThan(turns[i - 1]!.seconds);
      }
      const minutes = turns.at(-1)!.seconds / 60;
      expect(minutes).toBeGreaterThanOrEqual(29);
      expect(minutes).toBeLessThanOrEqual(46);
    });

    it('has only the interviewer and the participant as speakers', () => {
      const speakers = new Set(turns.map((turn) => turn.speaker));
      const interviewerLabel = speakers.has('I') ? 'I' : 'Interviewer';
      expect([...speakers].sort()).toEqual([interviewerLabel, file.participant].sort());
    });
  },
);
