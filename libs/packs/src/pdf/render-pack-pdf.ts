import PDFDocument from 'pdfkit';
import { PackBlock, PackDocument } from '../pack-document';
import { meetingDay } from '../pack-words';

const MARGIN = 50;
const BAND = 34; // header and footer bands, inside the margins
const INK = '#0b0c0c';
const SUBTLE = '#505a5f';
const MARK = '#d4351c';

/**
 * Lays a pack or the minutes out as A4 PDF (pdfkit, standard Helvetica). Every page carries the
 * marking, the meeting, the agency it was made for and the meeting's date, top and bottom, written
 * once the page count is known.
 */
export function renderPackPdf(document: PackDocument, generatedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    margins: { top: MARGIN + BAND, bottom: MARGIN + BAND, left: MARGIN, right: MARGIN },
    info: { Title: document.title, Author: 'Waymark', Subject: `SENSITIVE: for ${document.reader.agencyName} only`, CreationDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(document.title);
  pdf.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(SUBTLE);
  pdf.text(`Prepared for ${document.reader.agencyName}. It shows what that agency's representatives may see in Waymark, and nothing more.`);
  pdf.text('Do not forward it outside your agency. Keep it securely and destroy it when it is no longer needed.');
  for (const section of document.sections) {
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor(INK).text(section.title);
    pdf.moveDown(0.3);
    for (const block of section.blocks) writeBlock(pdf, block);
  }
  markEveryPage(pdf, document, generatedAt);
  pdf.end();
  return done;
}

function writeBlock(pdf: PDFKit.PDFDocument, block: PackBlock): void {
  const left = pdf.page.margins.left;
  switch (block.kind) {
    case 'heading':
      pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor(INK).text(block.text, left);
      return;
    case 'paragraph':
      pdf.font('Helvetica').fontSize(10).fillColor(INK).text(block.text, left);
      return;
    case 'field':
      pdf.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${block.label}: `, left, undefined, { continued: true });
      pdf.font('Helvetica').text(block.value);
      return;
    case 'withheld':
      pdf.font('Helvetica-Oblique').fontSize(10).fillColor(SUBTLE).text(block.text, left);
      return;
    case 'table':
      writeTable(pdf, block);
  }
}

function writeTable(pdf: PDFKit.PDFDocument, table: Extract<PackBlock, { kind: 'table' }>): void {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const widths = table.columns.map((c) => c.width * width);
  const row = (cells: string[], font: string) => {
    pdf.font(font).fontSize(9);
    const height = Math.max(...cells.map((cell, i) => pdf.heightOfString(cell || ' ', { width: widths[i] - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const top = pdf.y;
    let x = left;
    cells.forEach((cell, i) => {
      pdf.fillColor(INK).text(cell, x + 3, top + 3, { width: widths[i] - 6 });
      x += widths[i];
    });
    pdf
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.5)
      .strokeColor('#b1b4b6')
      .stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  pdf.moveDown(0.4);
  row(
    table.columns.map((c) => c.title),
    'Helvetica-Bold',
  );
  if (!table.rows.length) row(['None.', ...table.columns.slice(1).map(() => '')], 'Helvetica');
  for (const cells of table.rows) row(cells, 'Helvetica');
  pdf.moveDown(0.6);
}

function markEveryPage(pdf: PDFKit.PDFDocument, document: PackDocument, generatedAt: Date): void {
  const { start, count } = pdf.bufferedPageRange();
  const meeting = `${document.meeting.title}, ${meetingDay(document.meeting.startsAt)}`;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { width, height } = pdf.page;
    // Written in the margins: without this pdfkit would start a new page for text below the bottom margin.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica-Bold').fontSize(10).fillColor(MARK).text('SENSITIVE', MARGIN, MARGIN, { lineBreak: false });
    pdf.font('Helvetica').fontSize(9).fillColor(SUBTLE);
    pdf.text(`${meeting} · for ${document.reader.agencyName}`, MARGIN + 70, MARGIN + 1, { width: width - 2 * MARGIN - 70, align: 'right', lineBreak: false });
    pdf
      .moveTo(MARGIN, MARGIN + 16)
      .lineTo(width - MARGIN, MARGIN + 16)
      .lineWidth(1)
      .strokeColor(MARK)
      .stroke();
    const footY = height - MARGIN - 10;
    pdf.font('Helvetica-Bold').fontSize(9).fillColor(MARK).text('SENSITIVE', MARGIN, footY, { lineBreak: false });
    pdf.font('Helvetica').fillColor(SUBTLE);
    pdf.text(
      `${document.kind === 'pack' ? 'Meeting pack' : 'Minutes'} for ${document.reader.agencyName} · made ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · page ${i - start + 1} of ${count}`,
      MARGIN + 60,
      footY,
      { width: width - 2 * MARGIN - 60, align: 'right', lineBreak: false },
    );
    pdf.page.margins.bottom = bottom;
  }
}
