/**
 * class-validator's built-in messages, in words a practitioner can act on. A message written for a
 * field in its input class is kept as it is; only the library's defaults (which start with the
 * property's name, as in "first must not be greater than 100") are reworded, by the rule that broke.
 */
const DEFAULTS: Record<string, (message: string) => string> = {
  whitelistValidation: () => 'is not something this form takes: leave it out',
  max: (m) => m.replace(/must not be greater than (\S+)/, 'must be $1 or less'),
  min: (m) => m.replace(/must not be less than (\S+)/, 'must be $1 or more'),
  maxLength: (m) => m.replace(/must be shorter than or equal to (\d+) characters/, 'must be at most $1 characters long'),
  minLength: (m) => m.replace(/must be longer than or equal to (\d+) characters/, 'must be at least $1 characters long'),
  isUuid: () => 'must be an id Waymark gave you (a UUID)',
  isEnum: (m) => m.replace(/must be one of the following values: /, 'must be one of: '),
  isInt: () => 'must be a whole number',
  isNotEmpty: () => 'must be filled in',
  isDateString: () => 'must be a date such as 2026-03-31',
  isIso8601: () => 'must be a date such as 2026-03-31',
  isISO8601: () => 'must be a date such as 2026-03-31',
  isBoolean: () => 'must be true or false',
  isString: () => 'must be text',
  isEmail: () => 'must be an email address',
  arrayMaxSize: (m) => m.replace(/must contain no more than (\d+) elements/, 'can hold at most $1 entries'),
  arrayMinSize: (m) => m.replace(/must contain at least (\d+) elements/, 'needs at least $1 entries'),
  arrayUnique: () => 'must not list the same entry twice',
};

export function practitionerWording(constraint: string, message: string, property: string): string {
  if (constraint === 'whitelistValidation') return DEFAULTS.whitelistValidation(message);
  const prefix = `${property} `;
  if (!message.startsWith(prefix)) return message; // written for this field already
  const reword = DEFAULTS[constraint];
  const rest = message.slice(prefix.length);
  return reword ? reword(rest) : rest;
}
