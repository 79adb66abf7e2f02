import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';

/** Gap between the anchor and the popup, and the popup and the window edge. */
const GAP = 4;
const MARGIN = 8;
const MAX_HEIGHT = 320;

interface Placement {
  left: number;
  top?: number;
  bottom?: number;
  minWidth: number;
  maxHeight: number;
}

/**
 * A popup fixed to the window next to its anchor, so the scrolling results pane cannot clip it.
 * It opens below the anchor, or above when there is more room there (the results pane sits at the
 * bottom of the window). A mouse press outside the anchor and the popup dismisses it.
 */
export function AnchoredPopup({
  anchorRef,
  onDismiss,
  className,
  children,
}: {
  anchorRef: RefObject<HTMLElement | null>;
  onDismiss: () => void;
  className?: string;
  children: ReactNode;
}) {
  const popupRef = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const anchor = anchorRef.current;
      if (!anchor) return;
      const rect = anchor.getBoundingClientRect();
      const below = window.innerHeight - rect.bottom - GAP - MARGIN;
      const above = rect.top - GAP - MARGIN;
      const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - rect.width - MARGIN));
      setPlacement(
        below >= Math.min(MAX_HEIGHT, above)
          ? {
              left,
              top: rect.bottom + GAP,
              minWidth: rect.width,
              maxHeight: Math.min(MAX_HEIGHT, below),
            }
          : {
              left,
              bottom: window.innerHeight - rect.top + GAP,
              minWidth: rect.width,
              maxHeight: Math.min(MAX_HEIGHT, above),
            },
      );
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [anchorRef]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (popupRef.current?.contains(target) || anchorRef.current?.contains(target)) return;
      onDismiss();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchorRef, onDismiss]);

  return (
    <div
      ref={popupRef}
      className={['anchored-popup', className].filter(Boolean).join(' ')}
      style={placement ? { position: 'fixed', ...placement } : { visibility: 'hidden' }}
    >
      {children}
    </div>
  );
}
