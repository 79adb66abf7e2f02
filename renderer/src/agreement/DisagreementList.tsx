import type { Disagreement } from '../../../shared/api/contract';
import { formatCount, plural } from '../lib/format';
import { useSourcesStore } from '../state/sources';
import { Icon } from '../ui/Icon';
import { DRILL_LIMIT, useAgreementStore } from './agreementStore';

/**
 * The passages behind a clicked figure: where some of the coders applied a code and others did
 * not, with what the others applied instead, each with a jump to its place in the source.
 */
export function DisagreementList({ codePaths }: { codePaths: ReadonlyMap<string, string> }) {
  const drill = useAgreementStore((s) => s.drill);
  const closeDrill = useAgreementStore((s) => s.closeDrill);
  if (!drill) return null;
  const { target, items, loading, error } = drill;

  return (
    <aside className="agr-drill" aria-label="Disagreements" aria-busy={loading}>
      <div className="agr-drill__header">
        <div className="agr-drill__heading">
          <h3 className="agr-drill__title">Disagreements: {target.label}</h3>
          <p className="agr-drill__count" role="status">
            {loading
              ? 'Finding passages…'
              : error
                ? ''
                : items.length === 0
                  ? 'The coders agree everywhere here.'
                  : items.length >= DRILL_LIMIT
                    ? `The first ${formatCount(DRILL_LIMIT)} passages`
                    : plural(items.length, 'passage')}
          </p>
        </div>
        <button
          type="button"
          className="icon-btn"
          aria-label="Close disagreements"
          title="Close disagreements"
          onClick={closeDrill}
        >
          <Icon name="close" />
        </button>
      </div>
      {error && <p className="message message--error">{error}</p>}
      <ol className="agr-drill__list">
        {items.map((item) => (
          <DisagreementItem
            key={`${item.sourceId}/${item.codeId}/${item.start}`}
            item={item}
            codePaths={codePaths}
          />
        ))}
      </ol>
    </aside>
  );
}

function DisagreementItem({
  item,
  codePaths,
}: {
  item: Disagreement;
  codePaths: ReadonlyMap<string, string>;
}) {
  // Sibling names repeat across the tree ("Challenges"): name codes by their path.
  const codePath = codePaths.get(item.codeId) ?? item.codeName;
  const open = () =>
    void useSourcesStore.getState().open(item.sourceId, { start: item.start, end: item.end });
  const instead = item.notCodedBy.map((coder) => {
    const codes = item.otherCodes
      .filter((other) => other.coderId === coder.id)
      .map((other) => codePaths.get(other.codeId) ?? other.codeName);
    return { coder, codes };
  });

  return (
    <li className="agr-passage">
      <div className="agr-passage__meta">
        <span className="agr-passage__source">{item.sourceTitle}</span>
        <span className="agr-passage__code" title={codePath}>
          {codePath}
        </span>
        <span className="agr-passage__offsets num" title="Characters in the source">
          {formatCount(item.start)}–{formatCount(item.end)}
        </span>
      </div>
      <blockquote className="agr-passage__text">{item.text}</blockquote>
      <dl className="agr-passage__coders">
        <div className="agr-passage__who agr-passage__who--coded">
          <dt>
            <Icon name="check" small />
            Coded by
          </dt>
          <dd>{item.codedBy.map((coder) => coder.name).join(', ')}</dd>
        </div>
        <div className="agr-passage__who agr-passage__who--missing">
          <dt>
            <Icon name="close" small />
            Not by
          </dt>
          <dd>
            {instead.map(({ coder, codes }, index) => (
              <span key={coder.id}>
                {index > 0 && '; '}
                <span className="agr-passage__coder">{coder.name}</span>
                {codes.length > 0 ? (
                  <span className="agr-passage__instead"> (coded {codes.join(', ')} instead)</span>
                ) : (
                  <span className="agr-passage__instead muted"> (nothing)</span>
                )}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <button
        type="button"
        className="btn btn--small agr-passage__open"
        onClick={open}
        title="Open the source with this passage selected"
      >
        <Icon name="chevronRight" small />
        Show in source
      </button>
    </li>
  );
}
