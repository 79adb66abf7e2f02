import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../electron/core/importers';
import { STRUCTURE_RESIDUE, badInputMessage, expectWellFormed, turnTexts, utf8 } from './helpers';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A minimal but valid Word document with one w:p per paragraph. */
function buildDocx(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  });
}

describe('DOCX', () => {
  it('reads paragraphs of a plain Word document as turns', async () => {
    const parsed = await parseSourceFile(
      'Notes Site A.docx',
      buildDocx(['Arrived at 9.', 'The ward was quiet & calm.']),
    );
    expectWellFormed(parsed);
    expect(parsed.title).toBe('Notes Site A');
    expect(parsed.format).toBe('docx');
    expect(turnTexts(parsed)).toEqual([
      [null, 'Arrived at 9.'],
      [null, 'The ward was quiet & calm.'],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('detects transcript conventions inside the document but keeps the format docx', async () => {
    const parsed = await parseSourceFile(
      'interview.docx',
      buildDocx([
        '[00:00:01] Interviewer: Welcome.',
        '[00:00:04] Sam: Thanks for having me.',
        'It is good to be here.',
        '[00:01:02] Interviewer: Let us start.',
      ]),
    );
    expectWellFormed(parsed, STRUCTURE_RESIDUE);
    expect(parsed.format).toBe('docx');
    expect(turnTexts(parsed)).toEqual([
      ['Interviewer', 'Welcome.'],
      ['Sam', 'Thanks for having me.\nIt is good to be here.'],
      ['Interviewer', 'Let us start.'],
    ]);
    expect(parsed.syncPoints.map((point) => point.timeMs)).toEqual([1000, 4000, 62000]);
  });

  it('reads f4 marks from a Word transcript', async () => {
    const parsed = await parseSourceFile(
      'f4.docx',
      buildDocx(['I: Wie geht es? #00:00:03-5#', 'B: Gut. #00:00:05-0#']),
    );
    expect(parsed.text).toBe('Wie geht es?\nGut.');
    expect(parsed.syncPoints).toEqual([
      { offset: 12, timeMs: 3500 },
      { offset: 17, timeMs: 5000 },
    ]);
  });

  it('refuses a truncated document, a non-zip and an empty document', async () => {
    const whole = buildDocx(['Some text.']);
    const truncated = whole.slice(0, Math.floor(whole.length * 0.6));
    expect(await badInputMessage(() => parseSourceFile('cut.docx', truncated))).toBe(
      'cut.docx: is not a readable Word document (.docx); it may be damaged or incomplete.',
    );
    expect(await badInputMessage(() => parseSourceFile('fake.docx', utf8('just text')))).toBe(
      'fake.docx: is not a readable Word document (.docx).',
    );
    expect(await badInputMessage(() => parseSourceFile('blank.docx', buildDocx(['', ' '])))).toBe(
      'blank.docx: the document contains no text.',
    );
  });

  it('tells the user to save a legacy .doc as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['old.doc', 'renamed.docx']) {
      expect(await badInputMessage(() => parseSourceFile(name, ole))).toMatch(
        new RegExp(
          `^${name.replace('.', '\\.')}: is an old-style Word document \\(\\.doc\\); .*save it as \\.docx`,
        ),
      );
    }
  });
});

describe('unsupported files', () => {
  it('names the supported formats for PDFs, audio and images', async () => {
    for (const name of ['paper.pdf', 'interview.mp3', 'photo.JPG']) {
      const message = await badInputMessage(() => parseSourceFile(name, new Uint8Array([1, 2, 3])));
      expect(message).toMatch(
        new RegExp(`^${name.replace('.', '\\.')}: \\.\\w+ files cannot be imported\\.`),
      );
      expect(message).toContain('.docx');
      expect(message).toContain('.srt, .vtt');
    }
  });

  it('refuses files over 512 MB before reading them', async () => {
    // A view claiming a huge length without allocating it: only byteLength is consulted.
    const huge = { byteLength: 600 * 1024 * 1024 } as Uint8Array;
    expect(await badInputMessage(() => parseSourceFile('huge.txt', huge))).toBe(
      'huge.txt: is too large (600 MB); the limit is 512 MB.',
    );
  });
});
