/** Colour helpers for drawing codes: codes store their colour as #RRGGBB. */

const HEX_COLOR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
/** Shown for a colour the core should never send, rather than breaking the stylesheet. */
const FALLBACK = [128, 128, 128] as const;

function channels(hex: string): readonly [number, number, number] {
  const match = HEX_COLOR.exec(hex);
  if (!match) return FALLBACK;
  return [
    parseInt(match[1] ?? '80', 16),
    parseInt(match[2] ?? '80', 16),
    parseInt(match[3] ?? '80', 16),
  ];
}

/** The code colour with an alpha, as a CSS colour (safe to put in a generated stylesheet). */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = channels(hex);
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/** The code colour as a CSS colour (validated, so it is safe in a generated stylesheet). */
export function solidColor(hex: string): string {
  const [r, g, b] = channels(hex);
  return `rgb(${r} ${g} ${b})`;
}
