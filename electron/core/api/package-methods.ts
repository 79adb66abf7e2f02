import fs from 'node:fs';
import path from 'node:path';
import type { ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Id } from '../../../shared/domain/types';
import { buildCoderPackage } from '../packages/package-export';
import { createProjectFromPackage } from '../packages/package-import';
import { buildCoderReturn } from '../packages/return-export';
import {
  applyMerge,
  planMerge,
  readCoderReturn,
  type ParsedReturn,
} from '../packages/return-merge';
import { ProjectSession } from '../session/project-session';
import { PROJECT_EXTENSION } from '../store';
import { projectInfo, requireLead } from './access';
import type { ServiceContext } from './service-context';
import { MAX_UPLOAD_BYTES } from '../../../shared/api/schemas';
import { newId } from '../store/clock';

type PackageMethods = Pick<
  ConcordApi,
  | 'exportCoderPackage'
  | 'openCoderPackage'
  | 'exportCoderReturn'
  | 'mergeCoderReturn'
  | 'applyCoderReturn'
>;

const ZIP_MIME = 'application/zip';
/** Previews kept per open project; the oldest is forgotten beyond this. */
const MAX_PREVIEWS = 20;

function readPackageFile(filePath: string): Uint8Array {
  const absolute = path.resolve(filePath);
  let size: number;
  try {
    size = fs.statSync(absolute).size;
  } catch {
    throw new ApiError('not_found', `${absolute}: no such file.`);
  }
  if (size > MAX_UPLOAD_BYTES) {
    throw new ApiError('bad_input', `${absolute}: the file is larger than 512 MB.`);
  }
  return fs.readFileSync(absolute);
}

export function packageMethods(context: ServiceContext): PackageMethods {
  // Returns read by mergeCoderReturn, by session, so applyCoderReturn need not get them again.
  const previews = new WeakMap<ProjectSession, Map<Id, ParsedReturn>>();
  const previewsOf = (session: ProjectSession) => {
    let map = previews.get(session);
    if (!map) previews.set(session, (map = new Map()));
    return map;
  };

  return {
    async exportCoderPackage(args) {
      const session = context.requireSession();
      requireLead(session, 'make coder packages');
      const file = buildCoderPackage(session.store, args);
      session.store.db.transaction(() =>
        session.store.audit.append({
          userId: session.actorId,
          action: 'package.export',
          entityType: 'user',
          entityId: args.coderId,
          detail: { roundId: args.roundId ?? null, fileName: file.fileName },
        }),
      )();
      return { ...file, mimeType: ZIP_MIME };
    },

    async openCoderPackage(args) {
      const bytes = args.data ?? readPackageFile(args.packagePath!);
      const fileName =
        args.fileName ?? (args.packagePath ? path.basename(args.packagePath) : 'package');
      const absolute = path.resolve(args.projectPath);
      const projectPath = absolute.toLowerCase().endsWith(PROJECT_EXTENSION)
        ? absolute
        : `${absolute}${PROJECT_EXTENSION}`;
      const store = createProjectFromPackage(projectPath, fileName, bytes);
      const session = new ProjectSession(store);
      session.setCurrentUser(store.packageOrigin.get()!.coderId);
      context.replaceSession(session);
      const info = projectInfo(session);
      try {
        context.recent.record({ path: projectPath, name: info.name });
      } catch (error) {
        context.log('Could not save the recent projects list', error);
      }
      return info;
    },

    async exportCoderReturn() {
      const session = context.requireSession();
      return { ...buildCoderReturn(session.store), mimeType: ZIP_MIME };
    },

    async mergeCoderReturn({ fileName, data }) {
      const session = context.requireSession();
      requireLead(session, 'merge coder returns');
      const parsed = readCoderReturn(session.store, fileName, data);
      const plan = planMerge(session.store, parsed);
      const stored = previewsOf(session);
      const previewId = newId();
      stored.set(previewId, parsed);
      if (stored.size > MAX_PREVIEWS) stored.delete(stored.keys().next().value!);
      return { previewId, ...plan.preview };
    },

    async applyCoderReturn({ previewId, fileName, data, decisions }) {
      const session = context.requireSession();
      requireLead(session, 'merge coder returns');
      let parsed: ParsedReturn;
      if (previewId !== undefined) {
        const found = previewsOf(session).get(previewId);
        if (!found) {
          throw new ApiError(
            'not_found',
            'That merge preview is no longer available; read the return file again.',
          );
        }
        parsed = found;
      } else {
        parsed = readCoderReturn(session.store, fileName ?? 'return', data!);
      }
      const report = applyMerge(session.store, session.actorId, parsed, decisions ?? []);
      // Merged rows were not made by this user's actions: older undo entries may no longer apply.
      context.clearUndoHistory(session);
      return report;
    },
  };
}
