import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../shared/domain/types';
import { adjacentCoding } from '../../../renderer/src/editor/codings/adjacentCoding';
import { CodingIndex } from '../../../renderer/src/editor/codings/codingIndex';

const row = (id: string, start: number, coderId: string): Coding => ({
  id,
  sourceId: 's',
  coderId,
  codeId: 'c',
  start,
  end: start + 5,
  memo: '',
  createdAt: '',
  updatedAt: '',
});

describe('adjacentCoding', () => {
  const index = CodingIndex.from([row('a', 0, 'x'), row('b', 10, 'y'), row('c', 20, 'x')]);
  const all = () => true;
  const onlyX = (coding: Coding) => coding.coderId === 'x';

  it('moves in text order from the selected coding and stops at the ends', () => {
    expect(adjacentCoding(index, 'a', 0, 1, all)?.id).toBe('b');
    expect(adjacentCoding(index, 'b', 0, -1, all)?.id).toBe('a');
    expect(adjacentCoding(index, 'c', 0, 1, all)).toBeNull();
  });

  it('skips codings of hidden coders', () => {
    expect(adjacentCoding(index, 'a', 0, 1, onlyX)?.id).toBe('c');
  });

  it('starts from the caret when nothing is selected', () => {
    expect(adjacentCoding(index, null, 12, 1, all)?.id).toBe('c');
    expect(adjacentCoding(index, null, 12, -1, all)?.id).toBe('b');
    expect(adjacentCoding(index, null, 10, 1, all)?.id).toBe('b');
  });
});
