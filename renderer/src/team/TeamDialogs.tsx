/** Dialogs for managing users, roles and the codebook policy (lead only). */
export function TeamDialogs() {
  return null;
}
