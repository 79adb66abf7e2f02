import { memo, type CSSProperties } from 'react';
import { STRIPE_TOOLTIP_ID } from './StripeTooltip';

export interface StripeButtonProps {
  codingId: string;
  /** Code name, shown as the label when `labelled`. */
  name: string;
  coder: string;
  color: string;
  top: number;
  height: number;
  left: number;
  width: number;
  labelled: boolean;
  selected: boolean;
  /** Shown before the core has stored the coding. */
  pending: boolean;
  described: boolean;
  onShow: (codingId: string, element: HTMLElement) => void;
  onHide: () => void;
  onSelect: (codingId: string) => void;
}

/**
 * One coding's stripe. Memoised on plain props, so selecting a coding or adding one re-renders
 * only the stripes whose look changed, not the whole margin.
 */
export const StripeButton = memo(function StripeButton(props: StripeButtonProps) {
  const { codingId, name, pending, selected, onShow } = props;
  const style = {
    top: props.top,
    height: props.height,
    left: props.left,
    width: props.width,
    '--code-color': props.color,
  } as CSSProperties;
  return (
    <button
      type="button"
      tabIndex={-1}
      className={selected ? 'stripe is-selected' : 'stripe'}
      style={style}
      data-coding-id={codingId}
      data-pending={pending ? '' : undefined}
      aria-label={`${name}, coded by ${props.coder}${pending ? ' (saving)' : ''}`}
      aria-pressed={selected}
      aria-describedby={props.described ? STRIPE_TOOLTIP_ID : undefined}
      onMouseEnter={(event) => onShow(codingId, event.currentTarget)}
      onFocus={(event) => onShow(codingId, event.currentTarget)}
      onBlur={props.onHide}
      onClick={() => props.onSelect(codingId)}
    >
      {props.labelled && <span className="stripe__label">{name}</span>}
    </button>
  );
});
