/** Dialogs for creating, editing and following coding rounds. */
export function RoundDialogs() {
  return null;
}
