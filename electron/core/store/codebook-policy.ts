import type Database from 'better-sqlite3';
import type { CodebookPolicy, Id } from '../../../shared/domain/types';
import type { AuditLog } from './audit';

/** The project's codebook policy: what coders and mentees may change (one row, migration 003). */
export class CodebookPolicyRepository {
  private readonly select: Database.Statement;
  private readonly update: Database.Statement<[string]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    this.select = db.prepare('SELECT coder_changes AS coderChanges FROM codebook_policy');
    this.update = db.prepare('UPDATE codebook_policy SET coder_changes = ? WHERE singleton = 1');
  }

  get(): CodebookPolicy {
    return (this.select.get() as CodebookPolicy | undefined) ?? { coderChanges: 'all' };
  }

  set(actor: Id | null, policy: CodebookPolicy): CodebookPolicy {
    return this.db.transaction(() => {
      const before = this.get();
      this.update.run(policy.coderChanges);
      this.audit.append({
        userId: actor,
        action: 'policy.update',
        entityType: 'project',
        entityId: null,
        detail: { before: before.coderChanges, after: policy.coderChanges },
      });
      return this.get();
    })();
  }
}
