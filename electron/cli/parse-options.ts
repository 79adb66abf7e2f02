import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode, with its errors turned into UsageError that names the
 * command, and `--help` available on every command.
 */
export function parseCommandLine<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`concord ${command}: ${message}`, `Run "concord ${command} --help".`);
  }
}

export function parsePositiveInteger(command: string, flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      `concord ${command}: ${flag} must be a positive whole number, got "${value}".`,
    );
  }
  return Number(value);
}

export function expectPositionals(
  command: string,
  positionals: string[],
  names: string[],
  options: { rest?: boolean } = {},
): void {
  if (positionals.length < names.length) {
    const missing = names.slice(positionals.length).join(' ');
    throw new UsageError(
      `concord ${command}: missing ${missing}.`,
      `Run "concord ${command} --help".`,
    );
  }
  if (!options.rest && positionals.length > names.length) {
    const extra = positionals.slice(names.length).join(' ');
    throw new UsageError(
      `concord ${command}: unexpected argument ${extra}.`,
      `Run "concord ${command} --help".`,
    );
  }
}
