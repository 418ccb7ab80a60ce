import { randomUUID } from 'node:crypto';
import { EntityManager, QueryRunner } from 'typeorm';

/** Who is acting. Absent for system work (jobs, CLI). */
export interface Actor {
  userId: string;
  agencyId: string;
  roles: string[];
}

/**
 * Threaded through every service call (Vendure's ctx). Holds the caller, the open transaction
 * if any, and work to run once that transaction has committed.
 */
export class RequestContext {
  /** Set by the access layer once the caller is known; typed there to keep platform free of CASL. */
  ability?: unknown;
  queryRunner?: QueryRunner;
  auditEventsWritten = 0;
  private afterCommitCallbacks: Array<() => void | Promise<void>> = [];
  private readonly loaders = new Map<string, unknown>();
  private changedFamilyIds = new Set<string>();

  constructor(
    readonly requestId: string,
    readonly clientAddress: string | undefined,
    public actor: Actor | undefined,
  ) {}

  static system(label = 'system'): RequestContext {
    return new RequestContext(`${label}-${randomUUID()}`, undefined, undefined);
  }

  get inTransaction(): boolean {
    return !!this.queryRunner?.isTransactionActive;
  }

  /** Runs after commit (immediately when there is no transaction), never after a rollback. */
  afterCommit(callback: () => void | Promise<void>): void {
    if (this.inTransaction) this.afterCommitCallbacks.push(callback);
    else void Promise.resolve().then(callback);
  }

  /** @internal Used by the transaction runner. */
  takeAfterCommitCallbacks(): Array<() => void | Promise<void>> {
    const callbacks = this.afterCommitCallbacks;
    this.afterCommitCallbacks = [];
    return callbacks;
  }

  /**
   * Notes that this transaction changed a family's records (the audit trail does it for every
   * family write), so work that depends on families (risk signals) can be queued once, before commit.
   */
  noteFamilyChanged(familyId: string): void {
    this.changedFamilyIds.add(familyId);
  }

  /** The families changed since the last call, in the order first noted; clears the list. */
  takeChangedFamilyIds(): string[] {
    const ids = [...this.changedFamilyIds];
    this.changedFamilyIds = new Set();
    return ids;
  }

  /** One DataLoader (or other per-request cache) per key for the life of this request. */
  loader<T>(key: string, create: () => T): T {
    if (!this.loaders.has(key)) this.loaders.set(key, create());
    return this.loaders.get(key) as T;
  }

  managerOr(fallback: EntityManager): EntityManager {
    return this.queryRunner?.manager ?? fallback;
  }
}
