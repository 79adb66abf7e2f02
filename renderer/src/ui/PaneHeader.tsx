import type { ReactNode } from 'react';

/** The small uppercase header every pane has, with optional actions on the right. */
export function PaneHeader({
  title,
  id,
  count,
  actions,
}: {
  title: string;
  id?: string;
  count?: number;
  actions?: ReactNode;
}) {
  return (
    <div className="pane-header">
      <h2 className="pane-header__title" id={id}>
        {title}
        {count !== undefined && <span className="pane-header__count num">{count}</span>}
      </h2>
      {actions && <div className="pane-header__actions">{actions}</div>}
    </div>
  );
}
