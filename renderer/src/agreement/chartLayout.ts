/** Pure geometry shared by the charts (tested without a DOM). */

/** The value axis of a chart of coefficients: from 0 (or lower, for negative values) to 1. */
export function coefficientDomain(values: readonly (number | null)[]): [number, number] {
  const lowest = Math.min(0, ...values.filter((v): v is number => v !== null));
  // Negative values get room down to the next tenth below, never past -1.
  return [Math.max(-1, Math.floor(lowest * 5) / 5), 1];
}

/** Tick values every 0.2 (0.5 on a wide axis) from `lo` to `hi`, exactly on the grid. */
export function coefficientTicks([lo, hi]: [number, number]): number[] {
  const step = hi - lo > 1.2 ? 0.5 : 0.2;
  const ticks: number[] = [];
  for (let i = Math.ceil(lo / step - 1e-9); i * step <= hi + 1e-9; i++) {
    // `|| 0` turns the -0 of Math.ceil(-tiny) into a plain 0.
    ticks.push(Math.round(i * step * 10) / 10 || 0);
  }
  return ticks;
}

/**
 * Shortens a label to `max` characters keeping its end, where a code path's own name is:
 * "Processes / Identification / Challenges" → "…Identification / Challenges".
 */
export function fitLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  return `…${label.slice(label.length - (max - 1))}`;
}

/** "0.6", "−0.2", "0": tick labels with a real minus sign. */
export function tickLabel(value: number): string {
  return (value === 0 ? '0' : value.toFixed(1)).replace(/^-/, '\u2212');
}
