import { useEffect, useState } from 'react';
import type { CodedSegment, CodeSplitResult } from '../../../../shared/api/contract';
import type { Code } from '../../../../shared/domain/types';
import { api } from '../../api';
import { errorMessage } from '../../lib/errors';
import { plural } from '../../lib/format';
import { ConfirmFooter } from '../../ui/ConfirmFooter';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { splitCode } from '../codebookActions';

const EXCERPT_CHARS = 220;

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
};

/**
 * Splits a code: tick the codings that belong to a new sibling code, name it, and they move there.
 * Only this code's own codings are listed (not those of its subcodes).
 */
export function SplitCodeDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const [segments, setSegments] = useState<CodedSegment[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const { busy, error, setError, run } = useAsyncAction();
  const [result, setResult] = useState<CodeSplitResult | null>(null);

  useEffect(() => {
    let live = true;
    api
      .listCodedSegments({ codeId: code.id })
      .then((rows) => live && setSegments(rows.filter((row) => row.codeId === code.id)))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [code.id, setError]);

  const toggle = (codingId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(codingId);
    else next.delete(codingId);
    setChosen(next);
  };

  const split = async () => {
    if (!name.trim()) {
      setError('Name the new code.');
      return;
    }
    if (chosen.size === 0) {
      setError('Tick the codings that move to the new code.');
      return;
    }
    await run(async () => setResult(await splitCode(code.id, [...chosen], name.trim())));
  };

  if (result) {
    return (
      <Dialog
        title="Code split"
        onClose={onClose}
        width={440}
        footer={
          <button type="button" className="btn btn--primary" onClick={onClose} autoFocus>
            Done
          </button>
        }
      >
        <p data-testid="split-result">
          {plural(result.movedCodings, 'coding')} moved from “{code.name}” to the new code “
          {result.code.name}”. Undo with Ctrl+Z.
        </p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Split “${code.name}”`}
      onClose={onClose}
      width={620}
      footer={
        <>
          <span className="dialog__footer-note muted">
            {plural(chosen.size, 'coding')} of {segments?.length ?? 0} chosen
          </span>
          <ConfirmFooter
            onCancel={onClose}
            onConfirm={() => void split()}
            disabled={busy || !segments}
          >
            Split
          </ConfirmFooter>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void split();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="split-name">
            New code (a sibling of “{code.name}”)
          </label>
          <input
            id="split-name"
            className="input"
            value={name}
            placeholder="Name of the new code"
            autoFocus
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        </div>
        <fieldset className="split-list">
          <legend className="field__label">Codings that move to the new code</legend>
          {segments === null && !error && <p className="muted">Loading codings…</p>}
          {segments?.length === 0 && (
            <p className="muted">“{code.name}” has no codings of its own to split.</p>
          )}
          {segments?.map((segment) => (
            <label key={segment.codingId} className="split-list__row">
              <input
                type="checkbox"
                checked={chosen.has(segment.codingId)}
                onChange={(event) => toggle(segment.codingId, event.target.checked)}
              />
              <span className="split-list__body">
                <span className="split-list__text">“{excerpt(segment.text)}”</span>
                <span className="split-list__meta">
                  {segment.sourceTitle}
                  {segment.participantPseudonym ? ` · ${segment.participantPseudonym}` : ''} · coded
                  by {segment.coderName}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <ErrorMessage error={error} />
      </form>
    </Dialog>
  );
}
