import type { AttributeValue, Id, SourceFilter } from '../../domain/types';

// Retrieval: the coded segments of a code and their query.

export interface CodedSegmentQuery {
  codeId: Id;
  /** Also the segments of every code below `codeId`. */
  includeChildren?: boolean;
  coderId?: Id;
  /** Only the segments of any of these coders (an empty list matches none). */
  coderIds?: Id[];
  sourceId?: Id;
  filter?: SourceFilter;
}

export interface CodedSegment {
  codingId: Id;
  codeId: Id;
  codeName: string;
  coderId: Id;
  coderName: string;
  sourceId: Id;
  sourceTitle: string;
  participantId: Id | null;
  participantPseudonym: string | null;
  /** The participant's attribute values by attribute id (empty without a participant). */
  attributes: Record<Id, AttributeValue>;
  start: number;
  end: number;
  /** The coded text, text[start, end). */
  text: string;
  memo: string;
  createdAt: string;
}
