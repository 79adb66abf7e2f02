import type { ReactNode } from 'react';

/** Text with the characters at `positions` (from fuzzyMatch) marked, so users see why it matched. */
export function HighlightedText({
  text,
  positions,
}: {
  text: string;
  positions: readonly number[];
}) {
  if (positions.length === 0) return <span className="highlighted-text">{text}</span>;
  const marked = new Set(positions);
  const parts: ReactNode[] = [];
  let run = '';
  let runMarked = false;
  const flush = (key: number) => {
    if (!run) return;
    parts.push(
      runMarked ? (
        <mark key={key} className="fuzzy-mark">
          {run}
        </mark>
      ) : (
        run
      ),
    );
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const isMarked = marked.has(i);
    if (isMarked !== runMarked) {
      flush(i);
      runMarked = isMarked;
    }
    run += text[i];
  }
  flush(text.length);
  return <span className="highlighted-text">{parts}</span>;
}
