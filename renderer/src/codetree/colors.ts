/**
 * The colour choices offered for a code: distinct, readable highlight colours that stay apart on
 * light and dark backgrounds. The same set the core hands out to new codes (it cannot be imported
 * across the layer boundary, so it is repeated here); any other #RRGGBB can be typed.
 */
export const CODE_COLOR_CHOICES: readonly { hex: string; name: string }[] = [
  { hex: '#1F77B4', name: 'Blue' },
  { hex: '#D62728', name: 'Red' },
  { hex: '#2CA02C', name: 'Green' },
  { hex: '#FF7F0E', name: 'Orange' },
  { hex: '#9467BD', name: 'Purple' },
  { hex: '#8C564B', name: 'Brown' },
  { hex: '#E377C2', name: 'Pink' },
  { hex: '#17BECF', name: 'Cyan' },
  { hex: '#BCBD22', name: 'Olive' },
  { hex: '#7F7F7F', name: 'Grey' },
  { hex: '#393B79', name: 'Indigo' },
  { hex: '#AD494A', name: 'Brick' },
  { hex: '#637939', name: 'Moss' },
  { hex: '#E7BA52', name: 'Mustard' },
  { hex: '#7B4173', name: 'Plum' },
  { hex: '#3182BD', name: 'Sky' },
];

const HEX = /^#[0-9a-f]{6}$/i;

/** "#abc", "abc123" or "#ABC123" as "#ABC123"; null when it is not a colour. */
export function normalizeHex(input: string): string | null {
  let text = input.trim();
  if (!text.startsWith('#')) text = `#${text}`;
  if (/^#[0-9a-f]{3}$/i.test(text)) {
    text = `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  }
  return HEX.test(text) ? text.toUpperCase() : null;
}

/** The palette name of a colour, or its hex. */
export function colorName(hex: string): string {
  return CODE_COLOR_CHOICES.find((c) => c.hex.toLowerCase() === hex.toLowerCase())?.name ?? hex;
}
