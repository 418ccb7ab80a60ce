import { Options, stringify, Stringifier } from 'csv-stringify';
import { stringify as stringifyAll } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | Date | null | undefined;

/**
 * How every export writes CSV, through csv-stringify: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte order mark first, without which Excel reads the file as the local code page and garbles any
 * accented name. A cell starting with =, +, -, @, tab or carriage return (or their full-width forms)
 * gets a leading ' so a spreadsheet shows it as text instead of running it as a formula (OWASP's CSV
 * injection advice). The one exception is deliberate: a value that reaches the writer as a JS number
 * keeps its minus sign, because a number cannot carry a formula and a figure of -3 must stay a figure
 * a spreadsheet can add up. Its type is what decides, never its look: a numeric string (as pg hands
 * back numeric and bigint columns) is quoted like any text, so cast figures to int in SQL.
 */
const CSV_OPTIONS: Options = {
  bom: true,
  record_delimiter: 'windows',
  // Given a record delimiter, csv-stringify stops quoting a lone \n or \r unless told to: a note with a line break would split the row.
  quote_record_delimiter: true,
  escape_formulas: true,
  cast: { boolean: (value) => String(value), date: (value) => value.toISOString() },
};

/** A whole file (BOM, header line, rows) in one string: for small tables already in memory. */
export function csvFile(columns: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return stringifyAll([...rows] as CsvValue[][], { ...CSV_OPTIONS, header: true, columns: [...columns] });
}

/** A stream that takes rows (arrays in column order) and gives the file's text: BOM and header line first, even with no rows. */
export function csvStream(columns: readonly string[]): Stringifier {
  return stringify({ ...CSV_OPTIONS, header: true, columns: [...columns] });
}
