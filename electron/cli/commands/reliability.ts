import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  MEASUREMENT_LEVELS,
  computeReliability,
  type MeasurementLevel,
  type ReliabilityCell,
} from '../../../shared/agreement';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, InputError, UsageError } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';

const HELP = `Usage: concord reliability --input FILE [--level nominal|ordinal|interval|ratio] [--header] [--json]

Computes inter-coder reliability of coded units; no project is needed.

FILE is JSON or CSV:
  JSON  {"level": "nominal", "matrix": [[...], [...]]}: one row per coder, one column per
        unit, null where a coder gave no value.
  CSV   One row per unit, one column per coder; an empty field is a missing value. Numbers are
        read as numbers. With --header the first row (coder names) is skipped.

Options:
      --input FILE   The reliability data.
      --level LEVEL  Measurement level for Krippendorff's alpha (default: the file's, else nominal).
      --header       The CSV file starts with a header row.
      --json         Print one JSON object with the keys n_units, n_coders, percent_agreement,
                     krippendorff_alpha, fleiss_kappa, scott_pi, brennan_prediger, gwet_ac1,
                     and cohen_kappa with two coders. Undefined coefficients are null.
  -h, --help         Show this help.
`;

function parseLevel(value: string, where: string): MeasurementLevel {
  if (!(MEASUREMENT_LEVELS as readonly string[]).includes(value)) {
    throw new UsageError(`${where} "${value}" is not one of ${MEASUREMENT_LEVELS.join(', ')}.`);
  }
  return value as MeasurementLevel;
}

function fromJson(file: string, text: string): { matrix: ReliabilityCell[][]; level?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  const data = parsed as { matrix?: unknown; level?: unknown };
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(data.matrix)) {
    throw new InputError(`${file}: expected {"matrix": [[...], ...]} with one row per coder.`);
  }
  data.matrix.forEach((row, i) => {
    if (!Array.isArray(row)) throw new InputError(`${file}: matrix row ${i + 1} is not a list.`);
    row.forEach((cell: unknown, j) => {
      if (
        cell !== null &&
        typeof cell !== 'string' &&
        !(typeof cell === 'number' && Number.isFinite(cell))
      ) {
        throw new InputError(
          `${file}: matrix row ${i + 1}, unit ${j + 1} must be a number, a string or null.`,
        );
      }
    });
  });
  if (data.level !== undefined && typeof data.level !== 'string') {
    throw new InputError(`${file}: "level" must be a string.`);
  }
  return { matrix: data.matrix as ReliabilityCell[][], level: data.level as string | undefined };
}

/** Units are rows and coders columns in the file; the matrix is coders x units. */
async function fromCsv(file: string, text: string, header: boolean): Promise<ReliabilityCell[][]> {
  const { detectDelimiter, readCsvRecords } = await import('../../core/importers/csv-records');
  const records = readCsvRecords(file, text.replace(/^\uFEFF/, ''), detectDelimiter(text)).filter(
    (record) => record.fields.some((field) => field.trim() !== ''),
  );
  const rows = header ? records.slice(1) : records;
  const coders = Math.max(0, ...rows.map((record) => record.fields.length));
  const matrix: ReliabilityCell[][] = Array.from({ length: coders }, () => []);
  for (const record of rows) {
    for (let coder = 0; coder < coders; coder++) {
      const field = (record.fields[coder] ?? '').trim();
      const number = Number(field);
      matrix[coder]!.push(field === '' ? null : Number.isFinite(number) ? number : field);
    }
  }
  return matrix;
}

export const reliabilityCommand: CliCommand = {
  name: 'reliability',
  summary: 'Inter-coder reliability of a units-by-coders table (no project needed)',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('reliability', args, {
      input: { type: 'string' },
      level: { type: 'string' },
      header: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    expectPositionals('reliability', positionals, []);
    if (values.input === undefined) throw new UsageError('reliability: --input FILE is required.');
    const file = values.input;
    const text = await readFile(path.resolve(context.cwd, file), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        throw new InputError(
          `${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`,
        );
      },
    );
    const looksJson = /\.json$/i.test(file) || /^\s*[{[]/.test(text);
    const data = looksJson
      ? fromJson(file, text)
      : { matrix: await fromCsv(file, text, !!values.header) };
    const level = values.level
      ? parseLevel(values.level, '--level')
      : data.level
        ? parseLevel(data.level, `${file}: level`)
        : 'nominal';
    let summary;
    try {
      summary = computeReliability(data.matrix, level);
    } catch (error) {
      throw new InputError(`${file}: ${(error as Error).message}`);
    }
    if (values.json) {
      writeJson(context, summary);
    } else {
      const lines = Object.entries(summary).map(
        ([key, value]) =>
          `${key.padEnd(20)} ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : String(value)}`,
      );
      context.stdout(`${lines.join('\n')}\n`);
    }
    return EXIT_OK;
  },
};
