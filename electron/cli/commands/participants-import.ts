import { ApiError } from '../../../shared/api/errors';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { plural } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { readInputFile } from '../read-input-file';

const HELP = `Usage: concord participants import PROJECT CSV

Creates or updates participants from a CSV file: one row per participant, a pseudonym column
and one column per attribute. Rows whose pseudonym exists already update that participant.
The whole file is one transaction: if it cannot be imported, nothing changes.

Options:
  -h, --help  Show this help.
`;

export const participantsImportCommand: CliCommand = {
  name: 'participants import',
  summary: 'Create or update participants from a CSV file',
  help: HELP,
  async run(args, context) {
    const { positionals } = parseCommandLine('participants import', args, {});
    expectPositionals('participants import', positionals, ['PROJECT', 'CSV']);
    const [project, csv] = positionals as [string, string];
    const upload = await readInputFile(context.cwd, csv);
    const result = await withProject(context, project, (api) =>
      api.importParticipantsCsv(upload).catch((error: unknown) => {
        throw nameTheFile(error, csv);
      }),
    );
    context.stdout(
      `Participants from ${csv}: ${result.created} created, ${result.updated} updated; ` +
        `${plural(result.attributes.length, 'attribute')}` +
        (result.attributes.length > 0
          ? ` (${result.attributes.map((a) => a.name).join(', ')})`
          : '') +
        '.\n',
    );
    for (const warning of result.warnings) context.stderr(`  warning: ${csv}: ${warning}\n`);
    return EXIT_OK;
  },
};

function nameTheFile(error: unknown, file: string): unknown {
  if (error instanceof ApiError && error.code !== 'internal' && !error.message.includes(file)) {
    return new ApiError(error.code, `${file}: ${error.message}`);
  }
  return error;
}
