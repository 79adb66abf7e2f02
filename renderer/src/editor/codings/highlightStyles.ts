import type { Code } from '../../../../shared/domain/types';
import { solidColor, withAlpha } from './codeColors';

/** Prefix of the CSS custom highlight of each code: `concord-code-<n>`. */
const CODE_HIGHLIGHT_PREFIX = 'concord-code-';
/** The highlight of the selected coding, drawn above the code highlights. */
export const SELECTED_CODING_HIGHLIGHT = 'concord-coding-selected';
/**
 * Translucent enough that four overlapping codings (a common density) still leave text readable,
 * while their colours visibly blend.
 */
const CODE_ALPHA = 0.26;
const SELECTED_ALPHA = 0.4;

/**
 * Names and styles the CSS custom highlights of codes. Each code gets a stable small number for
 * the session (a highlight name must be an identifier; code ids need not be), and one generated
 * stylesheet holds a `::highlight()` rule per code with its colour.
 */
export class HighlightStyles {
  private readonly numberByCode = new Map<string, number>();
  private readonly style: HTMLStyleElement;
  private codeRules = '';
  private selectedRule = '';

  constructor() {
    this.style = document.createElement('style');
    this.style.dataset.concord = 'coding-highlights';
    document.head.append(this.style);
  }

  highlightName(codeId: string): string {
    let number = this.numberByCode.get(codeId);
    if (number === undefined) {
      number = this.numberByCode.size;
      this.numberByCode.set(codeId, number);
    }
    return `${CODE_HIGHLIGHT_PREFIX}${number}`;
  }

  /** Writes one rule per code; call whenever codes (or their colours) change. */
  setCodes(codes: readonly Code[]): void {
    this.codeRules = codes
      .map(
        (code) =>
          `::highlight(${this.highlightName(code.id)}) { background-color: ${withAlpha(code.color, CODE_ALPHA)}; }`,
      )
      .join('\n');
    this.write();
  }

  /** Styles the selected coding in its code's colour: stronger fill and an underline. */
  setSelectedColor(hex: string | null): void {
    this.selectedRule = hex
      ? `::highlight(${SELECTED_CODING_HIGHLIGHT}) { background-color: ${withAlpha(hex, SELECTED_ALPHA)}; text-decoration: underline 2px ${solidColor(hex)}; text-underline-offset: 3px; }`
      : '';
    this.write();
  }

  dispose(): void {
    this.style.remove();
  }

  private write(): void {
    // Replacing a stylesheet restyles the whole document (tens of ms in a long transcript), so
    // never rewrite it unchanged.
    const text = `${this.codeRules}\n${this.selectedRule}`;
    if (this.style.textContent !== text) this.style.textContent = text;
  }
}
