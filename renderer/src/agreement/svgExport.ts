/**
 * Charts draw with CSS custom properties (--agr-chart-*, set per theme in agreement.css) so they
 * follow the light and dark themes on screen. A saved SVG stands alone, opened in a browser, Word
 * or Inkscape without our style sheet, and belongs on paper: its colours are replaced by this
 * light print palette, and the labels carry the verdicts in words so it reads in grey scale too.
 */
export const PRINT_PALETTE: Readonly<Record<string, string>> = {
  'agr-chart-bg': '#ffffff',
  'agr-chart-text': '#1d1f24',
  'agr-chart-muted': '#555a63',
  'agr-chart-grid': '#d5d7dc',
  'agr-chart-axis': '#8b8f98',
  'agr-chart-reference': '#3c4048',
  'agr-chart-bar': '#2f6fde',
  'agr-chart-acceptable': '#23803c',
  'agr-chart-tentative': '#b57a00',
  'agr-chart-low': '#c4322f',
  'agr-chart-cell-acceptable': '#dcefe0',
  'agr-chart-cell-tentative': '#fbeccc',
  'agr-chart-cell-low': '#f8dcdb',
  'agr-chart-cell-none': '#eef0f3',
};

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Ubuntu, 'Noto Sans', Arial, sans-serif";

/** Replaces every var(--agr-chart-…) with its print colour; unknown names are left alone. */
export function withPrintColours(markup: string): string {
  return markup.replace(
    /var\(--(agr-chart-[a-z-]+)\)/g,
    (whole, name: string) => PRINT_PALETTE[name] ?? whole,
  );
}

/** A standalone SVG document of a chart drawn on screen. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('font-family', FONT_STACK);
  // The on-screen size follows the pane; a file keeps the drawing's own size.
  const box = svg.viewBox.baseVal;
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  const markup = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withPrintColours(markup)}\n`;
}

/** "Agreement per code" → "agreement-per-code.svg". */
export function svgFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${slug === '' ? 'chart' : slug}.svg`;
}
