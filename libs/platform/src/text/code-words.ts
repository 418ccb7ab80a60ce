/** Abbreviations practitioners write in capitals, whatever the rest of the sentence does. */
const ACRONYMS = new Set([
  'ASB',
  'CAMHS',
  'CIN',
  'CLA',
  'CP',
  'CSC',
  'DASH',
  'DVA',
  'EHCP',
  'FGC',
  'FGM',
  'GP',
  'HBV',
  'ICPC',
  'IDVA',
  'ISVA',
  'LAC',
  'MARAC',
  'MASH',
  'MATAC',
  'NRPF',
  'PLO',
  'RCPC',
  'SEND',
  'TAF',
  'UK',
]);

/** A code in words, abbreviations kept: 'INITIAL_CP_CONFERENCE' → 'initial CP conference'. */
export function codeWords(code: unknown): string {
  return String(code)
    .split('_')
    .map((word) => (ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word.toLowerCase()))
    .join(' ');
}
