import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCodingsStore } from '../../state/codings';
import { codeName } from '../codings/codingLabels';
import { saveCodingMemo } from './codingEdits';
import { useMemoStore } from './memoStore';

const WIDTH = 320;

/** Where to show the popover: beside the coding's stripe, else below the selected text. */
function anchorRect(codingId: string): DOMRect {
  const stripe = document.querySelector(`.stripe[data-coding-id="${CSS.escape(codingId)}"]`);
  if (stripe) return stripe.getBoundingClientRect();
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0) return selection.getRangeAt(0).getBoundingClientRect();
  return new DOMRect(window.innerWidth / 2 - WIDTH / 2, window.innerHeight / 3, 0, 0);
}

/**
 * The memo of the selected coding in a small popover: Enter saves, Shift+Enter starts a new
 * line, Escape cancels. Focus returns to where it was.
 */
export function MemoPopover({ onClosed }: { onClosed: () => void }) {
  const codingId = useMemoStore((s) => s.codingId);
  const close = useMemoStore((s) => s.close);
  const coding = useCodingsStore((s) => (codingId ? s.index.get(codingId) : undefined));
  const codeById = useCodingsStore((s) => s.codeById);
  const [memo, setMemo] = useState(coding?.memo ?? '');
  const [saving, setSaving] = useState(false);
  const [position] = useState(() => {
    const rect = codingId ? anchorRect(codingId) : new DOMRect();
    const top = Math.min(Math.max(8, rect.top), window.innerHeight - 200);
    const left = Math.min(Math.max(8, rect.right + 8), window.innerWidth - WIDTH - 8);
    return { top, left };
  });
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  if (!codingId || !coding) return null;

  const dismiss = () => {
    close();
    onClosed();
  };
  const save = async () => {
    if (memo === coding.memo) return dismiss();
    setSaving(true);
    const saved = await saveCodingMemo(coding.id, memo);
    setSaving(false);
    if (saved) dismiss();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dismiss();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <div
      className="memo-popover"
      role="dialog"
      aria-label={`Memo of the ${codeName(codeById, coding.codeId)} coding`}
      style={{ top: position.top, left: position.left, width: WIDTH }}
    >
      <label className="memo-popover__label" htmlFor="coding-memo">
        Memo · {codeName(codeById, coding.codeId)}
      </label>
      <textarea
        id="coding-memo"
        ref={field}
        className="memo-popover__field"
        rows={4}
        value={memo}
        disabled={saving}
        placeholder="Why this passage is coded so, questions, links…"
        onChange={(event) => setMemo(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) void save();
        }}
      />
      <div className="memo-popover__actions">
        <span className="faint">Enter saves · Shift+Enter new line · Esc cancels</span>
        <button type="button" className="btn btn--primary" onClick={() => void save()}>
          Save
        </button>
      </div>
    </div>
  );
}
