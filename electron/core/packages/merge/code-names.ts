import { nameKey } from '../../../../shared/codebook';
import type { Id } from '../../../../shared/domain/types';
import type { Row } from '../tables';
import { parentOf, text } from './plan-types';

/** Parents before children, so a new code's parent is decided before the code itself. */
export function parentsFirst(rows: readonly Row[]): Row[] {
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const ordered: Row[] = [];
  const placed = new Set<string>();
  const visit = (row: Row, depth: number) => {
    const id = String(row.id);
    // The depth bound stops a cycle of parents in a hostile file.
    if (placed.has(id) || depth > rows.length) return;
    const parentId = parentOf(row);
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent) visit(parent, depth + 1);
    if (!placed.has(id)) {
      placed.add(id);
      ordered.push(row);
    }
  };
  for (const row of rows) visit(row, 0);
  return ordered;
}

/**
 * The names taken under each parent: the project's codes and the codes the merge plans to
 * create. Names compare as the codebook compares them (case- and accent-insensitive).
 */
export class SiblingNames {
  private readonly taken = new Map<string, Id>();

  constructor(projectCodes: Iterable<Row>) {
    for (const row of projectCodes) this.claim(parentOf(row), text(row.name), String(row.id));
  }

  private key(parentId: Id | null, name: string): string {
    return `${parentId ?? ''}\u0000${nameKey(name)}`;
  }

  /** The code that has `name` under `parentId`, if any. */
  owner(parentId: Id | null, name: string): Id | undefined {
    return this.taken.get(this.key(parentId, name));
  }

  claim(parentId: Id | null, name: string, id: Id): void {
    this.taken.set(this.key(parentId, name), id);
  }

  /** A free name for a colliding code the lead keeps apart: "Hope (Bo)", "Hope (Bo 2)", ... */
  keptName(parentId: Id | null, name: string, coderName: string): string {
    let kept = `${name} (${coderName})`;
    for (let n = 2; this.owner(parentId, kept) !== undefined; n++) {
      kept = `${name} (${coderName} ${n})`;
    }
    return kept;
  }
}
