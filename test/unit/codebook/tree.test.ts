import { describe, expect, it } from 'vitest';
import {
  ancestors,
  buildTree,
  depthOf,
  descendants,
  pathOf,
  walkTree,
  type CodeNode,
} from '../../../shared/codebook';
import { code, sampleCodes } from './fixtures';

function outline(nodes: CodeNode[]): string[] {
  const lines: string[] = [];
  walkTree(nodes, (node, depth) => lines.push(`${'  '.repeat(depth)}${node.code.name}`));
  return lines;
}

describe('buildTree', () => {
  it('nests codes under their parents with children sorted by position', () => {
    expect(outline(buildTree(sampleCodes()))).toEqual([
      'Processes',
      '  Benefits',
      '    Childcare',
      '  Barriers',
      'Emotions',
      '  Relief',
    ]);
  });

  it('breaks position ties by name so that the order is stable', () => {
    const codes = [code('b', null, 'Beta', 0), code('a', null, 'Alpha', 0)];
    expect(outline(buildTree(codes))).toEqual(['Alpha', 'Beta']);
  });

  it('never loses a code: dangling parents and cycles become roots', () => {
    const codes = [
      code('orphan', 'missing', 'Orphan', 0),
      code('x', 'y', 'X', 0),
      code('y', 'x', 'Y', 1),
      code('root', null, 'Root', 2),
    ];
    const names = outline(buildTree(codes)).map((line) => line.trim());
    expect(names.sort()).toEqual(['Orphan', 'Root', 'X', 'Y']);
  });
});

describe('lineage', () => {
  const codes = sampleCodes();

  it('lists ancestors root first', () => {
    expect(ancestors(codes, 'childcare').map((c) => c.id)).toEqual(['processes', 'benefits']);
    expect(ancestors(codes, 'processes')).toEqual([]);
  });

  it('lists descendants depth-first in display order, excluding the code itself', () => {
    expect(descendants(codes, 'processes').map((c) => c.id)).toEqual([
      'benefits',
      'childcare',
      'barriers',
    ]);
    expect(descendants(codes, 'childcare')).toEqual([]);
  });

  it('gives depth and path', () => {
    expect(depthOf(codes, 'processes')).toBe(0);
    expect(depthOf(codes, 'childcare')).toBe(2);
    expect(pathOf(codes, 'benefits')).toBe('Processes / Benefits');
    expect(pathOf(codes, 'childcare', ' > ')).toBe('Processes > Benefits > Childcare');
  });

  it('terminates on cyclic data', () => {
    const cyclic = [code('x', 'y', 'X', 0), code('y', 'x', 'Y', 0)];
    expect(ancestors(cyclic, 'x').map((c) => c.id)).toEqual(['y']);
    expect(descendants(cyclic, 'x').map((c) => c.id)).toEqual(['y']);
  });

  it('names an unknown code in its error', () => {
    expect(() => pathOf(codes, 'nope')).toThrow('Code nope does not exist.');
  });
});
