import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from './error-code';
import { practitionerWording } from './validation-wording';
import { BadUserInputError } from './waymark-error';

/**
 * Trims every string argument first (never a password), so text that is only spaces meets the
 * input's own length rules (and its message) instead of reaching the database as ''.
 */
class TrimmingValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return super.transform(trimStrings(value), metadata);
  }
}

export function trimStrings(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return /password/i.test(key) ? value : value.trim();
  if (Array.isArray(value)) return value.map((item) => trimStrings(item, key));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v, k)]));
  }
  return value;
}

/** Validates every @Args input with class-validator and reports each wrong field by path. */
export function createValidationPipe(): ValidationPipe {
  return new TrimmingValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors: ValidationError[]) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join('. ');
      return new BadUserInputError(`Please correct the input. ${summary}`, fields);
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const problems = Object.entries(error.constraints ?? {}).map(([constraint, message]) => practitionerWording(constraint, message, error.property));
    const own = problems.length ? [{ field, problems }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
