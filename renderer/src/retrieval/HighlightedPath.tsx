import type { ReactNode } from 'react';
import { PATH_SEPARATOR } from './codeOptions';

/**
 * A code path with the code's own name emphasised over its ancestors, and the letters a search
 * matched marked.
 */
export function HighlightedPath({
  path,
  positions,
}: {
  path: string;
  positions: readonly number[];
}) {
  const nameStart =
    path.lastIndexOf(PATH_SEPARATOR) + (path.includes(PATH_SEPARATOR) ? PATH_SEPARATOR.length : 0);
  return (
    <span className="code-path" title={path}>
      {nameStart > 0 && (
        <span className="code-path__parents">{marked(path, positions, 0, nameStart)}</span>
      )}
      <span className="code-path__name">{marked(path, positions, nameStart, path.length)}</span>
    </span>
  );
}

/** text[from, to) with the matched offsets wrapped in <mark>, consecutive ones together. */
function marked(text: string, positions: readonly number[], from: number, to: number): ReactNode[] {
  const hits = new Set(positions);
  const parts: ReactNode[] = [];
  let runStart = from;
  let runMatched = hits.has(from);
  for (let i = from + 1; i <= to; i++) {
    const matched = i < to && hits.has(i);
    if (i < to && matched === runMatched) continue;
    const piece = text.slice(runStart, i);
    parts.push(runMatched ? <mark key={runStart}>{piece}</mark> : piece);
    runStart = i;
    runMatched = matched;
  }
  return parts;
}
