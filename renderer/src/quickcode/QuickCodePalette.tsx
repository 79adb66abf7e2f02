import { useMemo, useState } from 'react';
import { HighlightedText } from '../codetree/HighlightedText';
import { applyCodeToSelection } from '../editor/coding-actions/applyCode';
import { useRecentCodesStore } from '../editor/coding-actions/recentCodesStore';
import { slotShortcut } from '../editor/coding-actions/recentSlots';
import { shortcutLabel } from '../lib/keyboard';
import { PaletteFrame } from '../palette/PaletteFrame';
import { usePaletteList } from '../palette/usePaletteList';
import { useCodingsStore } from '../state/codings';
import { useQuickCodeStore } from './quickCodeStore';
import { codePaths, rankCodes } from './rankCodes';
import './quickcode.css';

const MAX_ROWS = 60;
const PREVIEW_CHARS = 90;

/**
 * Quick-code: a keyboard-only picker over the code paths (fuzzy), recent codes first. Enter
 * applies the active code to the text selected when the palette opened; arrows choose, Escape
 * closes. Each recent code shows its Alt+number shortcut.
 */
export function QuickCodePalette({ onClosed }: { onClosed: () => void }) {
  const target = useQuickCodeStore((s) => s.target);
  const close = useQuickCodeStore((s) => s.close);
  const codes = useCodingsStore((s) => s.codes);
  const recent = useRecentCodesStore((s) => s.recent);
  const [query, setQuery] = useState('');
  const paths = useMemo(() => codePaths(codes), [codes]);
  const shown = useMemo(
    () => rankCodes(paths, query, recent.order).slice(0, MAX_ROWS),
    [paths, query, recent.order],
  );
  const dismiss = () => {
    close();
    onClosed();
  };
  const apply = (index: number) => {
    const choice = shown[index];
    if (!choice || !target) return;
    dismiss();
    void applyCodeToSelection(choice.code.id, target);
  };

  const { active, setActive, dialog, list, onKeyDown } = usePaletteList(shown.length, (index) =>
    apply(index),
  );

  const preview = target
    ? target.text.length > PREVIEW_CHARS
      ? `${target.text.slice(0, PREVIEW_CHARS)}…`
      : target.text
    : '';

  return (
    <PaletteFrame
      dialog={dialog}
      list={list}
      className="palette quick-code"
      label="Quick code"
      onDismiss={dismiss}
      placeholder="Code the selection with… (type part of a code name)"
      inputLabel="Code name"
      listId="quick-code-list"
      activeRowId={shown[active] ? `qc-${shown[active].code.id}` : undefined}
      query={query}
      onQueryChange={(next) => {
        setQuery(next);
        setActive(0);
      }}
      onKeyDown={onKeyDown}
      beforeList={
        <p className="quick-code__target" title={target?.text}>
          <span className="faint">Selection:</span> “{preview.replace(/\s+/g, ' ')}”
        </p>
      }
    >
      {shown.length === 0 && (
        <li className="palette__empty">
          {codes.length === 0
            ? 'The codebook is empty: add codes in the code tree, or press Ctrl+Shift+I to code in vivo.'
            : 'No code matches'}
        </li>
      )}
      {shown.map((entry, index) => {
        const shortcut = slotShortcut(recent, entry.code.id);
        return (
          <li
            key={entry.code.id}
            id={`qc-${entry.code.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'palette__row is-active' : 'palette__row'}
            onMouseMove={() => setActive(index)}
            onClick={() => apply(index)}
          >
            <span
              className="quick-code__swatch"
              style={{ background: entry.code.color }}
              aria-hidden
            />
            <span className="palette__title">
              <HighlightedText text={entry.path} positions={entry.positions} />
            </span>
            {entry.recent && <span className="palette__group">recent</span>}
            {shortcut && (
              <kbd title={`Apply with ${shortcutLabel(shortcut)}`}>{shortcutLabel(shortcut)}</kbd>
            )}
          </li>
        );
      })}
    </PaletteFrame>
  );
}
