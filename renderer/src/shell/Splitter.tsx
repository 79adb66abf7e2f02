import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const KEY_STEP = 16;
const KEY_STEP_LARGE = 64;

/**
 * A draggable, focusable separator that resizes one pane. `growsWith` says which pointer movement
 * makes the pane bigger: +1 when the pane is before the splitter (left/top), -1 when after it.
 * Arrow keys resize by 16px (64px with Shift); Home/End jump to the limits.
 */
export function Splitter({
  orientation,
  size,
  min,
  max,
  growsWith,
  label,
  onResize,
}: {
  /** 'vertical' separates columns (drag horizontally), 'horizontal' separates rows. */
  orientation: 'vertical' | 'horizontal';
  size: number;
  min: number;
  max: number;
  growsWith: 1 | -1;
  label: string;
  onResize: (size: number) => void;
}) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  const coordinate = (event: PointerEvent) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { start: coordinate(event), size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.size + growsWith * (coordinate(event) - drag.current.start)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const backward = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (event.key === forward) next = size + growsWith * step;
    else if (event.key === backward) next = size - growsWith * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(clamp(next));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(size)}
      aria-valuemin={min}
      aria-valuemax={max}
      title={`${label} (drag, or focus and use the arrow keys)`}
      className={`splitter splitter--${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
