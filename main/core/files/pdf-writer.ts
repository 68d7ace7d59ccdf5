import PDFDocument from 'pdfkit';
import type { PrintDocument, PrintTable } from './document-model.ts';
import { toWinAnsi } from './win-ansi.ts';

const MARGIN = 40;
const FOOTER = 24;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CELL_SIZE = 9;
const ROW_HEIGHT = 14;
const PAD = 3;

/**
 * Lays a document out on A4 with pdfkit: title block, sections with headings, tables whose rows
 * break across pages with the column headers repeated, and "page n / m" on every page.
 */
export async function renderPdf(model: PrintDocument, now: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: model.orientation,
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    info: { Title: toWinAnsi(model.title), Creator: 'KuVa Desk', CreationDate: now },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font(BOLD).fontSize(16).text(toWinAnsi(model.title), left, MARGIN, { width });
  if (model.subtitle) doc.font(FONT).fontSize(11).text(toWinAnsi(model.subtitle), { width });
  doc.font(FONT).fontSize(9).fillColor('#555555').text(toWinAnsi(model.generatedAt), { width }).fillColor('black');
  let y = doc.y + 10;

  for (const section of model.sections) {
    // Keep a heading with its table's header and first row.
    if (y + 20 + (section.note ? 12 : 0) + 2 * ROW_HEIGHT > bottom()) y = newPage(doc);
    doc.font(BOLD).fontSize(12).text(toWinAnsi(section.heading), left, y, { width });
    if (section.note) doc.font(FONT).fontSize(9).text(toWinAnsi(section.note), { width });
    y = doc.y + 4;
    y = drawTable(doc, section.table, left, y, width, bottom, model.emptyText) + 12;
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a page of its own.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor('#555555')
      .text(toWinAnsi(model.pageLabel(i - range.start + 1, range.count)), left, doc.page.height - MARGIN - 10, { width, align: 'right', lineBreak: false })
      .fillColor('black');
    doc.page.margins.bottom = keep;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function newPage(doc: PDFKit.PDFDocument): number {
  doc.addPage();
  return MARGIN;
}

function drawTable(doc: PDFKit.PDFDocument, table: PrintTable, left: number, top: number, width: number, bottom: () => number, emptyText: string): number {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = table.columns.map((c) => (c.width / total) * width);
  const header = () => {
    doc.rect(left, y, width, ROW_HEIGHT).fill('#e8e8e8').fillColor('black');
    drawRow(doc, table.columns.map((c) => c.header), widths, table, left, y, BOLD);
    y += ROW_HEIGHT;
  };
  let y = top;
  header();
  if (table.rows.length === 0) {
    doc.font(FONT).fontSize(CELL_SIZE).text(toWinAnsi(emptyText), left + PAD, y + PAD, { width: width - 2 * PAD, lineBreak: false });
    return y + ROW_HEIGHT;
  }
  for (const row of table.rows) {
    if (y + ROW_HEIGHT > bottom()) {
      y = newPage(doc);
      header();
    }
    drawRow(doc, row, widths, table, left, y, FONT);
    doc.moveTo(left, y + ROW_HEIGHT).lineTo(left + width, y + ROW_HEIGHT).lineWidth(0.3).strokeColor('#cccccc').stroke();
    y += ROW_HEIGHT;
  }
  return y;
}

function drawRow(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[], table: PrintTable, left: number, y: number, font: string): void {
  doc.font(font).fontSize(CELL_SIZE).fillColor('black');
  let x = left;
  widths.forEach((w, i) => {
    const text = fit(doc, toWinAnsi(cells[i] ?? ''), w - 2 * PAD);
    doc.text(text, x + PAD, y + PAD, { width: w - 2 * PAD, align: table.columns[i]!.align ?? 'left', lineBreak: false });
    x += w;
  });
}

/** One line per row: a text too wide for its column ends in "…". */
function fit(doc: PDFKit.PDFDocument, text: string, room: number): string {
  if (doc.widthOfString(text) <= room) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end)}…`) > room) end -= 1;
  return `${text.slice(0, end)}…`;
}
