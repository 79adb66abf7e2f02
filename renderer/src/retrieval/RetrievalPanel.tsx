import { useEffect, useMemo } from 'react';
import { useRetrievalStore, type RetrievalControls } from '../state/retrieval';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { CODE_PICKER_ID } from './CodePicker';
import { RetrievalToolbar } from './RetrievalToolbar';
import { SegmentList, type CodeLook } from './SegmentList';
import { codeOptions } from './codeOptions';
import { summarizeSegments } from './segmentRows';

/**
 * The "Coded segments" tab of the results pane: everything coded with a code, grouped by source,
 * narrowed by subcodes, coders, source and participant attributes, and exportable.
 */
export function RetrievalPanel() {
  const codes = useRetrievalStore((s) => s.codes);
  const codeId = useRetrievalStore((s) => s.codeId);
  const segments = useRetrievalStore((s) => s.segments);
  const answered = useRetrievalStore((s) => s.answered);
  const loading = useRetrievalStore((s) => s.loading);
  const error = useRetrievalStore((s) => s.error);
  const exportStatus = useRetrievalStore((s) => s.exportStatus);
  const refresh = useRetrievalStore((s) => s.refresh);

  // Codings change while the tab is hidden: showing it retrieves afresh.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const options = useMemo(() => codeOptions(codes), [codes]);
  const codeLooks = useMemo(
    () =>
      new Map<string, CodeLook>(
        options.map((option) => [option.code.id, { color: option.code.color, path: option.path }]),
      ),
    [options],
  );
  const chosen = options.find((option) => option.code.id === codeId);

  const status = (
    <span className="retrieval-status" role="status">
      {exportStatus ? (
        <span className={exportStatus.kind === 'error' ? 'inline-error' : 'retrieval-status__ok'}>
          <Icon name={exportStatus.kind === 'error' ? 'alert' : 'check'} small />
          {exportStatus.text}
        </span>
      ) : (
        answered && <span className="retrieval-status__summary">{summarizeSegments(segments)}</span>
      )}
    </span>
  );

  return (
    <div className="retrieval" aria-busy={loading}>
      <RetrievalToolbar options={options} status={status} />
      {error ? (
        <p className="message message--error pane__message">{error}</p>
      ) : !codeId ? (
        <EmptyState
          icon="tree"
          title="Retrieve the coded segments of a code"
          actions={
            <button
              type="button"
              className="btn btn--small"
              onClick={() => document.getElementById(CODE_PICKER_ID)?.focus()}
            >
              Choose a code
            </button>
          }
        >
          <p>
            Choose a code above, typing any part of its path, to read everything coded with it side
            by side, grouped by source. Narrow it down by coder, source or participant attributes,
            and export it as CSV or Markdown.
          </p>
        </EmptyState>
      ) : answered && segments.length === 0 ? (
        <EmptyState icon="filter" title={`No segments coded “${chosen?.path ?? 'this code'}”`}>
          <p>{noSegmentsHint(answered, chosen?.hasChildren ?? false)}</p>
        </EmptyState>
      ) : (
        <SegmentList
          segments={segments}
          codeLooks={codeLooks}
          label={chosen ? `Segments coded ${chosen.path}` : 'Coded segments'}
        />
      )}
    </div>
  );
}

/** Why a query found nothing, and what to change. */
function noSegmentsHint(controls: RetrievalControls, hasChildren: boolean): string {
  const narrowed =
    controls.coderIds.length > 0 ||
    controls.sourceId !== null ||
    Object.keys(controls.attributeFilter).length > 0;
  if (narrowed) return 'Nothing matches these filters. Remove a filter to see more.';
  if (hasChildren && !controls.includeChildren) {
    return 'Its subcodes may hold segments: turn on “Include subcodes”.';
  }
  return 'Nothing has been coded with it yet.';
}
