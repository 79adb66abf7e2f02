import { describe, expect, it } from 'vitest';
import {
  codableRange,
  IN_VIVO_MAX_LENGTH,
  inVivoName,
  moveEdgeByWord,
  placeEdge,
} from '../../../renderer/src/editor/coding-actions/codingRanges';
import { codePaths, rankCodes } from '../../../renderer/src/quickcode/rankCodes';
import type { Code } from '../../../shared/domain/types';

describe('codableRange', () => {
  it('leaves out the whitespace a word selection takes along', () => {
    expect(codableRange(10, ' so when I ')).toEqual({ start: 11, end: 20 });
  });
  it('refuses a selection of whitespace only', () => {
    expect(codableRange(0, ' \n\t ')).toBeNull();
  });
});

describe('inVivoName', () => {
  it('is the selected words on one line', () => {
    expect(inVivoName('  call my\nsupervisor first ')).toBe('call my supervisor first');
  });
  it('is cut at a word to at most 80 characters', () => {
    const name = inVivoName('word '.repeat(40))!;
    expect(name.length).toBeLessThanOrEqual(IN_VIVO_MAX_LENGTH);
    expect(name.endsWith('word')).toBe(true);
  });
  it('is null for whitespace', () => {
    expect(inVivoName(' \n ')).toBeNull();
  });
});

describe('moveEdgeByWord', () => {
  const text = 'So when I suspect it, I call.';
  const coding = { start: 3, end: 17 }; // "when I suspect"
  it('moves the start to the previous or next word start', () => {
    expect(moveEdgeByWord(text, coding, 'start', -1)).toEqual({ start: 0, end: 17 });
    expect(moveEdgeByWord(text, coding, 'start', 1)).toEqual({ start: 8, end: 17 });
  });
  it('moves the end to the previous or next word end', () => {
    expect(moveEdgeByWord(text, coding, 'end', -1)).toEqual({ start: 3, end: 9 });
    expect(moveEdgeByWord(text, coding, 'end', 1)).toEqual({ start: 3, end: 20 });
  });
  it('never leaves an empty coding', () => {
    expect(moveEdgeByWord(text, { start: 3, end: 7 }, 'end', -1)).toBeNull();
    expect(moveEdgeByWord(text, { start: 3, end: 7 }, 'start', 1)).toBeNull();
  });
  it('places a dragged edge, refusing to cross the other edge', () => {
    expect(placeEdge(coding, 'start', 8)).toEqual({ start: 8, end: 17 });
    expect(placeEdge(coding, 'end', 3)).toBeNull();
  });
});

describe('rankCodes', () => {
  const code = (id: string, name: string, parentId: string | null, position = 0): Code => ({
    id,
    name,
    parentId,
    position,
    color: '#888888',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    memo: '',
    createdAt: '2024-01-01T00:00:00Z',
  });
  const codes = [
    code('p', 'Processes', null, 0),
    code('b', 'Benefits', 'p', 0),
    code('f', 'Collaboration factors', null, 1),
    code('t', 'Trust', 'f', 0),
  ];
  const paths = codePaths(codes);

  it('matches the whole path and ranks the best match first', () => {
    expect(paths.map((p) => p.path)).toContain('Collaboration factors / Trust');
    const [best] = rankCodes(paths, 'trust', []);
    expect(best?.code.id).toBe('t');
    expect(rankCodes(paths, 'pb', [])[0]?.code.id).toBe('b');
  });

  it('lists recent codes first when nothing is typed', () => {
    const ranked = rankCodes(paths, '', ['t', 'b']);
    expect(ranked.map((r) => r.code.id)).toEqual(['t', 'b', 'p', 'f']);
    expect(ranked[0]?.recent).toBe(true);
  });
});
