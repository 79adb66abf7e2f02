import type { Code } from '../../../shared/domain/types';

/**
 * Distinct, readable highlight colours for new codes, in the order they are handed out. Chosen to
 * stay apart from each other on both light and dark backgrounds.
 */
export const CODE_PALETTE: readonly string[] = [
  '#1F77B4',
  '#D62728',
  '#2CA02C',
  '#FF7F0E',
  '#9467BD',
  '#8C564B',
  '#E377C2',
  '#17BECF',
  '#BCBD22',
  '#7F7F7F',
  '#393B79',
  '#AD494A',
  '#637939',
  '#E7BA52',
  '#7B4173',
  '#3182BD',
];

/** The palette colour used by the fewest codes (the earliest on a tie). */
export function nextCodeColor(codes: readonly Code[]): string {
  const uses = new Map(CODE_PALETTE.map((color) => [color.toLowerCase(), 0]));
  for (const code of codes) {
    const key = code.color.toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = CODE_PALETTE[0]!;
  let fewest = Infinity;
  for (const color of CODE_PALETTE) {
    const count = uses.get(color.toLowerCase())!;
    if (count < fewest) [best, fewest] = [color, count];
  }
  return best;
}
