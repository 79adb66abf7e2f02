/** What a command may touch of the outside world; tests and the launcher provide it. */
export interface CliContext {
  /** Writes to standard output (results, JSON documents). */
  stdout(text: string): void;
  /** Writes to standard error (progress, warnings, error messages). */
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Directory holding package.json, used to find and build the renderer for `serve`. */
  packageRoot: string;
  version: string;
  /** Working directory against which relative paths are resolved. */
  cwd: string;
  /** Resolves when the user asks the process to stop (SIGINT/SIGTERM); used by `serve`. */
  waitForStopSignal(): Promise<string>;
}

export interface CliCommand {
  /** As typed, e.g. "import" or "participants import". */
  name: string;
  summary: string;
  /** Full `--help` text. */
  help: string;
  run(args: string[], context: CliContext): Promise<number>;
}
