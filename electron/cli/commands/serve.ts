import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliCommand, CliContext } from '../cli-context';
import { EXIT_OK, UsageError } from '../cli-errors';
import { cliConfigDir } from '../config-dir';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { resolveExistingProject } from '../project-session';
import { ensureRendererBuilt } from '../renderer-build';

const HELP = `Usage: concord serve PROJECT [--port N] [--ui-dir DIR]

Opens PROJECT in your web browser instead of the desktop app. Serves the Concord UI on
127.0.0.1 only and prints an address with a one-time access token; nothing is reachable from
other machines. Stops on Ctrl+C.

Builds the UI into dist/renderer first if it has not been built yet.

Options:
      --port N      Listen on port N (default: any free port).
      --ui-dir DIR  Serve the UI built in DIR instead of dist/renderer (e.g. a build made
                    with \`vite build -c vite.renderer.config.ts --outDir DIR\`).
  -h, --help        Show this help.
`;

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Open a project in the web browser (local only)',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('serve', args, {
      port: { type: 'string' },
      'ui-dir': { type: 'string' },
    });
    expectPositionals('serve', positionals, ['PROJECT']);
    const port = values.port === undefined ? 0 : parsePort(values.port);
    const projectPath = resolveExistingProject(context, positionals[0] as string);
    const uiDir = values['ui-dir'];
    const staticDir =
      uiDir === undefined ? await ensureRendererBuilt(context) : requireBuiltUi(context, uiDir);

    const { startServer } = await import('../../server/start-server');
    const server = await startServer({
      projectPath,
      port,
      host: '127.0.0.1',
      staticDir,
      configDir: cliConfigDir(context.env),
      version: context.version,
      log: (message, error) =>
        context.stderr(
          `${message}${error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`}\n`,
        ),
    });
    context.stdout(
      `Concord is serving ${projectPath}\nOpen ${server.url}\nPress Ctrl+C to stop.\n`,
    );
    const signal = await context.waitForStopSignal();
    context.stderr(`Received ${signal}, closing ${projectPath}…\n`);
    await server.close();
    return EXIT_OK;
  },
};

function requireBuiltUi(context: CliContext, dir: string): string {
  const resolved = path.resolve(context.cwd, dir);
  if (!existsSync(path.join(resolved, 'index.html'))) {
    throw new UsageError(`concord serve: --ui-dir ${resolved} holds no built UI (index.html).`);
  }
  return resolved;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new UsageError(`concord serve: --port must be a port number (1-65535), got "${value}".`);
  }
  return port;
}
