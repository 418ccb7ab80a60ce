import { spawn } from 'node:child_process';

/**
 * unpdf (PDF.js in JavaScript, no system packages) run in a child Node process: PDF.js loads itself
 * with a dynamic import, which Jest's module sandbox refuses.
 */
const EXTRACT = `
const { extractText, getDocumentProxy } = require('unpdf');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const document = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
  const { text } = await extractText(document, { mergePages: false });
  process.stdout.write(JSON.stringify(text));
});`;

/** The text of each page of a PDF, whitespace collapsed. */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', EXTRACT], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`PDF text extraction failed (${code}): ${err}`));
      resolve((JSON.parse(out) as string[]).map((page) => page.replace(/\s+/g, ' ')));
    });
    child.stdin.end(pdf);
  });
}
