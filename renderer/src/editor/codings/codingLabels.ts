import type { Code, Coding, User } from '../../../../shared/domain/types';
import { formatDateTime } from '../../lib/format';

/** Separator between levels of a code path: "Processes › Benefits". */
const PATH_SEPARATOR = ' › ';

/** The code's name with its ancestors, root first; a code missing from the codebook says so. */
export function codePath(codeById: ReadonlyMap<string, Code>, codeId: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let code = codeById.get(codeId); code && !seen.has(code.id);) {
    seen.add(code.id); // a cycle would be corrupt data; never loop on it
    names.unshift(code.name);
    code = code.parentId ? codeById.get(code.parentId) : undefined;
  }
  return names.length > 0 ? names.join(PATH_SEPARATOR) : 'Unknown code';
}

export function codeName(codeById: ReadonlyMap<string, Code>, codeId: string): string {
  return codeById.get(codeId)?.name ?? 'Unknown code';
}

export function coderName(users: readonly User[], coderId: string): string {
  return users.find((user) => user.id === coderId)?.name ?? 'Unknown coder';
}

/** Everything a reader needs about one coding, in one sentence (for screen readers). */
export function describeCoding(
  coding: Coding,
  codeById: ReadonlyMap<string, Code>,
  users: readonly User[],
): string {
  const parts = [
    codePath(codeById, coding.codeId),
    `coded by ${coderName(users, coding.coderId)}`,
    formatDateTime(coding.createdAt),
  ];
  if (coding.memo.trim() !== '') parts.push(`memo: ${coding.memo.trim()}`);
  return parts.join(', ');
}
