import type { Code } from '../../../shared/domain/types';
import { shortcutLabel } from '../lib/keyboard';
import { CodeTreeIcon } from './CodeTreeIcon';

/** The current code under the tree: what Apply uses, and the switch for its details. */
export function CurrentCodeBar({
  code,
  detailsOpen,
  onApply,
  onToggleDetails,
}: {
  code: Code;
  detailsOpen: boolean;
  onApply: () => void;
  onToggleDetails: () => void;
}) {
  return (
    <div className="current-code" aria-label="Current code" role="group">
      <span className="code-swatch" style={{ background: code.color }} aria-hidden />
      <span className="current-code__name" title={code.name}>
        {code.name}
      </span>
      <button
        type="button"
        className="btn btn--small"
        aria-expanded={detailsOpen}
        title="Definition, criteria, colour, memo and counts (Enter in the tree)"
        onClick={onToggleDetails}
      >
        Details
      </button>
      <button
        type="button"
        className="btn btn--small btn--primary"
        title={`Apply “${code.name}” to the text selected in the document (${shortcutLabel('Mod+Enter')} in the tree, or double-click the code)`}
        onClick={onApply}
      >
        <CodeTreeIcon name="apply" small /> Apply
      </button>
    </div>
  );
}
