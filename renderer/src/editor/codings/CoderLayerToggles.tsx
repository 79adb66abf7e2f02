import { useMemo } from 'react';
import { useCodingsStore } from '../../state/codings';
import { useProjectStore } from '../../state/project';
import { formatCount } from '../../lib/format';
import { Icon } from '../../ui/Icon';
import { coderName } from './codingLabels';
import './codings.css';

/**
 * One toggle per coder who coded the open source: shows or hides that coder's highlights and
 * stripes. Only the drawing changes; the text and the codings are untouched.
 */
export function CoderLayerToggles({ sourceId }: { sourceId: string }) {
  const loadedSourceId = useCodingsStore((s) => s.sourceId);
  // The same map while only offsets change (typing), so typing does not re-render the toggles.
  const counts = useCodingsStore((s) => s.index.countsByCoder());
  const hidden = useCodingsStore((s) => s.hiddenCoderIds);
  const setCoderVisible = useCodingsStore((s) => s.setCoderVisible);
  const users = useProjectStore((s) => s.users);

  const coders = useMemo(
    () =>
      [...counts]
        .map(([id, count]) => ({ id, count, name: coderName(users, id) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [counts, users],
  );

  if (loadedSourceId !== sourceId || coders.length === 0) return null;

  return (
    <span className="coder-layers" role="group" aria-label="Coder layers">
      <span className="coder-layers__label">Layers</span>
      {coders.map((coder) => {
        const visible = !hidden.has(coder.id);
        return (
          <button
            key={coder.id}
            type="button"
            className="coder-layer"
            aria-pressed={visible}
            title={`${visible ? 'Hide' : 'Show'} the codings of ${coder.name}`}
            onClick={() => setCoderVisible(coder.id, !visible)}
          >
            <Icon name={visible ? 'check' : 'close'} small />
            {coder.name}
            <span className="faint num">{formatCount(coder.count)}</span>
          </button>
        );
      })}
    </span>
  );
}
