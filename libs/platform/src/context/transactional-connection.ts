import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { RequestContext } from './request-context';

/**
 * The one way services reach the database: inside a mutation it hands out the transaction's
 * manager, elsewhere the pool's. Services never open or commit transactions themselves.
 */
@Injectable()
export class TransactionalConnection {
  constructor(readonly dataSource: DataSource) {}

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
      await queryRunner.commitTransaction();
      ctx.queryRunner = undefined;
      await queryRunner.release();
      for (const callback of ctx.takeAfterCommitCallbacks()) await callback();
      return result;
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
      ctx.takeAfterCommitCallbacks();
      throw error;
    } finally {
      ctx.queryRunner = undefined;
      if (!queryRunner.isReleased) await queryRunner.release();
    }
  }
}
