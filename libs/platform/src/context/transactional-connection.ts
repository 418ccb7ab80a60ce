import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { RequestContext } from './request-context';

/** Work that must join the transaction at its very end, after everything else it wrote (e.g. enqueuing follow-up jobs). */
export type BeforeCommitHook = (ctx: RequestContext) => Promise<void>;

/**
 * The one way services reach the database: inside a mutation it hands out the transaction's
 * manager, elsewhere the pool's. Services never open or commit transactions themselves.
 */
@Injectable()
export class TransactionalConnection {
  private readonly beforeCommitHooks: BeforeCommitHook[] = [];

  constructor(readonly dataSource: DataSource) {}

  /**
   * Registers work to run inside every transaction opened by withTransaction, just before it
   * commits (modules register at start). A hook that throws rolls the whole transaction back.
   */
  onBeforeCommit(hook: BeforeCommitHook): void {
    if (!this.beforeCommitHooks.includes(hook)) this.beforeCommitHooks.push(hook);
  }

  manager(ctx: RequestContext): EntityManager {
    return ctx.managerOr(this.dataSource.manager);
  }

  repository<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  /**
   * Runs work in a transaction bound to ctx, for callers outside a GraphQL mutation
   * (jobs, CLI, sign-in). Reuses the open transaction if ctx already has one.
   */
  async withTransaction<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.inTransaction) return work(ctx);
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    await queryRunner.startTransaction();
    ctx.queryRunner = queryRunner;
    try {
      const result = await work(ctx);
      for (const hook of this.beforeCommitHooks) await hook(ctx);
      await queryRunner.commitTransaction();
      ctx.queryRunner = undefined;
      await queryRunner.release();
      for (const callback of ctx.takeAfterCommitCallbacks()) await callback();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
      ctx.takeAfterCommitCallbacks();
      ctx.takeChangedFamilyIds();
      throw error;
    } finally {
      ctx.queryRunner = undefined;
      if (!queryRunner.isReleased) await queryRunner.release();
    }
  }
}
