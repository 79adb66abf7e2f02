import { useState, type KeyboardEvent } from 'react';
import { CODE_COLOR_CHOICES, colorName, normalizeHex } from './colors';

/**
 * The palette as a radio group (arrow keys move between swatches, each named for screen readers)
 * plus a field for any #RRGGBB. `onChange` gets the chosen colour as #RRGGBB.
 */
export function ColorPicker({
  value,
  onChange,
  label = 'Colour',
}: {
  value: string;
  onChange: (hex: string) => void;
  label?: string;
}) {
  const [custom, setCustom] = useState<string | null>(null);
  const [customError, setCustomError] = useState<string | null>(null);
  const selectedIndex = CODE_COLOR_CHOICES.findIndex(
    (c) => c.hex.toLowerCase() === value.toLowerCase(),
  );

  const onSwatchKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    event.preventDefault();
    const count = CODE_COLOR_CHOICES.length;
    const next = CODE_COLOR_CHOICES[(Math.max(selectedIndex, 0) + step + count) % count]!;
    onChange(next.hex);
    const buttons = event.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]');
    buttons[CODE_COLOR_CHOICES.indexOf(next)]?.focus();
  };

  const commitCustom = () => {
    if (custom === null) return;
    const hex = normalizeHex(custom);
    if (!hex) {
      setCustomError(`"${custom}" is not a colour: type six hex digits, e.g. #2F6FDE.`);
      return;
    }
    setCustom(null);
    setCustomError(null);
    if (hex.toLowerCase() !== value.toLowerCase()) onChange(hex);
  };

  return (
    <div className="color-picker">
      <div
        className="color-picker__swatches"
        role="radiogroup"
        aria-label={label}
        onKeyDown={onSwatchKeyDown}
      >
        {CODE_COLOR_CHOICES.map((choice, index) => {
          const checked = index === selectedIndex;
          return (
            <button
              key={choice.hex}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={choice.name}
              title={`${choice.name} ${choice.hex}`}
              tabIndex={checked || (selectedIndex === -1 && index === 0) ? 0 : -1}
              className="color-picker__swatch"
              style={{ background: choice.hex }}
              onClick={() => onChange(choice.hex)}
            />
          );
        })}
      </div>
      <div className="color-picker__custom">
        <span
          className="code-swatch code-swatch--large"
          style={{ background: value }}
          aria-hidden
        />
        <input
          className="input input--compact color-picker__hex"
          aria-label={`${label}: hex value`}
          aria-invalid={customError ? true : undefined}
          value={custom ?? value.toUpperCase()}
          spellCheck={false}
          onChange={(event) => {
            setCustom(event.target.value);
            setCustomError(null);
          }}
          onBlur={commitCustom}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commitCustom();
            } else if (event.key === 'Escape' && custom !== null) {
              event.preventDefault();
              event.stopPropagation();
              setCustom(null);
              setCustomError(null);
            }
          }}
        />
        <span className="faint color-picker__name">{colorName(value)}</span>
      </div>
      {customError && (
        <p className="inline-error" role="alert">
          {customError}
        </p>
      )}
    </div>
  );
}
