import type Database from 'better-sqlite3';
import type { Id, PackageOrigin } from '../../../shared/domain/types';

/** A coding as it was packaged: enough to tell later whether the coder changed or removed it. */
export interface PackagedCoding {
  id: Id;
  sourceId: Id;
  codeId: Id;
  start: number;
  end: number;
  memo: string;
}

/** A row of the codes table as packaged (column names as in SQL). */
export type PackagedCodeRow = Record<string, string | number | null>;

export interface PackageBase {
  codes: PackagedCodeRow[];
  codings: PackagedCoding[];
}

interface OriginRow {
  projectId: Id;
  projectName: string;
  roundId: Id | null;
  coderId: Id;
  createdAt: string;
  baseCodes: string;
  baseCodings: string;
}

/** The mark a project opened from a coder package carries (migration 003, at most one row). */
export class PackageOriginRepository {
  private readonly select: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(db: Database.Database) {
    this.select = db.prepare(
      `SELECT project_id AS projectId, project_name AS projectName, round_id AS roundId,
         coder_id AS coderId, created_at AS createdAt, base_codes AS baseCodes,
         base_codings AS baseCodings
       FROM package_origin`,
    );
    this.insert = db.prepare(
      `INSERT INTO package_origin (singleton, project_id, project_name, round_id, coder_id,
         created_at, base_codes, base_codings)
       VALUES (1, @projectId, @projectName, @roundId, @coderId, @createdAt, @baseCodes,
         @baseCodings)`,
    );
  }

  get(): PackageOrigin | null {
    const row = this.select.get() as OriginRow | undefined;
    if (!row) return null;
    const { baseCodes: _codes, baseCodings: _codings, ...origin } = row;
    return origin;
  }

  /** The codebook and the coder's codings as they were in the package. */
  base(): PackageBase | null {
    const row = this.select.get() as OriginRow | undefined;
    if (!row) return null;
    return {
      codes: JSON.parse(row.baseCodes) as PackagedCodeRow[],
      codings: JSON.parse(row.baseCodings) as PackagedCoding[],
    };
  }

  /** Called once, inside the transaction that fills a project from a package. */
  record(origin: PackageOrigin, base: PackageBase): void {
    this.insert.run({
      ...origin,
      baseCodes: JSON.stringify(base.codes),
      baseCodings: JSON.stringify(base.codings),
    });
  }
}
