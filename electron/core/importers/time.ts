/**
 * Clock times as transcripts and subtitles write them: "m:ss", "mm:ss", "h:mm:ss", optionally
 * with a fraction of a second after '.' or ',' ("00:01:02.5", "00:01:02,500").
 */

/** A regex source matching one clock time (no groups); callers wrap it in their own patterns. */
export const CLOCK_TIME_SOURCE = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

const CLOCK_TIME = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Milliseconds for a clock time, or null when the string is not a valid one (minutes or seconds
 * of 60 and more under a larger unit are invalid).
 */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  const [, hoursText, minutesText, secondsText, fractionText] = match;
  return clockToMs(
    hoursText === undefined ? 0 : Number(hoursText),
    Number(minutesText),
    Number(secondsText),
    fractionText,
    hoursText !== undefined,
  );
}

/**
 * Milliseconds from clock parts. `fraction` holds the digits after the decimal separator
 * ("4" = 400 ms, "45" = 450 ms). Returns null when a part is out of range.
 */
export function clockToMs(
  hours: number,
  minutes: number,
  seconds: number,
  fraction: string | undefined,
  hasHours: boolean,
): number | null {
  if (seconds >= 60) return null;
  if (hasHours && minutes >= 60) return null;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}
