import path from 'node:path';
import type { ConcordApi } from '../../../shared/api/contract';
import type { ProjectInfo } from '../../../shared/domain/types';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withCore } from '../project-session';
import { readInputFile } from '../read-input-file';

const HELP = `Usage: concord package-open PACKAGE_FILE PROJECT [--json]

Creates the new project PROJECT (".concord" is added when missing) from a coder package that a
lead wrote with \`concord package\`, and says what it holds and as whom it opens: the coder the
package is for. Code in it, then write the return for the lead with \`concord return\`.
Refuses to overwrite an existing file.

Options:
      --json  Print the new project's ProjectInfo (with its packageOrigin) as JSON.
  -h, --help  Show this help.
`;

/** What `package-open` reports about the new project: the coder, the round and the counts. */
export interface OpenedPackage {
  project: ProjectInfo;
  coderName: string;
  roundName: string | null;
}

async function describeOpened(api: ConcordApi, project: ProjectInfo): Promise<OpenedPackage> {
  const origin = project.packageOrigin;
  if (!origin) throw new Error('The project opened from a package has no package origin.');
  const [users, rounds] = await Promise.all([api.listUsers(), api.listRounds()]);
  const coderName = users.find((user) => user.id === origin.coderId)?.name ?? origin.coderId;
  const roundName =
    origin.roundId === null
      ? null
      : (rounds.find((round) => round.id === origin.roundId)?.name ?? origin.roundId);
  return { project, coderName, roundName };
}

function formatOpened({ project, coderName, roundName }: OpenedPackage): string {
  const origin = project.packageOrigin!;
  const { counts } = project;
  return [
    `Created ${project.path} from a coder package of "${origin.projectName}".`,
    `  Coding as:     ${coderName}`,
    `  Round:         ${roundName ?? 'none (every source)'}`,
    `  Sources:       ${counts.sources.toLocaleString('en-US')}`,
    `  Participants:  ${counts.participants.toLocaleString('en-US')}`,
    `  Codes:         ${counts.codes.toLocaleString('en-US')}`,
    `  Codings:       ${counts.codings.toLocaleString('en-US')} (${coderName}'s own; nobody else's)`,
    `When done, write the return for the lead: concord return "${project.path}" --out FILE`,
    '',
  ].join('\n');
}

export const packageOpenCommand: CliCommand = {
  name: 'package-open',
  summary: 'Create a project from a coder package, to code as its coder',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('package-open', args, {
      json: { type: 'boolean' },
    });
    expectPositionals('package-open', positionals, ['PACKAGE_FILE', 'PROJECT']);
    const upload = await readInputFile(context.cwd, positionals[0] as string);
    const projectPath = path.resolve(context.cwd, positionals[1] as string);
    const opened = await withCore(context, async (api) => {
      const project = await api.openCoderPackage({
        projectPath,
        fileName: upload.fileName,
        data: upload.data,
      });
      return describeOpened(api, project);
    });
    if (values.json) writeJson(context, opened.project);
    else context.stdout(formatOpened(opened));
    return EXIT_OK;
  },
};
