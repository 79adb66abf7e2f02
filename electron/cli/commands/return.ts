import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, InputError, UsageError } from '../cli-errors';
import { plural } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';

const HELP = `Usage: concord return PROJECT --out FILE

Writes the return of a project made with \`concord package-open\`: the coder's codings, the codes
they added and their codebook edits, for the lead to merge with \`concord merge\`. Only the
package's coder's work is returned, whoever else coded in this copy.

Options:
      --out FILE  Where to write the return (an existing file is not overwritten).
  -h, --help      Show this help.
`;

export const returnCommand: CliCommand = {
  name: 'return',
  summary: "Write a coder's return file for the lead to merge",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('return', args, {
      out: { type: 'string' },
    });
    expectPositionals('return', positionals, ['PROJECT']);
    if (values.out === undefined) throw new UsageError('return: --out FILE is required.');
    const out = path.resolve(context.cwd, values.out);
    const { file, coderName, codings } = await withProject(
      context,
      positionals[0] as string,
      async (api) => {
        const file = await api.exportCoderReturn();
        // exportCoderReturn succeeded, so the project has a package origin.
        const coderId = (await api.getProject())!.packageOrigin!.coderId;
        const [users, coded] = await Promise.all([api.listUsers(), api.listCodings({ coderId })]);
        const coderName = users.find((user) => user.id === coderId)?.name ?? coderId;
        return { file, coderName, codings: coded.length };
      },
    );
    await writeFile(out, file.data, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        `${values.out}: ${error.code === 'EEXIST' ? 'already exists' : error.message}.`,
      );
    });
    context.stdout(`Wrote ${out}: the return of ${coderName} (${plural(codings, 'coding')}).\n`);
    return EXIT_OK;
  },
};
