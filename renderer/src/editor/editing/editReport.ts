import { plural } from '../../lib/format';

/**
 * The status line after a text edit cost codings some of their text, e.g. "2 codings shortened,
 * 1 removed — see the audit log"; null when no coding lost text.
 */
export function describeCodingLoss(shrunk: number, removed: number): string | null {
  if (shrunk === 0 && removed === 0) return null;
  const parts: string[] = [];
  if (shrunk > 0) parts.push(`${plural(shrunk, 'coding')} shortened`);
  if (removed > 0)
    parts.push(shrunk > 0 ? `${removed} removed` : `${plural(removed, 'coding')} removed`);
  return `${parts.join(', ')} — see the audit log`;
}
