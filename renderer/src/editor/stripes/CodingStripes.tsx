import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { isCodingVisible, useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import { codeName, coderName } from '../codings/codingLabels';
import { overlapDepth } from '../codings/codingIndex';
import type { NearViewportBlocks } from '../codings/NearViewportBlocks';
import { assignLanes, type LanedStripe } from './assignLanes';
import { measureStripeExtents } from './measureStripes';
import { STRIPE_TOOLTIP_ID, StripeTooltip } from './StripeTooltip';
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

interface StripeLayout {
  stripes: LanedStripe[];
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
 * animation frame after anything that moves lines (scrolling new paragraphs in, edits, codings,
 * resizing).
 */
export function CodingStripes({ blocks }: { blocks: NearViewportBlocks }) {
  const [editor] = useLexicalComposerContext();
  const marginRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<StripeLayout>(EMPTY_LAYOUT);
  const [hovered, setHovered] = useState<{ codingId: string; anchor: DOMRect } | null>(null);
  const index = useCodingsStore((s) => s.index);
  const codeById = useCodingsStore((s) => s.codeById);
  const hiddenCoderIds = useCodingsStore((s) => s.hiddenCoderIds);
  const selectedCodingId = useCodingsStore((s) => s.selectedCodingId);
  const selectCoding = useCodingsStore((s) => s.selectCoding);
  const users = useProjectStore((s) => s.users);

  // At least the whole source's overlap, known before anything is measured.
  const overlapLanes = useMemo(() => {
    const visible = index.rows.filter((coding) => isCodingVisible(coding, hiddenCoderIds));
    return visible.length === 0 ? 0 : Math.min(MAX_RESERVED_LANES, overlapDepth(visible));
  }, [index, hiddenCoderIds]);

  useEffect(() => {
    let frame = 0;
    let resetPeak = false;
    const measure = () => {
      frame = 0;
      const margin = marginRef.current;
      if (!margin) return;
      const { index: current, hiddenCoderIds: hidden } = useCodingsStore.getState();
      const extents = measureStripeExtents(
        editor,
        current,
        blocks.keys(),
        (coding) => isCodingVisible(coding, hidden),
        margin.getBoundingClientRect().top,
      );
      const { stripes, laneCount } = assignLanes(extents);
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
  }, [editor, blocks]);

  const reservedLanes =
    overlapLanes === 0 ? 0 : Math.min(MAX_RESERVED_LANES, Math.max(overlapLanes, layout.peakLanes));
  const width = reservedLanes * LANE_PX;
  const laneWidth =
    layout.laneCount > reservedLanes && layout.laneCount > 0
      ? Math.max(MIN_LANE_PX, Math.floor(width / layout.laneCount))
      : LANE_PX;
  const hoveredCoding = hovered ? index.get(hovered.codingId) : undefined;

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
      {layout.stripes.map((stripe) => {
        const coding = index.get(stripe.codingId);
        if (!coding) return null;
        const code = codeById.get(coding.codeId);
        const name = codeName(codeById, coding.codeId);
        const show = (element: HTMLElement) =>
          setHovered({ codingId: coding.id, anchor: element.getBoundingClientRect() });
        const style = {
          top: stripe.top,
          height: Math.max(stripe.bottom - stripe.top, 4),
          left: width - (stripe.lane + 1) * laneWidth,
          width: laneWidth - 2,
          '--code-color': code?.color ?? 'gray',
        } as CSSProperties;
        return (
          <button
            key={coding.id}
            type="button"
            tabIndex={-1}
            className={coding.id === selectedCodingId ? 'stripe is-selected' : 'stripe'}
            style={style}
            data-coding-id={coding.id}
            aria-label={`${name}, coded by ${coderName(users, coding.coderId)}`}
            aria-pressed={coding.id === selectedCodingId}
            aria-describedby={hovered?.codingId === coding.id ? STRIPE_TOOLTIP_ID : undefined}
            onMouseEnter={(event) => show(event.currentTarget)}
            onFocus={(event) => show(event.currentTarget)}
            onBlur={() => setHovered(null)}
            onClick={() => selectCoding(coding.id)}
          >
            {laneWidth >= MIN_LABELLED_LANE_PX && <span className="stripe__label">{name}</span>}
          </button>
        );
      })}
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
        stripe.lane === other.lane &&
        stripe.top === other.top &&
        stripe.bottom === other.bottom
      );
    })
  );
}
