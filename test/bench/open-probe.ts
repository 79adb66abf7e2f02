/**
 * Runs in a fresh process so that open time and resident memory are those of a cold core:
 * opens the project, lists sources and participants, then times a phrase search, the segments
 * of one code and the agreement of the two bench coders. Prints one JSON line.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createCoreService } from '../../electron/core/api';

const projectPath = process.argv[2];
if (!projectPath) throw new Error('usage: open-probe PROJECT');
async function main(projectPath: string): Promise<void> {
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-probe-'));
  const service = createCoreService({ host: 'browser', version: 'bench', configDir });
  const { api } = service;

  const openStarted = performance.now();
  await api.openProject({ path: projectPath });
  const sources = await api.listSources();
  const participants = await api.listParticipants();
  const openMs = performance.now() - openStarted;
  const rssMb = process.memoryUsage().rss / (1024 * 1024);

  const searchTimes: number[] = [];
  let hits = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    hits = (await api.searchSources({ query: 'safety plan', limit: 50 })).length;
    searchTimes.push(performance.now() - started);
  }
  searchTimes.sort((a, b) => a - b);

  // A leaf code: all its segments by the first bench coder, with their text (5,000 of that
  // coder's 300,000 codings, the project the 50 ms target is set on), then by every coder.
  const leaf = (await api.listCodes()).find((code) => code.parentId !== null)!;
  const coders = (await api.listUsers()).filter((user) => user.role === 'coder');
  const firstCoder = coders[0]!.id;
  const timeSegments = async (coderId: string | undefined) => {
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      count = (await api.listCodedSegments({ codeId: leaf.id, coderId })).length;
      times.push(performance.now() - started);
    }
    return { ms: median(times), count };
  };
  const ofCoder = await timeSegments(firstCoder);
  const ofAllCoders = await timeSegments(undefined);

  // Every agreement measure for the two bench coders over the whole project.
  const agreementTimes: number[] = [];
  let agreementRows = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    agreementRows = (
      await api.computeAgreement({ coderIds: coders.slice(0, 2).map((coder) => coder.id) })
    ).rows.length;
    agreementTimes.push(performance.now() - started);
  }
  agreementTimes.sort((a, b) => a - b);
  service.close();
  fs.rmSync(configDir, { recursive: true, force: true });

  process.stdout.write(
    JSON.stringify({
      project_open_ms: openMs,
      open_rss_mb: rssMb,
      fulltext_search_ms: searchTimes[Math.floor(searchTimes.length / 2)],
      codings_by_code_ms: ofCoder.ms,
      codings_by_code_all_coders_ms: ofAllCoders.ms,
      agreement_project_ms: agreementTimes[Math.floor(agreementTimes.length / 2)],
      agreement_rows: agreementRows,
      segments_of_code: ofCoder.count,
      segments_of_code_all_coders: ofAllCoders.count,
      sources: sources.length,
      participants: participants.length,
      search_hits: hits,
    }) + '\n',
  );
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

main(projectPath).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
