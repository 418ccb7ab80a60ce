// person_name_key and person_alias_keys are defined by migration 1764000000010 (accents folded,
// lower-case, spaces and punctuation removed); the expressions over `p` match its expression indexes
// exactly so that queries use them. The duplicate check and the search both compare names through these.

/** The record's whole name, normalised. */
export const NAME_KEY = `person_name_key(p.given_name || ' ' || p.family_name)`;
/** The record's other names, each normalised. */
export const ALIAS_KEYS = `person_alias_keys(p.aliases)`;

/** The SQL for the normalised form of a text parameter. */
export const nameKeyOf = (parameter: string): string => `person_name_key(CAST(:${parameter} AS text))`;
