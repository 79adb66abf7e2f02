import type { ProjectInfo } from '../../../shared/domain/types';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { plural, writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';

const HELP = `Usage: concord info PROJECT [--json]

Shows a project's name and counts: sources, participants, words, codes, and codings per coder.

Options:
      --json  Print the ProjectInfo as one JSON document.
  -h, --help  Show this help.
`;

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show counts of sources, participants, words, codes and codings',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('info', args, {
      json: { type: 'boolean' },
    });
    expectPositionals('info', positionals, ['PROJECT']);
    const info = await withProject(context, positionals[0] as string, async (api) => {
      const project = await api.getProject();
      if (project === null) throw new Error('The project was opened but the core reports none.');
      return project;
    });
    if (values.json) writeJson(context, info);
    else context.stdout(formatInfo(info));
    return EXIT_OK;
  },
};

function formatInfo(info: ProjectInfo): string {
  const { counts } = info;
  const lines = [
    `${info.name}  (${info.path})`,
    `  Sources:       ${counts.sources.toLocaleString('en-US')}`,
    `  Participants:  ${counts.participants.toLocaleString('en-US')}`,
    `  Words:         ${counts.words.toLocaleString('en-US')}`,
    `  Codes:         ${counts.codes.toLocaleString('en-US')}`,
    `  Codings:       ${counts.codings.toLocaleString('en-US')}`,
    ...counts.codingsByCoder.map(
      (coder) => `    ${coder.coderName}: ${plural(coder.count, 'coding')}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
