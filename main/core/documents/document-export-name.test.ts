import { describe, expect, it } from 'vitest';
import { EXPORTED_FILE_NAME } from '../../../domain/contract.ts';
import { newFileName } from '../files/export-folder.ts';
import { documentExportStem } from './document-export-name.ts';

describe("an opened document's file name", () => {
  it("keeps the document's own name as far as a made file's name can", () => {
    expect(documentExportStem('Katsastus 2027.pdf')).toBe('katsastus-2027');
    expect(documentExportStem('Vakuutus (Åland) – Öljy.JPEG')).toBe('vakuutus-aland-oljy');
    expect(documentExportStem('--a__b..c--.png')).toBe('a-b-c');
    expect(documentExportStem('скан.pdf')).toBe('document');
    expect(documentExportStem('')).toBe('document');
  });

  it('always makes a name the hosts serve and the save dialog takes', () => {
    const now = new Date('2026-12-04T09:00:00Z');
    for (const name of ['a.pdf', `${'Ä'.repeat(200)}.png`, `${'x-'.repeat(60)}.jpg`, 'скан.pdf', '"><script>.pdf']) {
      for (const extension of ['pdf', 'jpg', 'png'] as const) {
        const made = newFileName(documentExportStem(name), extension, now);
        expect(made).toMatch(EXPORTED_FILE_NAME);
        expect(made.length).toBeLessThanOrEqual(120);
      }
    }
  });
});
