import type { CliCommand, CliContext } from './cli-context';
import { COMMANDS } from './commands';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, describeError, exitCodeFor } from './cli-errors';

export type { CliContext } from './cli-context';

/**
 * Runs one `concord` command line and resolves with the exit status: 0 success, 1 bad input or
 * usage (message on stderr), 2 internal error. Never calls process.exit, so tests can run it.
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  try {
    return await dispatch(argv, context);
  } catch (error) {
    context.stderr(`${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

async function dispatch(argv: string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    context.stderr(topLevelHelp());
    return EXIT_BAD_INPUT;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    context.stdout(topLevelHelp());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    context.stdout(`${context.version}\n`);
    return EXIT_OK;
  }

  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
  if (group.length > 0 && (rest[0] === undefined || rest[0] === '--help' || rest[0] === '-h')) {
    const text = groupHelp(first, group);
    if (rest[0] === undefined) {
      context.stderr(text);
      return EXIT_BAD_INPUT;
    }
    context.stdout(text);
    return EXIT_OK;
  }

  const { command, args } = findCommand(first, rest);
  if (args.includes('--help') || args.includes('-h')) {
    context.stdout(command.help);
    return EXIT_OK;
  }
  return command.run(args, context);
}

/** Commands may be one word ("info") or a group and a word ("participants import"). */
function findCommand(first: string, rest: string[]): { command: CliCommand; args: string[] } {
  const single = COMMANDS.find((command) => command.name === first);
  if (single) return { command: single, args: rest };

  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
  if (group.length > 0) {
    const [second, ...args] = rest;
    const command = group.find((candidate) => candidate.name === `${first} ${second}`);
    if (command) return { command, args };
    const names = group.map((candidate) => `"concord ${candidate.name}"`).join(', ');
    throw new UsageError(`concord ${first}: unknown subcommand "${second}". Available: ${names}.`);
  }
  throw new UsageError(
    `Unknown command "${first}".`,
    'Run "concord --help" for the list of commands.',
  );
}

function groupHelp(group: string, commands: CliCommand[]): string {
  const lines = commands.map((command) => `  concord ${command.name}  ${command.summary}`);
  return `Usage: concord ${group} SUBCOMMAND [ARGS...]\n\n${lines.join('\n')}\n`;
}

function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: concord COMMAND [ARGS...]

Concord works on .concord project files from the command line.

Commands:
${lines.join('\n')}

Options:
  -h, --help     Show this help, or a command's help after the command name.
  -v, --version  Print the version.

Exit status: 0 success, 1 bad input or usage, 2 internal error.
`;
}
