import type { CliContext } from './cli-context';

/** One JSON document on stdout, so `--json` output pipes straight into jq or a script. */
export function writeJson(context: CliContext, value: unknown): void {
  context.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
