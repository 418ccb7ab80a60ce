import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { FindOptionsOrder, In, ObjectLiteral } from 'typeorm';
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

  /** All rows whose `column` equals `value` (e.g. a family's members), one query per request for all values. */
  allBy<T extends ObjectLiteral>(
    ctx: RequestContext,
    entity: EntityClass<T>,
    column: keyof T & string,
    value: string,
    order?: FindOptionsOrder<T>,
  ): Promise<T[]> {
    const loader = ctx.loader(
      `all-by:${entity.name}:${column}`,
      () =>
        new DataLoader<string, T[]>(async (values) => {
          const rows = await this.db.repository(ctx, entity).find({ where: { [column]: In([...values]) } as never, order });
          const groups = new Map<string, T[]>(values.map((v) => [v, []]));
          for (const row of rows) groups.get(row[column])?.push(row);
          return values.map((v) => groups.get(v)!);
        }),
    );
    return loader.load(value);
  }
}
