import type { ExportedFile } from '../../../shared/api/contract';

/** Long enough for the browser (or Electron's save dialog) to have taken the blob. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves an exported file the way a web page does: a Blob behind a temporary <a download>. In the
 * browser this is a download; in Electron the host shows its save dialog.
 */
export function saveExportedFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
