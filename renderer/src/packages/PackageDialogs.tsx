/** Dialogs for coder packages and returns. */
export function PackageDialogs() {
  return null;
}
