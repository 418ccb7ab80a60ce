import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../errors/waymark-error';
import { RequestContext } from './request-context';
import { TransactionalConnection } from './transactional-connection';

type EntityClass<T> = new () => T;

/**
 * Batches by-id lookups of any entity into one query per entity type per request (DataLoader),
 * so nested fields such as `user.agency` never cost a query per row.
 */
@Injectable()
export class EntityLoader {
  constructor(private readonly db: TransactionalConnection) {}

  byId<T extends ObjectLiteral & { id: string }>(ctx: RequestContext, entity: EntityClass<T>, id: string): Promise<T> {
    const loader = ctx.loader(
      `by-id:${entity.name}`,
      () =>
        new DataLoader<string, T>(async (ids) => {
          const rows = await this.db.repository(ctx, entity).findBy({ id: In([...ids]) } as never);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? new NotFoundError(`No ${entity.name.replace(/Entity$/, '').toLowerCase()} has id ${id}.`));
        }),
    );
    return loader.load(id);
  }
}
