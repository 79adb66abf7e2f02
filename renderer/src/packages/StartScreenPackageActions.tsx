/** Start-screen action: open a coder package as a new project. */
export function StartScreenPackageActions() {
  return null;
}
