import { describe, expect, it } from 'vitest';
import { buildTree, copySubtree, uniqueSiblingName, walkTree } from '../../../shared/codebook';
import type { Code } from '../../../shared/domain/types';
import { code, sampleCodes } from './fixtures';

function idFactory(): () => string {
  let n = 0;
  return () => `copy-${++n}`;
}

function outline(codes: Code[]): string[] {
  const lines: string[] = [];
  walkTree(buildTree(codes), (node, depth) => lines.push(`${'  '.repeat(depth)}${node.code.name}`));
  return lines;
}

describe('copySubtree', () => {
  it('copies a subtree with fresh ids under another parent, preserving its shape', () => {
    const codes = sampleCodes();
    const { codes: copies, idMap } = copySubtree(codes, 'benefits', 'emotions', idFactory());
    expect(copies.map((c) => [c.id, c.parentId, c.name])).toEqual([
      ['copy-1', 'emotions', 'Benefits'],
      ['copy-2', 'copy-1', 'Childcare'],
    ]);
    expect(idMap).toEqual(
      new Map([
        ['benefits', 'copy-1'],
        ['childcare', 'copy-2'],
      ]),
    );
    expect(copies[0]!.position).toBe(1);
    expect(copies[0]!.definition).toBe('Definition of Benefits');
    expect(outline([...codes, ...copies]).slice(-4)).toEqual([
      'Emotions',
      '  Relief',
      '  Benefits',
      '    Childcare',
    ]);
  });

  it('renames the copy when its new siblings already use the name', () => {
    const codes = sampleCodes();
    const { codes: copies } = copySubtree(codes, 'benefits', 'processes', idFactory());
    expect(copies[0]!.name).toBe('Benefits (2)');
  });

  it('copies a code into its own subtree without looping', () => {
    const codes = sampleCodes();
    const { codes: copies } = copySubtree(codes, 'processes', 'childcare', idFactory(), 'now');
    expect(copies).toHaveLength(4);
    expect(copies.every((c) => c.createdAt === 'now')).toBe(true);
    expect(copies[0]!.parentId).toBe('childcare');
  });

  it('refuses unknown codes and clashing ids', () => {
    const codes = sampleCodes();
    expect(() => copySubtree(codes, 'nope', null, idFactory())).toThrow(
      'Code nope does not exist.',
    );
    expect(() => copySubtree(codes, 'benefits', null, () => 'same')).toThrow(/already in use/);
  });
});

describe('uniqueSiblingName', () => {
  const codes = [
    code('a', 'p', 'Benefits', 0),
    code('b', 'p', 'benefits (2)', 1),
    code('c', null, 'Benefits', 0),
  ];

  it('keeps a free name (trimmed)', () => {
    expect(uniqueSiblingName(codes, 'p', '  Costs ')).toBe('Costs');
    expect(uniqueSiblingName(codes, 'other', 'Benefits')).toBe('Benefits');
  });

  it('numbers a taken name, ignoring case and accents, and continues a numbered one', () => {
    expect(uniqueSiblingName(codes, 'p', 'BENEFITS')).toBe('BENEFITS (3)');
    expect(uniqueSiblingName(codes, 'p', 'Benefits (2)')).toBe('Benefits (3)');
    expect(uniqueSiblingName(codes, null, 'Bénéfits')).toBe('Bénéfits (2)');
  });

  it('can leave the code being renamed out', () => {
    expect(uniqueSiblingName(codes, 'p', 'Benefits', 'a')).toBe('Benefits');
  });
});
