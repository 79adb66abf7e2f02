import type { BinaryFile, ExportedFile } from '../../../shared/api/contract';

/** Long enough for the browser (or Electron's save dialog) to have taken the blob. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a file the way a web page does: a Blob behind a temporary <a download>. In the browser
 * this is a download; in Electron the host shows its save dialog.
 */
export function saveFile(fileName: string, mimeType: string, content: string | Uint8Array): void {
  const part = typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves a text export (segments, CSV, Markdown). */
export function saveExportedFile(file: ExportedFile): void {
  saveFile(file.fileName, file.mimeType, file.content);
}

/** Saves bytes the core made (a package, a return, a DOCX). */
export function saveBinaryFile(file: BinaryFile): void {
  saveFile(file.fileName, file.mimeType, file.data);
}
