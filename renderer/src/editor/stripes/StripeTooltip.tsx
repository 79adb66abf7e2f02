import type { Code, Coding, User } from '../../../../shared/domain/types';
import { formatDateTime } from '../../lib/format';
import { codePath, coderName } from '../codings/codingLabels';

export const STRIPE_TOOLTIP_ID = 'coding-stripe-tooltip';

export interface StripeTooltipProps {
  coding: Coding;
  code: Code | undefined;
  codeById: ReadonlyMap<string, Code>;
  users: readonly User[];
  /** Client rectangle of the stripe it describes. */
  anchor: DOMRect;
}

/** Details of the hovered or focused stripe: code path, coder, date and memo. */
export function StripeTooltip({ coding, code, codeById, users, anchor }: StripeTooltipProps) {
  const memo = coding.memo.trim();
  return (
    <div
      id={STRIPE_TOOLTIP_ID}
      role="tooltip"
      className="stripe-tip"
      style={{ left: anchor.right + 8, top: Math.max(8, anchor.top) }}
    >
      <div className="stripe-tip__code">
        <span className="stripe-tip__swatch" style={{ background: code?.color }} aria-hidden />
        {codePath(codeById, coding.codeId)}
      </div>
      <div className="stripe-tip__meta">
        <span data-testid="stripe-tip-coder">{coderName(users, coding.coderId)}</span>
        <span className="stripe-tip__date">{formatDateTime(coding.createdAt)}</span>
      </div>
      {memo !== '' && <p className="stripe-tip__memo">{memo}</p>}
    </div>
  );
}
