import type { AgreementReport, BinaryFile } from '../../../shared/api/contract';
import { AGREEMENT_COLUMNS, agreementCells, reportBaseName } from './agreement-table';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV, one line per report row, UTF-8 with a BOM so spreadsheets read the names right. */
export function agreementReportCsv(report: AgreementReport, projectName: string): BinaryFile {
  const lines = [
    [...AGREEMENT_COLUMNS],
    ...report.rows.map((row) => agreementCells(report, row)),
  ].map((cells) => cells.map(csvField).join(','));
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  return {
    fileName: `${reportBaseName(projectName)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    data: new TextEncoder().encode(text),
  };
}
