import { useMemo, useRef, useState } from 'react';
import type { AgreementReport } from '../../../shared/api/contract';
import { draftMethodsParagraph } from '../../../shared/rounds/methods-paragraph';
import { Icon } from '../ui/Icon';

/**
 * The drafted methods paragraph (the same text the DOCX export carries), to copy into a paper
 * and edit there.
 */
export function MethodsParagraph({
  report,
  roundName,
}: {
  report: AgreementReport;
  roundName: string | undefined;
}) {
  const text = useMemo(() => draftMethodsParagraph(report, roundName), [report, roundName]);
  const textRef = useRef<HTMLParagraphElement>(null);
  // Remembers which text was copied: a new report drafts a new text, not copied yet.
  const [outcome, setOutcome] = useState<{ text: string; how: 'copied' | 'selected' } | null>(null);
  const copied = outcome?.text === text ? outcome.how : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ text, how: 'copied' });
    } catch {
      // No clipboard access (e.g. a page without permission): select the text for Ctrl+C.
      const node = textRef.current;
      if (!node) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setOutcome({ text, how: 'selected' });
    }
  };

  return (
    <section className="agr-section agr-methods" aria-labelledby="agr-methods-title">
      <div className="agr-section__header">
        <h3 id="agr-methods-title" className="agr-section__title">
          Methods paragraph (draft)
        </h3>
        <span className="agr-spacer" />
        <span className="agr-methods__status" role="status">
          {copied === 'copied' && (
            <>
              <Icon name="check" small /> Copied
            </>
          )}
          {copied === 'selected' && 'Selected: press Ctrl+C to copy'}
        </span>
        <button type="button" className="btn btn--small" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p ref={textRef} className="agr-methods__text" data-testid="agreement-methods">
        {text}
      </p>
    </section>
  );
}
