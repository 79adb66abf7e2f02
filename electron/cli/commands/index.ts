import type { CliCommand } from '../cli-context';
import { codesCommand } from './codes';
import { codingsCommand } from './codings';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { infoCommand } from './info';
import { participantsImportCommand } from './participants-import';
import { searchCommand } from './search';
import { serveCommand } from './serve';

/** Every command, in the order `concord --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  importCommand,
  participantsImportCommand,
  infoCommand,
  searchCommand,
  codesCommand,
  codingsCommand,
  serveCommand,
];
