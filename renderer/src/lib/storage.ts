/**
 * Small typed wrapper over localStorage for UI preferences (pane sizes, theme). Preferences are
 * a convenience: unreadable or unavailable storage falls back to defaults instead of failing.
 */
const PREFIX = 'concord.';

export function readPreference<T>(
  key: string,
  fallback: T,
  isValid: (value: unknown) => boolean,
): T {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the preference simply is not remembered.
  }
}
