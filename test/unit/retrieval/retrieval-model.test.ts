import { describe, expect, it, vi } from 'vitest';
import type { CodedSegment } from '../../../shared/api/contract';
import type { AttributeDefinition, Code } from '../../../shared/domain/types';
import { codeOptions, rankCodeOptions } from '../../../renderer/src/retrieval/codeOptions';
import {
  buildSegmentRows,
  keyAttributes,
  summarizeSegments,
} from '../../../renderer/src/retrieval/segmentRows';
import { toSegmentQuery } from '../../../renderer/src/state/retrieval';

// The stores reach the core through the api module, which needs a browser; these tests use none.
vi.mock('../../../renderer/src/api', () => ({ api: {} }));

function code(id: string, name: string, parentId: string | null, position = 0): Code {
  return {
    id,
    parentId,
    name,
    color: '#123456',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    memo: '',
    position,
    createdAt: '2024-01-01T00:00:00Z',
  };
}

const CODES = [
  code('p', 'Processes', null, 0),
  code('r', 'Referral', 'p', 1),
  code('rc', 'Challenges', 'r', 1),
  code('rb', 'Benefits', 'r', 0),
  code('i', 'Identification', 'p', 0),
  code('ic', 'Challenges', 'i', 0),
  code('t', 'Trust', null, 1),
];

function segment(codingId: string, sourceId: string, participantId: string | null): CodedSegment {
  return {
    codingId,
    codeId: 't',
    codeName: 'Trust',
    coderId: 'u',
    coderName: 'Sarah',
    sourceId,
    sourceTitle: `Interview ${sourceId}`,
    participantId,
    participantPseudonym: participantId,
    attributes: {},
    start: 0,
    end: 4,
    text: 'text',
    memo: '',
    createdAt: '2024-01-01T00:00:00Z',
  };
}

describe('code options for the retrieval picker', () => {
  it('lists every code in tree order with its full path', () => {
    expect(codeOptions(CODES).map((option) => option.path)).toEqual([
      'Processes',
      'Processes / Identification',
      'Processes / Identification / Challenges',
      'Processes / Referral',
      'Processes / Referral / Benefits',
      'Processes / Referral / Challenges',
      'Trust',
    ]);
    expect(codeOptions(CODES).find((o) => o.code.id === 'r')).toMatchObject({
      depth: 1,
      hasChildren: true,
    });
  });

  it('matches the query against the whole path, so ancestors tell same-named codes apart', () => {
    const ranked = rankCodeOptions(codeOptions(CODES), 'ref chal', 10);
    expect(ranked[0]!.path).toBe('Processes / Referral / Challenges');
    // A looser match of the letters elsewhere in a path ranks below.
    expect(ranked.map((o) => o.code.id).indexOf('ic')).not.toBe(0);
    expect(ranked[0]!.positions.length).toBe('refchal'.length);
  });

  it('keeps tree order for a blank query and honours the limit', () => {
    expect(rankCodeOptions(codeOptions(CODES), '  ', 2).map((o) => o.code.id)).toEqual(['p', 'i']);
    expect(rankCodeOptions(codeOptions(CODES), 'zzz', 10)).toEqual([]);
  });
});

describe('segment rows and summary', () => {
  it('puts a header before each run of one source, counting its segments', () => {
    const rows = buildSegmentRows([
      segment('1', 'A', 'Ana'),
      segment('2', 'A', 'Ana'),
      segment('3', 'B', null),
    ]);
    expect(
      rows.map((row) => (row.kind === 'source' ? `#${row.group.sourceId}` : row.segment.codingId)),
    ).toEqual(['#A', '1', '2', '#B', '3']);
    expect(rows[0]!.kind === 'source' && rows[0]!.group.count).toBe(2);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('summarises segments, sources and participants', () => {
    expect(
      summarizeSegments([
        segment('1', 'A', 'Ana'),
        segment('2', 'B', 'Ana'),
        segment('3', 'C', 'Bo'),
      ]),
    ).toBe('3 segments in 3 sources from 2 participants');
    expect(summarizeSegments([segment('1', 'A', null)])).toBe('1 segment in 1 source');
  });

  it('labels participants with their first text and choice attributes', () => {
    const attribute = (id: string, type: AttributeDefinition['type'], position: number) => ({
      id,
      name: id,
      type,
      choices: [],
      position,
    });
    const chosen = keyAttributes([
      attribute('years', 'number', 0),
      attribute('site', 'choice', 2),
      attribute('job', 'text', 1),
      attribute('sector', 'choice', 3),
      attribute('wave', 'choice', 4),
    ]);
    expect(chosen.map((a) => a.id)).toEqual(['job', 'site', 'sector']);
  });
});

describe('the retrieval query', () => {
  const controls = {
    codeId: 'p',
    includeChildren: false,
    coderIds: [],
    sourceId: null,
    attributeFilter: {},
  };

  it('asks for nothing without a code, and only for what the controls narrow', () => {
    expect(toSegmentQuery({ ...controls, codeId: null })).toBeNull();
    expect(toSegmentQuery(controls)).toEqual({ codeId: 'p' });
    expect(
      toSegmentQuery({
        codeId: 'p',
        includeChildren: true,
        coderIds: ['u1', 'u2'],
        sourceId: 's',
        attributeFilter: { site: ['Site B'], empty: [] },
      }),
    ).toEqual({
      codeId: 'p',
      includeChildren: true,
      coderIds: ['u1', 'u2'],
      sourceId: 's',
      filter: { attributes: { site: ['Site B'] } },
    });
  });
});
