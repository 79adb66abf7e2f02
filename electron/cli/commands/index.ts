import type { CliCommand } from '../cli-context';
import { agreementCommand } from './agreement';
import { codesCommand } from './codes';
import { codingsCommand } from './codings';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { infoCommand } from './info';
import { mergeCommand } from './merge';
import { packageCommand } from './package';
import { packageOpenCommand } from './package-open';
import { participantsImportCommand } from './participants-import';
import { reliabilityCommand } from './reliability';
import { returnCommand } from './return';
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
  agreementCommand,
  reliabilityCommand,
  packageCommand,
  packageOpenCommand,
  returnCommand,
  mergeCommand,
  serveCommand,
];
