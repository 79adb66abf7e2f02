import { describe, expect, it } from 'vitest';
import { filterTree, walkTree, type CodeNode } from '../../../shared/codebook';
import { sampleCodes } from './fixtures';

function ids(nodes: CodeNode[]): string[] {
  const found: string[] = [];
  walkTree(nodes, (node) => found.push(node.code.id));
  return found;
}

describe('filterTree', () => {
  const codes = sampleCodes();

  it('keeps matches with their ancestors, in display order', () => {
    const { tree, matchedIds } = filterTree(codes, 'child');
    expect(ids(tree)).toEqual(['processes', 'benefits', 'childcare']);
    expect([...matchedIds]).toEqual(['childcare']);
  });

  it('keeps a matching parent without its non-matching children', () => {
    const { tree } = filterTree(codes, 'emotions');
    expect(ids(tree)).toEqual(['emotions']);
  });

  it('matches fuzzily by default and by substring on request', () => {
    expect(ids(filterTree(codes, 'bnf').tree)).toEqual(['processes', 'benefits']);
    expect(ids(filterTree(codes, 'bnf', 'substring').tree)).toEqual([]);
    expect(ids(filterTree(codes, 'RIER', 'substring').tree)).toEqual(['processes', 'barriers']);
  });

  it('keeps the whole tree for a blank query', () => {
    const { tree, matchedIds } = filterTree(codes, '  ');
    expect(ids(tree)).toHaveLength(codes.length);
    expect(matchedIds.size).toBe(0);
  });
});
