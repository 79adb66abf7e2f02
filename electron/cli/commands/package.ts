import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, InputError, UsageError } from '../cli-errors';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { findRound, findUser } from './team-lookup';

const HELP = `Usage: concord package PROJECT --coder NAME --out FILE [--round R]

Writes a coder package: the sources assigned to the coder in the round (every source without
--round), their participants, the codebook and the coder's own codings, nobody else's. The coder
opens it in Concord, codes, and sends back a return file for \`concord merge\`.

Options:
      --coder NAME  The coder the package is for.
      --out FILE    Where to write the package (an existing file is not overwritten).
      --round R     The round (name or id).
  -h, --help        Show this help.
`;

export const packageCommand: CliCommand = {
  name: 'package',
  summary: 'Write a coder package for coding on another machine',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('package', args, {
      coder: { type: 'string' },
      out: { type: 'string' },
      round: { type: 'string' },
    });
    expectPositionals('package', positionals, ['PROJECT']);
    if (values.coder === undefined) throw new UsageError('package: --coder NAME is required.');
    if (values.out === undefined) throw new UsageError('package: --out FILE is required.');
    const out = path.resolve(context.cwd, values.out);
    const file = await withProject(context, positionals[0] as string, async (api) => {
      const coder = await findUser(api, values.coder!, '--coder');
      const round = values.round === undefined ? undefined : await findRound(api, values.round);
      return api.exportCoderPackage({ coderId: coder.id, roundId: round?.id });
    });
    await writeFile(out, file.data, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        `${values.out}: ${error.code === 'EEXIST' ? 'already exists' : error.message}.`,
      );
    });
    context.stderr(`Wrote ${out}\n`);
    return EXIT_OK;
  },
};
