/** The agreement report in the results pane. */
export function AgreementPanel() {
  return null;
}
