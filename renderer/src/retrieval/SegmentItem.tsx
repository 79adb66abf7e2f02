import { useLayoutEffect, useRef, useState, type Ref, type RefObject } from 'react';
import type { CodedSegment } from '../../../shared/api/contract';
import { formatCount } from '../lib/format';
import { Icon } from '../ui/Icon';

/**
 * One coded segment as an option of the segments listbox: at the left the code, the coder and the
 * character offsets; then the quoted text (paragraph breaks kept, long quotes clamped with "Show
 * more") and the memo.
 */
export function SegmentItem({
  segment,
  id,
  index,
  codeColor,
  codePath,
  active,
  expanded,
  onToggleExpanded,
  onOpen,
  measureRef,
}: {
  segment: CodedSegment;
  id: string;
  index: number;
  codeColor: string | undefined;
  codePath: string | undefined;
  active: boolean;
  expanded: boolean;
  onToggleExpanded: () => void;
  onOpen: () => void;
  measureRef: Ref<HTMLDivElement>;
}) {
  const quoteRef = useRef<HTMLQuoteElement>(null);
  const overflowing = useOverflow(quoteRef, expanded);
  const memo = segment.memo.trim();

  return (
    <div
      ref={measureRef}
      id={id}
      data-index={index}
      data-coding-id={segment.codingId}
      role="option"
      aria-selected={active}
      className={['segment', active ? 'is-active' : ''].join(' ')}
      onClick={onOpen}
      title="Open in the source (Enter)"
    >
      <div className="segment__meta">
        <span className="segment__code" title={codePath ?? segment.codeName}>
          <span className="code-swatch" style={{ background: codeColor }} aria-hidden />
          <span className="segment__code-name">{segment.codeName}</span>
        </span>
        <span className="segment__details">
          <span className="segment__coder" title="Coder">
            {segment.coderName || 'Unknown coder'}
          </span>
          <span
            className="segment__offsets num"
            title={`Characters ${segment.start}–${segment.end} of the source`}
          >
            {formatCount(segment.start)}–{formatCount(segment.end)}
          </span>
        </span>
      </div>
      <div className="segment__body">
        <blockquote
          ref={quoteRef}
          className={['segment__text', expanded ? '' : 'is-clamped'].join(' ')}
        >
          {segment.text}
        </blockquote>
        {(overflowing || expanded) && (
          <button
            type="button"
            className="segment__more"
            tabIndex={-1}
            aria-expanded={expanded}
            onClick={(event) => {
              event.stopPropagation();
              onToggleExpanded();
            }}
          >
            {expanded ? 'Show less' : 'Show more'}
          </button>
        )}
        {memo && (
          <p className="segment__memo">
            <Icon name="notes" small label="Memo" />
            <span>{memo}</span>
          </p>
        )}
      </div>
    </div>
  );
}

/** Whether the clamped quote hides text; rechecked when its width changes. */
function useOverflow(ref: RefObject<HTMLElement | null>, expanded: boolean): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || expanded) return;
    const check = () => setOverflowing(element.scrollHeight > element.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, expanded]);
  return overflowing;
}
