import type { CodedSegment } from '../../../shared/api/contract';
import type { AttributeDefinition, AttributeValue } from '../../../shared/domain/types';
import { plural } from '../lib/format';

/** The segments of one source, introduced by a header row. */
export interface SourceGroup {
  sourceId: string;
  sourceTitle: string;
  participantPseudonym: string | null;
  attributes: Record<string, AttributeValue>;
  count: number;
}

/** The flat rows the virtualised list renders: a header per source, then its segments. */
export type SegmentListRow =
  | { kind: 'source'; key: string; group: SourceGroup }
  | { kind: 'segment'; key: string; segment: CodedSegment };

/**
 * Groups segments by source in the order the core returns them (by source, then offset); a source
 * whose segments are not adjacent still gets one header per run, so no segment moves.
 */
export function buildSegmentRows(segments: readonly CodedSegment[]): SegmentListRow[] {
  const rows: SegmentListRow[] = [];
  let group = null as SourceGroup | null;
  for (const segment of segments) {
    if (group?.sourceId !== segment.sourceId) {
      group = {
        sourceId: segment.sourceId,
        sourceTitle: segment.sourceTitle,
        participantPseudonym: segment.participantPseudonym,
        attributes: segment.attributes,
        count: 0,
      };
      rows.push({ kind: 'source', key: `source:${rows.length}:${segment.sourceId}`, group });
    }
    group.count += 1;
    rows.push({ kind: 'segment', key: `segment:${segment.codingId}`, segment });
  }
  return rows;
}

/** "42 segments in 9 sources from 8 participants". */
export function summarizeSegments(segments: readonly CodedSegment[]): string {
  const sources = new Set(segments.map((segment) => segment.sourceId)).size;
  const participants = new Set(
    segments.map((segment) => segment.participantId).filter((id) => id !== null),
  ).size;
  const base = `${plural(segments.length, 'segment')} in ${plural(sources, 'source')}`;
  return participants > 0 ? `${base} from ${plural(participants, 'participant')}` : base;
}

/** How many attributes a source header shows as labels; the rest are in its tooltip. */
const KEY_ATTRIBUTE_COUNT = 3;

/**
 * The attributes that describe a participant at a glance (job title, site, sector): the first
 * few text and choice columns of the participants table. Numbers and dates say less in a label.
 */
export function keyAttributes(attributes: readonly AttributeDefinition[]): AttributeDefinition[] {
  return [...attributes]
    .sort((a, b) => a.position - b.position)
    .filter((attribute) => attribute.type === 'choice' || attribute.type === 'text')
    .slice(0, KEY_ATTRIBUTE_COUNT);
}

export function hasValue(value: AttributeValue | undefined): value is string | number {
  return value !== null && value !== undefined && value !== '';
}
