import { QueryFailedError } from 'typeorm';
import { databaseUnavailableReason } from '../errors/database-unavailable';

/**
 * What a log line (or a stored job error) may say about an unexpected error. PostgreSQL messages
 * can quote the values that caused them (`Key (email)=(…)`), so database errors are described by
 * code, table and constraint only. An unreachable database is expected in an outage, not a bug: it is
 * described by its reason alone, without a stack.
 */
export function describeError(error: unknown): { error: string; pgCode?: string; table?: string; constraint?: string; reason?: string; stack?: string } {
  const unavailable = databaseUnavailableReason(error);
  if (unavailable) return { error: 'database unavailable', reason: unavailable };
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; table?: string; constraint?: string };
    return { error: 'database query failed', pgCode: driverError.code, table: driverError.table, constraint: driverError.constraint };
  }
  if (error instanceof Error) return { error: error.message, stack: error.stack };
  return { error: String(error) };
}
