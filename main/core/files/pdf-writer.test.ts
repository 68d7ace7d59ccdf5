import { expect, it } from 'vitest';
import { renderPdf } from './pdf-writer.ts';
import type { PrintDocument } from './document-model.ts';
import { pdfPageTexts } from './testing/pdf-text.ts';

const base = (rows: number): PrintDocument => ({
  title: 'Laituripaikat: Särkiniemen venesatama',
  subtitle: 'Kausi 2027 – Åggelby båthamn',
  generatedAt: 'Tulostettu 1.12.2026 klo 16.05',
  orientation: 'portrait',
  emptyText: 'Ei rivejä',
  pageLabel: (page, pages) => `sivu ${page} / ${pages}`,
  sections: [
    {
      heading: 'Laituri Ö',
      note: `${rows} paikkaa`,
      table: {
        columns: [
          { header: 'Paikka', width: 1 },
          { header: 'Leveys (m)', width: 1, align: 'right' },
          { header: 'Tilanne', width: 2 },
        ],
        rows: Array.from({ length: rows }, (_, i) => [`Ö-${i + 1}`, '2,50', i % 2 ? 'vapaa' : 'vuokrattu – jäänyt kesken']),
      },
    },
    { heading: 'Laituri Å', table: { columns: [{ header: 'Paikka', width: 1 }], rows: [] } },
  ],
});

it('prints Finnish and Swedish letters, breaks a long table across pages with its header, and numbers the pages', async () => {
  const pdf = await renderPdf(base(120), new Date('2026-12-01T14:05:00Z'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = await pdfPageTexts(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages[0]).toContain('Laituripaikat: Särkiniemen venesatama');
  expect(pages[0]).toContain('Kausi 2027 – Åggelby båthamn');
  expect(pages[0]).toContain('Tulostettu 1.12.2026 klo 16.05');
  pages.forEach((text, i) => {
    expect(text).toContain(`sivu ${i + 1} / ${pages.length}`);
    expect(text).toContain('Paikka');
    expect(text).toContain('Leveys (m)');
  });
  const all = pages.join('\n');
  for (let n = 1; n <= 120; n++) expect(all).toContain(`Ö-${n} `);
  expect(all).toContain('vuokrattu – jäänyt kesken');
  expect(pages.at(-1)).toContain('Laituri Å');
  expect(pages.at(-1)).toContain('Ei rivejä');
});

it('lays out landscape pages and prints a character outside its font as "?", never garbage', async () => {
  const model = { ...base(3), orientation: 'landscape' as const, title: 'Łódź ☃ Ähtäri' };
  const pages = await pdfPageTexts(await renderPdf(model, new Date()));
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain('?ód? ? Ähtäri');
  expect(pages[0]).toContain('sivu 1 / 1');
});
