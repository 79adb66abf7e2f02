import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';

interface Measurements {
  /** The list (resetKey) the heights belong to. */
  key: unknown;
  /** Measured height of each rendered row, by index. */
  heights: ReadonlyMap<number, number>;
}

const NO_HEIGHTS: ReadonlyMap<number, number> = new Map();

/** Rows rendered beyond each edge of the viewport, in pixels, so fast scrolling shows no gap. */
const OVERSCAN_PX = 600;

export interface VirtualRows {
  /** The rows to render: [start, end). */
  start: number;
  end: number;
  /** Space standing in for the rows above and below the rendered ones. */
  paddingTop: number;
  paddingBottom: number;
  /** Ref callback for each rendered row element; the element must carry data-index. */
  measureRef: (element: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls the least distance that shows the whole row (or its top, if taller than the view). */
  scrollToIndex(index: number): void;
}

/**
 * Windowing for a long list of rows of varying height: only the rows near the viewport are in the
 * DOM. Heights start as estimates and are replaced by measurements as rows render, so the
 * scrollbar settles as the user scrolls. `resetKey` changes when the rows are a different list.
 */
export function useVirtualRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  estimate: (index: number) => number,
  resetKey: unknown,
): VirtualRows {
  const [measured, setMeasured] = useState<Measurements>(() => ({
    key: resetKey,
    heights: new Map(),
  }));
  const [view, setView] = useState({ top: 0, height: 0 });
  // The observer outlives renders; it files its measurements under the list shown now.
  const currentKey = useRef(resetKey);
  useLayoutEffect(() => {
    currentKey.current = resetKey;
  }, [resetKey]);

  // Measurements of a previous list say nothing about this one.
  const heights = measured.key === resetKey ? measured.heights : NO_HEIGHTS;

  const offsets = useMemo(() => {
    const result = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      result[i + 1] = result[i]! + (heights.get(i) ?? estimate(i));
    }
    return result;
  }, [count, estimate, heights]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setView({ top: scroller.scrollTop, height: scroller.clientHeight }),
      );
    };
    setView({ top: scroller.scrollTop, height: scroller.clientHeight });
    const resize = new ResizeObserver(update);
    resize.observe(scroller);
    scroller.addEventListener('scroll', update, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      scroller.removeEventListener('scroll', update);
    };
  }, [scrollRef]);

  // One observer measures every rendered row; changed heights are applied in one update.
  const rowObserver = useMemo(() => {
    if (typeof ResizeObserver === 'undefined') return null;
    return new ResizeObserver((entries) => {
      const readings: [number, number][] = [];
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const index = Number(element.dataset.index);
        const height = element.getBoundingClientRect().height;
        if (element.isConnected && Number.isInteger(index) && height > 0) {
          readings.push([index, height]);
        }
      }
      if (readings.length === 0) return;
      const key = currentKey.current;
      setMeasured((previous) => {
        const base = previous.key === key ? previous.heights : NO_HEIGHTS;
        let next: Map<number, number> | null = null;
        for (const [index, height] of readings) {
          if (base.get(index) === height) continue;
          next ??= new Map(base);
          next.set(index, height);
        }
        if (next) return { key, heights: next };
        return previous.key === key ? previous : { key, heights: base };
      });
    });
  }, []);
  useEffect(() => () => rowObserver?.disconnect(), [rowObserver]);

  const measureRef = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !rowObserver) return undefined;
      rowObserver.observe(element);
      return () => rowObserver.unobserve(element);
    },
    [rowObserver],
  );

  const total = offsets[count]!;
  const start = Math.max(0, firstRowEndingAfter(offsets, view.top - OVERSCAN_PX));
  const end = Math.min(count, firstRowStartingAt(offsets, view.top + view.height + OVERSCAN_PX));

  // A row scrolled to by the keyboard stays in view while the rows around it get measured and
  // move it; the user's own scrolling (wheel, touch, scrollbar) releases it.
  const pendingTarget = useRef<number | null>(null);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const release = () => {
      pendingTarget.current = null;
    };
    const events = ['wheel', 'touchmove', 'pointerdown'] as const;
    for (const name of events) scroller.addEventListener(name, release, { passive: true });
    return () => {
      for (const name of events) scroller.removeEventListener(name, release);
    };
  }, [scrollRef]);
  useLayoutEffect(() => {
    pendingTarget.current = null;
  }, [resetKey]);
  useLayoutEffect(() => {
    const target = pendingTarget.current;
    const scroller = scrollRef.current;
    if (target !== null && scroller && target < count) revealRow(scroller, offsets, target);
  }, [scrollRef, offsets, count]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const scroller = scrollRef.current;
      if (!scroller || index < 0 || index >= count) return;
      pendingTarget.current = index;
      revealRow(scroller, offsets, index);
    },
    [scrollRef, count, offsets],
  );

  return {
    start,
    end: Math.max(start, end),
    paddingTop: offsets[start]!,
    paddingBottom: total - offsets[Math.max(start, end)]!,
    measureRef,
    scrollToIndex,
  };
}

/** Scrolls the least distance that shows the whole row (or its top, if taller than the view). */
function revealRow(scroller: HTMLElement, offsets: Float64Array, index: number): void {
  const top = offsets[index]!;
  const bottom = offsets[index + 1]!;
  const viewTop = scroller.scrollTop;
  const viewHeight = scroller.clientHeight;
  if (top < viewTop || bottom - top > viewHeight) scroller.scrollTop = top;
  else if (bottom > viewTop + viewHeight) scroller.scrollTop = bottom - viewHeight;
}

/** The first row whose bottom edge lies below `y` (binary search over the prefix offsets). */
function firstRowEndingAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The first row whose top edge lies at or below `y`. */
function firstRowStartingAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! >= y) high = mid;
    else low = mid + 1;
  }
  return low;
}
