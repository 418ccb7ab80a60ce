import { Readable } from 'node:stream';
import { csvFile, csvStream, CsvValue } from './csv';

const BOM = '\uFEFF';
const streamed = async (columns: string[], rows: CsvValue[][]): Promise<string> => {
  let text = '';
  for await (const chunk of Readable.from(rows).pipe(csvStream(columns))) text += chunk.toString();
  return text;
};

describe('CSV files', () => {
  it('start with a UTF-8 byte order mark and the header line, with CRLF line ends', () => {
    expect(csvFile(['kind', 'value'], [['OPEN', 3]])).toBe(`${BOM}kind,value\r\nOPEN,3\r\n`);
    expect(Buffer.from(csvFile(['kind'], [])).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvFile(['kind', 'value'], [])).toBe(`${BOM}kind,value\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝1+1', `'＝1+1`], // full-width =, which some spreadsheets read as =
  ])('neutralise a cell starting like a formula: %j', (cell, written) => {
    expect(csvFile(['name'], [[cell]])).toBe(`${BOM}name\r\n${written}\r\n`);
  });

  it('keep negative figures typed as numbers as numbers, but quote a numeric string like any text', () => {
    expect(csvFile(['a', 'b', 'c'], [[-3, -0.25, '-3']])).toBe(`${BOM}a,b,c\r\n-3,-0.25,'-3\r\n`);
  });

  it('leave ordinary values alone, quote what needs quoting, and write nothing for a missing value', () => {
    expect(csvFile(['a', 'b', 'c', 'd', 'e', 'f'], [["O'Brien-Smith", 'a, b', 'said "no"', 'line\nbreak', null, true]])).toBe(
      `${BOM}a,b,c,d,e,f\r\nO'Brien-Smith,"a, b","said ""no""","line\nbreak",,true\r\n`,
    );
    expect(csvFile(['when'], [[new Date('2025-02-03T10:00:00Z')]])).toBe(`${BOM}when\r\n2025-02-03T10:00:00.000Z\r\n`);
  });

  it('stream the same text, BOM and header first, even with no rows', async () => {
    const rows: CsvValue[][] = [
      ['=1+1', -3],
      ['3B;4B', null],
    ];
    expect(await streamed(['a', 'b'], rows)).toBe(csvFile(['a', 'b'], rows));
    expect(await streamed(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
  });
});
