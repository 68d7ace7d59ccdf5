import PDFDocument from 'pdfkit';
import type { PrintDocument, PrintLetterHead, PrintTable } from './document-model.ts';
import { toWinAnsi } from './win-ansi.ts';

const MARGIN = 40;
const FOOTER = 24;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CELL_SIZE = 9;
const ROW_HEIGHT = 14;
const PAD = 3;
const TEXT_SIZE = 11;
const EMPHASIS_SIZE = 40;
const MM = 72 / 25.4;
/** A window envelope's address field (DIN 5008 B, which Finnish C5 and C65 envelopes follow). */
const WINDOW = { left: 20 * MM, top: 45 * MM, width: 85 * MM };
/** A letter's text starts below the window, so none of it shows through the envelope. */
const LETTER_BODY_TOP = 100 * MM;

/**
 * Lays a document out on A4 with pdfkit: title block, sections with headings, tables whose rows
 * break across pages with the column headers repeated, and "page n / m" on every page. A letter
 * section starts a page of its own with the recipient's address in the envelope's window.
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

  let y = MARGIN;
  // Whether the current page is still empty: the first letter goes on it then.
  let blank = true;
  if (model.showTitle !== false) {
    doc.font(BOLD).fontSize(16).text(toWinAnsi(model.title), left, MARGIN, { width });
    if (model.subtitle) doc.font(FONT).fontSize(11).text(toWinAnsi(model.subtitle), { width });
    doc.font(FONT).fontSize(9).fillColor('#555555').text(toWinAnsi(model.generatedAt), { width }).fillColor('black');
    y = doc.y + 10;
    blank = false;
  }

  for (const section of model.sections) {
    // A letter's text lines up with the address above it.
    const x = section.letter ? WINDOW.left : left;
    const w = section.letter ? left + width - WINDOW.left : width;
    if (section.letter) {
      if (!blank) doc.addPage();
      y = drawLetterHead(doc, section.letter, left, width);
    } else if (y + 20 + (section.note ? 12 : 0) + 2 * ROW_HEIGHT > bottom()) {
      // Keep a heading with its table's header and first row.
      y = newPage(doc);
    }
    doc.font(BOLD).fontSize(section.letter ? 14 : 12).text(toWinAnsi(section.heading), x, y, { width: w });
    if (section.note) doc.font(FONT).fontSize(9).text(toWinAnsi(section.note), { width: w });
    y = doc.y + 4;
    if (section.emphasis) {
      doc.font(BOLD).fontSize(EMPHASIS_SIZE).text(toWinAnsi(section.emphasis), x, y + 6, { width: w });
      y = doc.y + 8;
    }
    for (const paragraph of section.paragraphs ?? []) {
      doc.font(FONT).fontSize(TEXT_SIZE).text(toWinAnsi(paragraph), x, y, { width: w, lineGap: 2 });
      y = doc.y + 6;
    }
    // Running text may have filled the page: the table's header goes with its first row.
    if (y + 2 * ROW_HEIGHT > bottom()) y = newPage(doc);
    y = drawTable(doc, section.table, x, y, w, bottom, model.emptyText) + 12;
    blank = false;
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    const label = model.pageLabel(i - range.start + 1, range.count);
    if (!label) continue;
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a page of its own.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor('#555555')
      .text(toWinAnsi(label), left, doc.page.height - MARGIN - 10, { width, align: 'right', lineBreak: false })
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

/** The address in the envelope's window, the aside at the top right; returns where the letter's text starts. */
function drawLetterHead(doc: PDFKit.PDFDocument, head: PrintLetterHead, left: number, width: number): number {
  doc.font(FONT).fontSize(TEXT_SIZE).fillColor('black');
  head.address.forEach((line, i) => {
    doc.text(toWinAnsi(line), WINDOW.left, WINDOW.top + i * (TEXT_SIZE + 3), { width: WINDOW.width, lineBreak: false });
  });
  doc.fontSize(9);
  (head.aside ?? []).forEach((line, i) => {
    doc.text(toWinAnsi(line), left + width / 2, MARGIN + i * 12, { width: width / 2, align: 'right', lineBreak: false });
  });
  return LETTER_BODY_TOP;
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
