import { badInput } from './errors';
import { SAVE_AS_DOCX } from './formats/docx';

/** How a file is read, decided from its extension before looking at the content. */
export type FileKind = 'docx' | 'srt' | 'webvtt' | 'text';

export const SUPPORTED_FORMATS =
  'Concord imports plain text (.txt, with or without speaker labels and timestamps, including ' +
  'Otter, Rev and f4/f5 exports), Word documents (.docx) and subtitles (.srt, .vtt).';

/** Extensions of files that are certainly not transcripts Concord can read. */
const UNSUPPORTED_EXTENSIONS = new Set([
  'pdf',
  'odt',
  'pages',
  'rtf',
  'xls',
  'xlsx',
  'ods',
  'ppt',
  'pptx',
  'odp',
  'zip',
  'gz',
  '7z',
  'rar',
  'mp3',
  'wav',
  'm4a',
  'aac',
  'flac',
  'ogg',
  'opus',
  'wma',
  'mp4',
  'm4v',
  'mov',
  'avi',
  'mkv',
  'webm',
  'wmv',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'heic',
  'svg',
  'exe',
  'dll',
  'bin',
  'iso',
  'dmg',
  'concord',
  'sqlite',
  'db',
]);

/** Formats people can convert themselves, with the way to do it. */
const CONVERTIBLE: Record<string, string> = {
  doc: `is an old-style Word document (.doc); ${SAVE_AS_DOCX}`,
  rtf: `is a Rich Text document (.rtf); ${SAVE_AS_DOCX}`,
  odt: `is an OpenDocument text (.odt); ${SAVE_AS_DOCX}`,
  pages: `is a Pages document; export it as Word (.docx), then import that file.`,
};

export function fileExtension(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

/** Refuses formats Concord cannot read with a message that says what to do instead. */
export function classifyFile(fileName: string, extension = fileExtension(fileName)): FileKind {
  const convertible = CONVERTIBLE[extension];
  if (convertible) throw badInput(fileName, convertible);
  if (UNSUPPORTED_EXTENSIONS.has(extension)) {
    throw badInput(fileName, `.${extension} files cannot be imported. ${SUPPORTED_FORMATS}`);
  }
  if (extension === 'docx') return 'docx';
  if (extension === 'srt') return 'srt';
  if (extension === 'vtt') return 'webvtt';
  return 'text';
}

/** The proposed title: the file name without folder and extension. */
export function titleFromFileName(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  const title = (dot > 0 ? base.slice(0, dot) : base).trim();
  return title === '' ? 'Untitled' : title;
}
