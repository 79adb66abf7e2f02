import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Coding } from '../../../../shared/domain/types';
import { isCodingVisible, useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import { codeName, coderName } from '../codings/codingLabels';
import { overlapDepth, type CodingIndex } from '../codings/codingIndex';
import type { NearViewportBlocks } from '../codings/NearViewportBlocks';
import { assignLanes, type LanedStripe } from './assignLanes';
import { measureStripeExtents } from './measureStripes';
import { StripeButton } from './StripeButton';
import { StripeTooltip } from './StripeTooltip';
import './stripes.css';

/** Width of one lane: room for a vertical label at 10-11 px. */
const LANE_PX = 16;
/** Lanes below this width drop their label (the tooltip and accessible name still carry it). */
const MIN_LABELLED_LANE_PX = 12;
const MIN_LANE_PX = 5;
/** The margin reserves up to this many lanes; denser windows share the width. */
const MAX_RESERVED_LANES = 8;
/** Pause in editing after which stripes are measured again. */
const TYPING_SETTLE_MS = 120;

/** A laid-out stripe with what drawing it needs, so rendering never reads the codings index. */
interface DrawnStripe extends LanedStripe {
  codeId: string;
  coderId: string;
  /** Shown before the core has stored it. */
  pending: boolean;
}

interface StripeLayout {
  stripes: DrawnStripe[];
  laneCount: number;
  /**
   * The most lanes any window has needed since the codings last changed. Codings that share a
   * line need lanes even when their text does not overlap, so the margin grows to this and never
   * shrinks while scrolling (which would reflow the text back and forth).
   */
  peakLanes: number;
}

const EMPTY_LAYOUT: StripeLayout = { stripes: [], laneCount: 0, peakLanes: 0 };

/**
 * The coding margin left of the transcript: one vertical stripe per visible coding, spanning its
 * lines, in lanes so that overlapping codings sit side by side. Each stripe carries its code's
 * colour and name; hovering or focusing shows code path, coder, date and memo; clicking selects
 * the coding. Only paragraphs near the viewport are measured; the layout is redone on the next
 * animation frame after anything that moves lines (scrolling new paragraphs in, codings,
 * resizing) and once typing pauses. Rendering depends only on the measured layout (not on the
 * codings index, which changes with every key typed), so typing re-renders nothing here.
 */
export const CodingStripes = memo(function CodingStripes({
  blocks,
}: {
  blocks: NearViewportBlocks;
}) {
  const [editor] = useLexicalComposerContext();
  const marginRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<StripeLayout>(EMPTY_LAYOUT);
  const [overlap] = useState(() => new OverlapLanes());
  // The margin's width must be right before the first measurement (else the text reflows under
  // it): the whole source's overlap, recomputed whenever codings change other than by typing.
  const [overlapLanes, setOverlapLanes] = useState(() => {
    const { index, hiddenCoderIds } = useCodingsStore.getState();
    return overlap.of(index, hiddenCoderIds);
  });
  const [hovered, setHovered] = useState<{ codingId: string; anchor: DOMRect } | null>(null);
  const codeById = useCodingsStore((s) => s.codeById);
  const hiddenCoderIds = useCodingsStore((s) => s.hiddenCoderIds);
  const selectedCodingId = useCodingsStore((s) => s.selectedCodingId);
  const selectCoding = useCodingsStore((s) => s.selectCoding);
  const users = useProjectStore((s) => s.users);

  useEffect(() => {
    let frame = 0;
    let resetPeak = false;
    const measure = () => {
      frame = 0;
      const margin = marginRef.current;
      if (!margin) return;
      const { index, hiddenCoderIds: hidden, pendingIds } = useCodingsStore.getState();
      const isVisible = (coding: Coding) => isCodingVisible(coding, hidden);
      const extents = measureStripeExtents(
        editor,
        index,
        blocks.keys(),
        isVisible,
        margin.getBoundingClientRect().top,
      );
      const laned = assignLanes(extents);
      const stripes = laned.stripes.map((stripe): DrawnStripe => {
        const coding = index.get(stripe.codingId) as Coding;
        return {
          ...stripe,
          codeId: coding.codeId,
          coderId: coding.coderId,
          pending: pendingIds.has(coding.id),
        };
      });
      const { laneCount } = laned;
      // Typing may have changed the overlap; this is the first measurement since.
      setOverlapLanes(overlap.of(index, hidden));
      const reset = resetPeak;
      resetPeak = false;
      setLayout((previous) => {
        const peakLanes = reset ? laneCount : Math.max(previous.peakLanes, laneCount);
        const next = { stripes, laneCount, peakLanes };
        // Most edits move no stripe; keeping the previous layout skips a render.
        return sameLayout(previous, next) ? previous : next;
      });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // While typing, lines move a little per key; measuring once typing pauses keeps keys light.
    let typingTimer: number | undefined;
    const scheduleAfterTyping = () => {
      window.clearTimeout(typingTimer);
      typingTimer = window.setTimeout(schedule, TYPING_SETTLE_MS);
    };
    // Lines move when the text column changes size: wrapping, fonts, pane resizing, and hidden
    // paragraphs getting their real height as they scroll in.
    const resize = new ResizeObserver(schedule);
    schedule();
    return mergeRegister(
      blocks.subscribe(schedule),
      useCodingsStore.subscribe((state, previous) => {
        if (state.change === previous.change) return;
        // Codings that only followed typed text are measured with the text, once typing pauses.
        if (state.change.movedByEdit) return;
        setOverlapLanes(overlap.of(state.index, state.hiddenCoderIds));
        if (state.change.dirty === 'all') resetPeak = true;
        schedule();
      }),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) scheduleAfterTyping();
      }),
      editor.registerRootListener((root) => {
        resize.disconnect();
        if (root) resize.observe(root);
      }),
      () => {
        cancelAnimationFrame(frame);
        window.clearTimeout(typingTimer);
        resize.disconnect();
      },
    );
  }, [editor, blocks, overlap]);

  const reservedLanes =
    overlapLanes === 0 ? 0 : Math.min(MAX_RESERVED_LANES, Math.max(overlapLanes, layout.peakLanes));
  const width = reservedLanes * LANE_PX;
  const laneWidth =
    layout.laneCount > reservedLanes && layout.laneCount > 0
      ? Math.max(MIN_LANE_PX, Math.floor(width / layout.laneCount))
      : LANE_PX;
  const showTooltip = useCallback(
    (codingId: string, element: HTMLElement) =>
      setHovered({ codingId, anchor: element.getBoundingClientRect() }),
    [],
  );
  const hideTooltip = useCallback(() => setHovered(null), []);
  const hoveredCoding = hovered
    ? useCodingsStore.getState().index.get(hovered.codingId)
    : undefined;

  return (
    <div
      ref={marginRef}
      className="stripes"
      style={{ width }}
      role="group"
      aria-label="Coding stripes"
      onMouseLeave={() => setHovered(null)}
      // Keyboard navigation moves the selection elsewhere; a stale tooltip would mislead.
      onKeyDown={() => setHovered(null)}
    >
      {layout.stripes.map((stripe) =>
        hiddenCoderIds.has(stripe.coderId) ? null : (
          <StripeButton
            key={stripe.codingId}
            codingId={stripe.codingId}
            name={codeName(codeById, stripe.codeId)}
            coder={coderName(users, stripe.coderId)}
            color={codeById.get(stripe.codeId)?.color ?? 'gray'}
            top={stripe.top}
            height={Math.max(stripe.bottom - stripe.top, 4)}
            left={width - (stripe.lane + 1) * laneWidth}
            width={laneWidth - 2}
            labelled={laneWidth >= MIN_LABELLED_LANE_PX}
            selected={stripe.codingId === selectedCodingId}
            pending={stripe.pending}
            described={hovered?.codingId === stripe.codingId}
            onShow={showTooltip}
            onHide={hideTooltip}
            onSelect={selectCoding}
          />
        ),
      )}
      {hovered && hoveredCoding && (
        <StripeTooltip
          coding={hoveredCoding}
          code={codeById.get(hoveredCoding.codeId)}
          codeById={codeById}
          users={users}
          anchor={hovered.anchor}
        />
      )}
    </div>
  );
});

/**
 * The visible codings' overlap depth over the whole source, capped at MAX_RESERVED_LANES:
 * recomputed only when the codings or the visible coders changed since the last measurement.
 */
class OverlapLanes {
  private index: CodingIndex | null = null;
  private hidden: ReadonlySet<string> | null = null;
  private lanes = 0;

  of(index: CodingIndex, hidden: ReadonlySet<string>): number {
    if (index !== this.index || hidden !== this.hidden) {
      this.index = index;
      this.hidden = hidden;
      const visible = index.rows.filter((coding) => isCodingVisible(coding, hidden));
      this.lanes = visible.length === 0 ? 0 : Math.min(MAX_RESERVED_LANES, overlapDepth(visible));
    }
    return this.lanes;
  }
}

function sameLayout(a: StripeLayout, b: StripeLayout): boolean {
  return (
    a.laneCount === b.laneCount &&
    a.peakLanes === b.peakLanes &&
    a.stripes.length === b.stripes.length &&
    a.stripes.every((stripe, i) => {
      const other = b.stripes[i];
      return (
        other !== undefined &&
        stripe.codingId === other.codingId &&
        stripe.codeId === other.codeId &&
        stripe.pending === other.pending &&
        stripe.lane === other.lane &&
        stripe.top === other.top &&
        stripe.bottom === other.bottom
      );
    })
  );
}
