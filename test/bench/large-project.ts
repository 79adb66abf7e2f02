import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCoreService } from '../../electron/core/api';
import { addCodebook, addCodings } from './codings-fixture';
import { syntheticParticipantsCsv, syntheticTranscript } from './synthetic-corpus';

export const TRANSCRIPTS = 1_000;
export const WORDS_PER_TRANSCRIPT = 10_000;
const PARTICIPANTS = 200;
/** Bump when the generator or the schema changes, so an old cache is not measured. */
const CACHE_VERSION = 4;

export interface LargeProject {
  projectPath: string;
  importSeconds: number;
  builtAt: string;
  words: number;
  fromCache: boolean;
}

interface CacheMeta {
  version: number;
  importSeconds: number;
  builtAt: string;
  words: number;
}

export function benchCacheDir(): string {
  return path.join(os.tmpdir(), 'concord-bench');
}

/**
 * Builds the 1,000-transcript project through the real import path (importers + store, one
 * transaction per file) and times it; later runs reuse the cached project and its import time.
 */
export async function ensureLargeProject(
  fresh: boolean,
  progress: (message: string) => void,
): Promise<LargeProject> {
  const dir = benchCacheDir();
  const projectPath = path.join(dir, 'large.concord');
  const metaPath = path.join(dir, 'large.json');
  if (!fresh && fs.existsSync(projectPath) && fs.existsSync(metaPath)) {
    const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as CacheMeta;
    if (meta.version === CACHE_VERSION) return { projectPath, ...meta, fromCache: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: TRANSCRIPTS }, (_, i) =>
    syntheticTranscript(i, WORDS_PER_TRANSCRIPT),
  );
  const encoder = new TextEncoder();
  const service = createCoreService({ host: 'browser', version: 'bench', configDir: dir });
  try {
    const { api } = service;
    await api.createProject({ path: projectPath, name: 'Synthetic large study' });
    await api.importParticipantsCsv({
      fileName: 'participants.csv',
      data: encoder.encode(syntheticParticipantsCsv(PARTICIPANTS)),
    });
    const participantIds = new Map(
      (await api.listParticipants()).map((p) => [p.pseudonym, p.id] as const),
    );
    const started = performance.now();
    for (const [index, file] of files.entries()) {
      await api.importSource({
        fileName: file.fileName,
        data: encoder.encode(file.content),
        participantId: participantIds.get(file.participant) ?? null,
      });
      if ((index + 1) % 100 === 0) progress(`imported ${index + 1} of ${TRANSCRIPTS} transcripts`);
    }
    const importSeconds = (performance.now() - started) / 1000;
    progress('adding a codebook and 300,000 codings for each of two coders');
    await addCodebook(api);
    const coder = await api.createUser({ name: 'Bench coder', role: 'coder' });
    const secondCoder = await api.createUser({ name: 'Second bench coder', role: 'coder' });
    service.close();
    addCodings(projectPath, [coder.id, secondCoder.id]);
    const meta: CacheMeta = {
      version: CACHE_VERSION,
      importSeconds,
      builtAt: new Date().toISOString(),
      words: files.reduce((sum, f) => sum + f.words, 0),
    };
    fs.writeFileSync(metaPath, JSON.stringify(meta));
    return { projectPath, ...meta, fromCache: false };
  } finally {
    service.close();
  }
}
