import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { BadUserInputError } from '../errors/waymark-error';

export const MAX_PAGE_SIZE = 100;

/** PostgreSQL: a value that cannot be read as the column's type (uuid, bigint, timestamp). */
const INVALID_VALUE_CODES = new Set(['22P02', '22007', '22008', '22003']);

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items, at most ${MAX_PAGE_SIZE}; default 20.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares `XConnection { nodes: [X!]!, pageInfo: PageInfo! }` for a node type. */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Connection`, { isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}

/** Opaque keyset cursor over (sort value, id). */
export const Cursor = {
  encode(sortValue: string, id: string): string {
    return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
  },
  decode(cursor: string): { sortValue: string; id: string } {
    try {
      const [sortValue, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (typeof sortValue === 'string' && typeof id === 'string') return { sortValue, id };
    } catch {
      // fall through
    }
    throw BadUserInputError.field('after', 'is not a cursor this API gave out; use pageInfo.endCursor from the previous page');
  },
};

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null },
  };
}

export interface KeysetOrder<T> {
  /** The sort expression, e.g. 'user.displayName'; ties are broken by `id`. */
  sort: string;
  id: string;
  direction: 'ASC' | 'DESC';
  /** The row's sort value as the cursor stores it (must compare the same way in SQL). */
  sortValue(row: T): string;
}

/** One page of `query` in a stable keyset order: no OFFSET, so pages stay cheap and consistent. */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  order: KeysetOrder<T>,
  defaultSize = 20,
): Promise<Connection<T>> {
  const limit = page.first ?? defaultSize;
  if (page.after) {
    const { sortValue, id } = Cursor.decode(page.after);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${order.sort}, ${order.id}) ${comparison} (:cursorSortValue, :cursorId)`, { cursorSortValue: sortValue, cursorId: id });
  }
  const rows = await query
    .orderBy(order.sort, order.direction)
    .addOrderBy(order.id, order.direction)
    .limit(limit + 1)
    .getMany()
    .catch((error) => {
      if (page.after && error instanceof QueryFailedError && INVALID_VALUE_CODES.has((error.driverError as { code?: string }).code ?? '')) {
        throw BadUserInputError.field('after', 'is not a cursor this API gave out; use pageInfo.endCursor from the previous page');
      }
      throw error;
    });
  return toConnection(rows, limit, (row) => Cursor.encode(order.sortValue(row), row.id));
}
