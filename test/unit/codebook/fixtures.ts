import type { Code, Coding } from '../../../shared/domain/types';

export function code(id: string, parentId: string | null, name: string, position: number): Code {
  return {
    id,
    parentId,
    name,
    color: '#336699',
    definition: `Definition of ${name}`,
    inclusion: '',
    exclusion: '',
    example: '',
    memo: '',
    position,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

/**
 * Processes
 *   Benefits
 *     Childcare
 *   Barriers
 * Emotions
 *   Relief
 */
export function sampleCodes(): Code[] {
  return [
    code('emotions', null, 'Emotions', 1),
    code('relief', 'emotions', 'Relief', 0),
    code('barriers', 'processes', 'Barriers', 1),
    code('processes', null, 'Processes', 0),
    code('childcare', 'benefits', 'Childcare', 0),
    code('benefits', 'processes', 'Benefits', 0),
  ];
}

let nextCoding = 0;

export function coding(
  codeId: string,
  start: number,
  end: number,
  extra: Partial<Coding> = {},
): Coding {
  nextCoding++;
  return {
    id: `coding-${nextCoding}`,
    sourceId: 'source-1',
    coderId: 'coder-1',
    codeId,
    start,
    end,
    memo: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
