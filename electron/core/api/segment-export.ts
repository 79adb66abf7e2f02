import type { CodedSegment, ExportedFile } from '../../../shared/api/contract';
import { pathOf } from '../../../shared/codebook';
import type { AttributeDefinition, AttributeValue, Code, Id } from '../../../shared/domain/types';

export interface SegmentExportInput {
  segments: readonly CodedSegment[];
  codes: readonly Code[];
  /** The code the segments were retrieved for, named in the file name and title. */
  codeId: Id;
  /** Columns of the participant table, in display order. */
  attributes: readonly AttributeDefinition[];
}

/** The coded segments as a file the UI saves or the CLI prints: CSV or Markdown. */
export function exportCodedSegments(
  format: 'csv' | 'markdown',
  input: SegmentExportInput,
): ExportedFile {
  const base = `${slug(input.codes.find((code) => code.id === input.codeId)?.name ?? 'code')}-segments`;
  return format === 'csv'
    ? { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', content: segmentsCsv(input) }
    : {
        fileName: `${base}.md`,
        mimeType: 'text/markdown;charset=utf-8',
        content: segmentsMarkdown(input),
      };
}

/** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function segmentsCsv({ segments, attributes }: SegmentExportInput): string {
  const header = [
    'Source',
    'Participant',
    ...attributes.map((attribute) => attribute.name),
    'Code',
    'Coder',
    'Start',
    'End',
    'Text',
    'Memo',
    'Coded at',
  ];
  const rows = segments.map((segment) => [
    segment.sourceTitle,
    segment.participantPseudonym ?? '',
    ...attributes.map((attribute) => formatValue(segment.attributes[attribute.id])),
    segment.codeName,
    segment.coderName,
    String(segment.start),
    String(segment.end),
    segment.text,
    segment.memo,
    segment.createdAt,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Grouped by source, with the participant's attributes, each segment a block quote. */
export function segmentsMarkdown({
  segments,
  codes,
  codeId,
  attributes,
}: SegmentExportInput): string {
  const title = codes.some((code) => code.id === codeId) ? pathOf(codes, codeId) : 'Code';
  const sourceCount = new Set(segments.map((segment) => segment.sourceId)).size;
  const lines = [
    `# Coded segments: ${escapeInline(title)}`,
    '',
    `${count(segments.length, 'segment')} from ${count(sourceCount, 'source')}.`,
  ];
  let currentSource: Id | null = null;
  for (const segment of segments) {
    if (segment.sourceId !== currentSource) {
      currentSource = segment.sourceId;
      const who = segment.participantPseudonym ? ` (${segment.participantPseudonym})` : '';
      lines.push('', `## ${escapeInline(segment.sourceTitle)}${escapeInline(who)}`);
      const described = attributes
        .filter((attribute) => formatValue(segment.attributes[attribute.id]) !== '')
        .map(
          (attribute) =>
            `${escapeInline(attribute.name)}: ${escapeInline(formatValue(segment.attributes[attribute.id]))}`,
        );
      if (described.length > 0) lines.push('', described.join(' · '));
    }
    lines.push('', ...segment.text.split(/\r?\n/).map((line) => `> ${escapeLineStart(line)}`));
    lines.push(
      '',
      `— ${escapeInline(segment.codeName)} · ${escapeInline(segment.coderName)} · characters ${segment.start}–${segment.end}`,
    );
    if (segment.memo.trim() !== '') lines.push('', `Memo: ${escapeInline(segment.memo.trim())}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatValue(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Keeps quoted speech from turning into headings, lists or nested quotes. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>*+-]|\d+[.)])/, '$1\\$2');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A file-name-safe form of a code name: "Role clarity" -> "role-clarity". */
function slug(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'code' : cleaned.slice(0, 60);
}
