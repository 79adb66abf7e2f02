import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, InputError } from '../cli-errors';
import { plural } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withCore } from '../project-session';

const HELP = `Usage: concord demo FILE

Creates the demo study (interviews, field notes and participants of a fictional project) as a
new project at FILE, for trying Concord out. Refuses to overwrite an existing file.

Options:
  -h, --help  Show this help.
`;

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Create the demo study as a new project',
  help: HELP,
  async run(args, context) {
    const { positionals } = parseCommandLine('demo', args, {});
    expectPositionals('demo', positionals, ['FILE']);
    const file = positionals[0] as string;
    const absolutePath = path.resolve(context.cwd, file);
    if (existsSync(absolutePath)) {
      throw new InputError(
        `${file}: already exists; the demo study is only created as a new file.`,
      );
    }
    const info = await withCore(context, (api) =>
      api.createProject({ path: absolutePath, withDemo: true }),
    );
    context.stdout(
      `Created the demo study at ${info.path}: ${plural(info.counts.sources, 'source')}, ` +
        `${plural(info.counts.participants, 'participant')}.\n`,
    );
    return EXIT_OK;
  },
};
