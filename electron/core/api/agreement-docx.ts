import { strToU8, zipSync } from 'fflate';
import type { AgreementReport, BinaryFile } from '../../../shared/api/contract';
import { draftMethodsParagraph } from '../../../shared/rounds';
import { AGREEMENT_COLUMNS, agreementCells, reportBaseName } from './agreement-table';

/**
 * The agreement report as a minimal WordprocessingML document: the package parts Word requires
 * ([Content_Types].xml, _rels/.rels, word/document.xml) plus a small styles part so headings are
 * real headings. Tables: overall figures, per code, per source.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Built from a string so the source holds no raw control characters.
const INVALID_XML_CHARACTERS = new RegExp(
  '[' +
    String.fromCharCode(0) +
    '-' +
    String.fromCharCode(8) +
    String.fromCharCode(11, 12) +
    String.fromCharCode(14) +
    '-' +
    String.fromCharCode(31) +
    '\\uFFFE\\uFFFF]',
  'g',
);

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot carry at all (controls other than tab, line feed and return).
      .replace(INVALID_XML_CHARACTERS, '')
  );
}

function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}${run(text)}</w:p>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const cell = (text: string, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>${run(text, bold)}</w:p></w:tc>`;
  const tableRow = (cells: readonly string[], bold: boolean) =>
    `<w:tr>${cells.map((text) => cell(text, bold)).join('')}</w:tr>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
    `</w:tblBorders></w:tblPr><w:tblGrid>${header.map(() => '<w:gridCol/>').join('')}</w:tblGrid>` +
    tableRow(header, true) +
    rows.map((cells) => tableRow(cells, false)).join('') +
    `</w:tbl>`
  );
}

export function agreementDocumentXml(
  report: AgreementReport,
  projectName: string,
  roundName?: string,
): string {
  const columns = [...AGREEMENT_COLUMNS];
  const cells = (rows: AgreementReport['rows']) => rows.map((row) => agreementCells(report, row));
  const overall = report.rows.filter((row) => row.sourceId === null && row.codeId === null);
  const perCode = report.rows.filter((row) => row.sourceId === null && row.codeId !== null);
  const perSource = report.rows.filter((row) => row.sourceId !== null && row.codeId === null);
  const body = [
    paragraph(`Inter-coder agreement: ${projectName}`, 'Title'),
    roundName ? paragraph(`Round: ${roundName}`) : '',
    paragraph(
      `Unit: ${report.unit}${report.unit === 'segment' ? ` (minimum overlap ${Math.round(report.overlap * 100)}%)` : ''}. Coders: ${report.coders.map((c) => `${c.name} (${c.role})`).join(', ')}.`,
    ),
    paragraph('Methods (draft)', 'Heading1'),
    paragraph(draftMethodsParagraph(report, roundName)),
    paragraph('Overall', 'Heading1'),
    table(columns, cells(overall)),
    paragraph('Per code', 'Heading1'),
    table(columns, cells(perCode)),
    paragraph('Per source', 'Heading1'),
    table(columns, cells(perSource)),
  ].join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W}"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
    `<w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" w:header="500" w:footer="500" w:gutter="0"/>` +
    `</w:sectPr></w:body></w:document>`
  );
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `</Types>`;

const PACKAGE_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

function style(id: string, name: string, size: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>` +
    `<w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W}">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>` +
  `<w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>` +
  style('Title', 'Title', 36) +
  style('Heading1', 'heading 1', 28) +
  `</w:styles>`;

export function agreementReportDocx(
  report: AgreementReport,
  projectName: string,
  roundName?: string,
): BinaryFile {
  const data = zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'word/document.xml': strToU8(agreementDocumentXml(report, projectName, roundName)),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
    'word/styles.xml': strToU8(STYLES),
  });
  return {
    fileName: `${reportBaseName(projectName)}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    data,
  };
}
