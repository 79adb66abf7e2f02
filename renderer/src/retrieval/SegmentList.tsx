import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodedSegment } from '../../../shared/api/contract';
import { useParticipantsStore } from '../state/participants';
import { useSourcesStore } from '../state/sources';
import { SegmentItem } from './SegmentItem';
import { SourceGroupHeader } from './SourceGroupHeader';
import { buildSegmentRows, keyAttributes, type SegmentListRow } from './segmentRows';
import { useVirtualRows } from './useVirtualRows';

/** How far PageUp and PageDown move the highlight. */
const PAGE_SEGMENTS = 8;

export interface CodeLook {
  color: string;
  path: string;
}

/**
 * The retrieved segments grouped by source, as one listbox: arrows move the highlight, Enter (or
 * a click) opens the source with exactly the segment selected, Space shows a long quote in full.
 * Only the rows near the viewport are rendered, so thousands of segments scroll smoothly.
 */
export function SegmentList({
  segments,
  codeLooks,
  label,
}: {
  segments: readonly CodedSegment[];
  codeLooks: ReadonlyMap<string, CodeLook>;
  label: string;
}) {
  const listId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const attributes = useParticipantsStore((s) => s.attributes);
  const labelled = useMemo(() => keyAttributes(attributes), [attributes]);

  const rows = useMemo(() => buildSegmentRows(segments), [segments]);
  /** The row index of each segment, in list order. */
  const segmentRows = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'segment' ? [index] : [])),
    [rows],
  );
  const estimate = useCallback((index: number) => estimateHeight(rows[index]), [rows]);
  const virtual = useVirtualRows(scrollRef, rows.length, estimate, rows);

  // The highlight belongs to one list of rows; a new list starts without one.
  const [highlight, setHighlight] = useState({ rows, ordinal: -1 });
  const ordinal = highlight.rows === rows ? highlight.ordinal : -1;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  const optionId = (rowIndex: number) => `${listId}-row-${rowIndex}`;
  const activeRow = ordinal >= 0 ? segmentRows[ordinal] : undefined;

  const highlightOrdinal = (next: number) => {
    const rowIndex = segmentRows[next];
    if (rowIndex === undefined) return;
    setHighlight({ rows, ordinal: next });
    // Bring the source header along when the segment is the first of its source.
    if (rows[rowIndex - 1]?.kind === 'source') virtual.scrollToIndex(rowIndex - 1);
    virtual.scrollToIndex(rowIndex);
  };
  const open = (segment: CodedSegment) =>
    void useSourcesStore
      .getState()
      .open(segment.sourceId, { start: segment.start, end: segment.end });
  const toggleExpanded = (codingId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(codingId)) next.add(codingId);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent) => {
    const last = segmentRows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: ordinal < 0 ? 0 : Math.min(last, ordinal + 1),
      ArrowUp: Math.max(0, ordinal - 1),
      PageDown: Math.min(last, Math.max(0, ordinal) + PAGE_SEGMENTS),
      PageUp: Math.max(0, ordinal - PAGE_SEGMENTS),
      Home: 0,
      End: last,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      highlightOrdinal(move);
      return;
    }
    const row = activeRow === undefined ? undefined : rows[activeRow];
    if (row?.kind !== 'segment') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(row.segment);
    } else if (event.key === ' ') {
      event.preventDefault();
      toggleExpanded(row.segment.codingId);
    }
  };

  const rendered: SegmentListRow[] = rows.slice(virtual.start, virtual.end);

  return (
    <div
      ref={scrollRef}
      className="segment-list"
      role="listbox"
      aria-label={label}
      aria-activedescendant={activeRow === undefined ? undefined : optionId(activeRow)}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div style={{ paddingTop: virtual.paddingTop, paddingBottom: virtual.paddingBottom }}>
        {rendered.map((row, offset) => {
          const index = virtual.start + offset;
          if (row.kind === 'source') {
            return (
              <SourceGroupHeader
                key={row.key}
                group={row.group}
                index={index}
                attributes={attributes}
                keyAttributes={labelled}
                measureRef={virtual.measureRef}
              />
            );
          }
          const look = codeLooks.get(row.segment.codeId);
          return (
            <SegmentItem
              key={row.key}
              id={optionId(index)}
              index={index}
              segment={row.segment}
              codeColor={look?.color}
              codePath={look?.path}
              active={index === activeRow}
              expanded={expanded.has(row.segment.codingId)}
              onToggleExpanded={() => toggleExpanded(row.segment.codingId)}
              onOpen={() => {
                setHighlight({ rows, ordinal: segmentRows.indexOf(index) });
                open(row.segment);
              }}
              measureRef={virtual.measureRef}
            />
          );
        })}
      </div>
    </div>
  );
}

/** A first guess at a row's height, replaced by its measurement once rendered. */
function estimateHeight(row: SegmentListRow | undefined): number {
  if (!row) return 0;
  if (row.kind === 'source') return 34;
  const { text, memo } = row.segment;
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 110)), 0);
  return 14 + 20 * Math.min(lines, 6) + (memo.trim() ? 22 : 0);
}
