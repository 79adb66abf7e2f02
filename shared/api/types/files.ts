// Files crossing the API: bytes the core made, text exports, and uploads from the UI.

/** A file the core made, as bytes (zip, docx, or UTF-8 text). */
export interface BinaryFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** A file's name and bytes, as the UI reads them from a dialog or a drop. */
export interface FileUpload {
  fileName: string;
  data: Uint8Array;
}
