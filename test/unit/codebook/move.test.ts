import { describe, expect, it } from 'vitest';
import { buildTree, canMove, moveCode, walkTree } from '../../../shared/codebook';
import type { Code } from '../../../shared/domain/types';
import { sampleCodes } from './fixtures';

function apply(codes: Code[], changed: Code[]): Code[] {
  const byId = new Map(changed.map((c) => [c.id, c]));
  return codes.map((c) => byId.get(c.id) ?? c);
}

function outline(codes: Code[]): string[] {
  const lines: string[] = [];
  walkTree(buildTree(codes), (node, depth) =>
    lines.push(`${'  '.repeat(depth)}${node.code.name}@${node.code.position}`),
  );
  return lines;
}

describe('canMove', () => {
  const codes = sampleCodes();

  it('allows moves that keep the tree a tree', () => {
    expect(canMove(codes, 'barriers', 'emotions')).toBe(true);
    expect(canMove(codes, 'childcare', null)).toBe(true);
    expect(canMove(codes, 'benefits', 'processes')).toBe(true);
  });

  it('refuses moves into the code itself or its own subtree', () => {
    expect(canMove(codes, 'processes', 'processes')).toBe(false);
    expect(canMove(codes, 'processes', 'benefits')).toBe(false);
    expect(canMove(codes, 'processes', 'childcare')).toBe(false);
  });

  it('refuses unknown codes and parents', () => {
    expect(canMove(codes, 'nope', null)).toBe(false);
    expect(canMove(codes, 'benefits', 'nope')).toBe(false);
  });
});

describe('moveCode', () => {
  it('moves a code to another parent and renumbers both sibling lists', () => {
    const codes = sampleCodes();
    const changed = moveCode(codes, 'benefits', 'emotions', 0);
    expect(outline(apply(codes, changed))).toEqual([
      'Processes@0',
      '  Barriers@0',
      'Emotions@1',
      '  Benefits@0',
      '    Childcare@0',
      '  Relief@1',
    ]);
    expect(changed.map((c) => c.id).sort()).toEqual(['barriers', 'benefits', 'relief']);
  });

  it('reorders within the same parent, the index counting siblings without the moved code', () => {
    const codes = sampleCodes();
    const changed = moveCode(codes, 'benefits', 'processes', 1);
    expect(outline(apply(codes, changed)).slice(0, 4)).toEqual([
      'Processes@0',
      '  Barriers@0',
      '  Benefits@1',
      '    Childcare@0',
    ]);
    expect(moveCode(codes, 'benefits', 'processes', 0)).toEqual([]);
  });

  it('clamps the index and can make a root', () => {
    const codes = sampleCodes();
    const changed = moveCode(codes, 'childcare', null, 99);
    expect(outline(apply(codes, changed)).at(-1)).toBe('Childcare@2');
  });

  it('does not mutate its input', () => {
    const codes = sampleCodes();
    const snapshot = structuredClone(codes);
    moveCode(codes, 'benefits', 'emotions', 0);
    expect(codes).toEqual(snapshot);
  });

  it('refuses a cycle with a clear message and changes nothing', () => {
    const codes = sampleCodes();
    expect(() => moveCode(codes, 'processes', 'childcare', 0)).toThrow(
      'Code "Processes" cannot move under "Childcare"',
    );
    expect(() => moveCode(codes, 'nope', null, 0)).toThrow('Code nope does not exist.');
  });
});
