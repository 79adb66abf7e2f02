import type { Code, Id } from '../domain/types';

const NUMBERED = /^(.*\S)\s+\((\d+)\)$/;

/**
 * `name` (trimmed) if no other child of `parentId` has it (ignoring case and accents),
 * else the first free "name (2)", "name (3)", ... A name already numbered, like "Benefits (2)",
 * continues from its number. `exceptId` leaves one code out, for renaming it.
 */
export function uniqueSiblingName(
  codes: readonly Code[],
  parentId: Id | null,
  name: string,
  exceptId?: Id,
): string {
  const taken = new Set(
    codes
      .filter((code) => code.parentId === parentId && code.id !== exceptId)
      .map((code) => nameKey(code.name)),
  );
  const wanted = name.trim();
  if (!taken.has(nameKey(wanted))) return wanted;
  const numbered = NUMBERED.exec(wanted);
  const base = numbered ? numbered[1]! : wanted;
  let n = numbered ? Number(numbered[2]) + 1 : 2;
  while (taken.has(nameKey(`${base} (${n})`))) n++;
  return `${base} (${n})`;
}

/** How names are compared for clashes: trimmed, case- and accent-insensitive. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
