import { CustomScalar, Scalar } from '@nestjs/graphql';
import { ValidateBy } from 'class-validator';
import { Kind, ValueNode } from 'graphql';
import { BadUserInputError } from '../errors/waymark-error';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date with no time or zone, 'YYYY-MM-DD' (dates of birth, joining, separation). */
export class LocalDate extends String {}

export function isRealDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/** class-validator counterpart of the scalar, so LocalDate input fields pass the whitelist. */
export const IsLocalDate = () =>
  ValidateBy({
    name: 'isLocalDate',
    validator: { validate: (value: unknown) => typeof value === 'string' && isRealDate(value), defaultMessage: () => 'must be a real date, YYYY-MM-DD' },
  });

/** Today's date where the service runs, as 'YYYY-MM-DD' (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Scalar('LocalDate', () => LocalDate)
export class LocalDateScalar implements CustomScalar<string, string> {
  description = "A calendar date, 'YYYY-MM-DD'.";

  parseValue(value: unknown): string {
    if (typeof value !== 'string' || !isRealDate(value)) throw new BadUserInputError(`"${String(value)}" is not a date in the form YYYY-MM-DD.`);
    return value;
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('A date must be a string in the form YYYY-MM-DD.');
    return this.parseValue(ast.value);
  }
}
