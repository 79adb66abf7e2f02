/**
 * Fuzzy matching for the command palette: every query character must appear in order. Matches at
 * word starts and consecutive runs score higher, so "imp" ranks "Import sources" first.
 * Returns null when the text does not match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '') return 0;
  const t = text.toLowerCase();
  let score = 0;
  let previous = -2;
  let from = 0;
  for (const char of q) {
    const index = t.indexOf(char, from);
    if (index === -1) return null;
    const atWordStart = index === 0 || /[\s:\-_/(]/.test(t[index - 1] ?? '');
    score += 1;
    if (index === previous + 1) score += 3;
    if (atWordStart) score += 4;
    score -= Math.min(3, (index - from) * 0.05);
    previous = index;
    from = index + 1;
  }
  // Prefer shorter texts when equally good.
  return score - t.length * 0.01;
}

export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  if (!query.trim()) return [...items];
  return items
    .map((item) => ({ item, score: fuzzyScore(query, text(item)) }))
    .filter((entry): entry is { item: T; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.item);
}
