import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../electron/core/store';
import { MATCHES_PER_SOURCE } from '../../../electron/core/store/search';
import { makeStore, parsedText } from './helpers';

describe('searchSources', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId, dispose } = makeStore()));
  afterEach(() => dispose());

  const add = (title: string, text: string, participantId?: string) =>
    store.sources.import(leadId, {
      parsed: parsedText(text),
      fileName: null,
      title,
      participantId,
    });

  /** Every match must point exactly at its text. */
  const expectExactOffsets = (query: string) => {
    for (const hit of store.search.search(query)) {
      const text = store.sources.get(hit.sourceId).text;
      for (const match of hit.matches) {
        expect(text.slice(match.offset, match.offset + match.length)).toBe(match.match);
        expect(text.slice(match.offset - match.before.length, match.offset)).toBe(match.before);
        expect(text.slice(match.offset + match.length).startsWith(match.after)).toBe(true);
      }
    }
  };

  it('finds a two-word phrase in any case, with exact offsets', () => {
    add('One', 'We called Law Enforcement first. Then law enforcement called us.');
    add('Two', 'Enforcement of law is not the same.');
    const hits = store.search.search('law enforcement');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ title: 'One', totalMatches: 2 });
    expect(hits[0]!.matches.map((m) => [m.offset, m.match])).toEqual([
      [10, 'Law Enforcement'],
      [38, 'law enforcement'],
    ]);
    expectExactOffsets('law enforcement');
  });

  it('treats a quoted query as the same phrase', () => {
    add('One', 'the case manager said');
    expect(store.search.search('"case manager"')[0]?.matches[0]?.match).toBe('case manager');
  });

  it('matches whole words only', () => {
    add('One', 'caseworker and case');
    const hits = store.search.search('case');
    expect(hits[0]!.matches.map((m) => m.offset)).toEqual([15]);
  });

  it('lets punctuation and line breaks separate the words of a phrase', () => {
    add('One', 'It was hard, you know,\nreally hard.');
    expect(store.search.search('hard you know')[0]?.matches[0]?.match).toBe('hard, you know');
    expect(store.search.search('know really')[0]?.matches[0]?.match).toBe('know,\nreally');
    expectExactOffsets('know really');
  });

  it.each([
    '"',
    'AND',
    'OR NOT',
    'NEAR(a b)',
    'foo*',
    '-bar',
    'col:umn',
    '^start',
    '(',
    "'",
    '""""',
  ])('never fails on FTS syntax in the query: %s', (query) => {
    add('One', 'foo bar column start AND or not near a b');
    expect(() => store.search.search(query)).not.toThrow();
  });

  it('searches words that are FTS keywords as plain words', () => {
    add('One', 'this AND that, or NOT');
    expect(store.search.search('AND')[0]?.totalMatches).toBe(1);
    expect(store.search.search('or not')[0]?.matches[0]?.match).toBe('or NOT');
  });

  it('returns nothing for an empty or word-less query', () => {
    add('One', 'text ... !!!');
    expect(store.search.search('')).toEqual([]);
    expect(store.search.search('   ')).toEqual([]);
    expect(store.search.search('...')).toEqual([]);
  });

  it('reports UTF-16 offsets after astral characters and accented words', () => {
    add('One', '😀 Über die Straße — Straße');
    const hit = store.search.search('straße')[0]!;
    expect(hit.matches.map((m) => m.offset)).toEqual([12, 21]);
    expectExactOffsets('straße');
    expect(store.search.search('über die')[0]?.matches[0]?.offset).toBe(3);
  });

  it('gives about 60 characters of context and keeps the first matches', () => {
    const text = `${'x'.repeat(100)} needle ${'y'.repeat(100)}`;
    add('One', text);
    const [match] = store.search.search('needle')[0]!.matches;
    expect(match!.before).toBe(`${'x'.repeat(59)} `);
    expect(match!.after).toBe(` ${'y'.repeat(59)}`);

    add('Many', Array.from({ length: 50 }, () => 'needle').join(' '));
    const many = store.search.search('needle').find((hit) => hit.title === 'Many')!;
    expect(many.totalMatches).toBe(50);
    expect(many.matches).toHaveLength(MATCHES_PER_SOURCE);
  });

  it('applies the limit and the source filter', () => {
    const ann = store.participants.create(leadId, { pseudonym: 'Ann' });
    add('A', 'needle', ann.id);
    add('B', 'needle');
    add('C', 'needle');
    expect(store.search.search('needle', { limit: 2 }).map((hit) => hit.title)).toEqual(['A', 'B']);
    const filtered = store.search.search('needle', { filter: { participantId: ann.id } });
    expect(filtered).toMatchObject([{ title: 'A', participantPseudonym: 'Ann' }]);
  });
});
