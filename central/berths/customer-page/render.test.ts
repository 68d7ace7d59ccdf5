import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/languages.ts';
import { htmlDocument } from '../../payments/html-document.ts';
import { offerPage, problemPage, winterInvoicePage } from './render.ts';
import { OFFER_PAGE_TEXTS } from './texts.ts';
import type { OfferView, WinterInvoiceView } from './view.ts';

const view: OfferView = {
  orderId: '0b6f3a52-1111-4c0e-9b1a-000000000001',
  orderNumber: 'VP27-000123',
  state: 'open',
  customerName: 'Maija <b>Meikäläinen</b>',
  language: 'fi',
  harbour: { fi: 'Pajalahden venesatama', sv: 'Pajalahtis båthamn', en: 'Pajalahti marina' },
  pier: 'A',
  berthNumber: '12',
  width: 2.5,
  length: 7,
  depth: null,
  startDate: '2027-06-10',
  endDate: '2027-09-14',
  dueDate: '2026-12-16',
  lines: [{ label: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 }],
  totalCents: 29000,
};
const target = { path: '/customer/offer/tok', csrf: 'c'.repeat(64) };

/** Every leaf text of one language's set. */
function leaves(value: unknown): string[] {
  return typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves);
}

describe('offer page texts', () => {
  it('have every text in fi, sv and en, none empty, none the same object twice', () => {
    const counts = LANGUAGES.map((l) => leaves(OFFER_PAGE_TEXTS[l]));
    for (const texts of counts) {
      expect(texts.length).toBe(counts[0]?.length);
      for (const t of texts) expect(t.trim()).not.toBe('');
    }
    expect(OFFER_PAGE_TEXTS.sv.accept).not.toBe(OFFER_PAGE_TEXTS.fi.accept);
  });
});

describe('offer page', () => {
  it('shows the berth, the lines with VAT and the total in the asked language, escaping what it shows', () => {
    const fi = offerPage(view, 'fi', target, null);
    expect(fi.lang).toBe('fi');
    expect(fi.main).toContain('Pajalahden venesatama');
    expect(fi.main).toContain('231,08');
    expect(fi.main).toContain('25,5 % (58,92');
    expect(fi.main).toContain('290,00');
    expect(fi.main).toContain('16.12.2026');
    expect(fi.main).toContain('10.6.2027 – 14.9.2027');
    expect(fi.main).toContain('Maija &lt;b&gt;Meikäläinen&lt;/b&gt;');
    expect(fi.main).not.toContain('<b>');
    const en = offerPage(view, 'en', target, 'accepted');
    expect(en.main).toContain('Pajalahti marina');
    expect(en.main).toContain('€290.00');
    expect(en.main).toContain('16 December 2026');
    expect(en.main).toContain('role="status"');
    expect(en.nav).toContain('aria-current="page">English');
    expect(offerPage(view, 'sv', target, null).main).toContain('Godkänn erbjudandet');
  });

  it('shows the percent of a line priced as a share of the berth line, in the asked language with its number format', () => {
    const berth = view.lines[0]!;
    const withShares: OfferView = {
      ...view,
      lines: [
        berth,
        { label: { fi: 'Sähkö', sv: 'El', en: 'Electricity' }, pretaxCents: 2311, vatPercent: 25.5, totalCents: 2900, percent: 10 },
        { label: { fi: 'Vesi', sv: 'Vatten', en: 'Water' }, pretaxCents: 2889, vatPercent: 25.5, totalCents: 3625, percent: 12.5 },
        { label: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 797, vatPercent: 25.5, totalCents: 1000 },
      ],
      totalCents: 36525,
    };
    const rowOf = (main: string, label: string) => main.split('\n').find((r) => r.startsWith(`<tr><th scope="row">${label}`)) ?? '';
    const fi = offerPage(withShares, 'fi', target, null).main;
    expect(rowOf(fi, 'Sähkö')).toContain('<br><small data-percent="10">10\u00a0% venepaikan hinnasta</small></th>');
    expect(rowOf(fi, 'Sähkö')).toContain('29,00');
    expect(rowOf(fi, 'Vesi')).toContain('12,5\u00a0% venepaikan hinnasta');
    expect(offerPage(withShares, 'sv', target, null).main).toContain('12,5\u00a0% av båtplatsens pris');
    const en = offerPage(withShares, 'en', target, null).main;
    expect(rowOf(en, 'Electricity')).toContain('10\u00a0% of the berth price');
    expect(rowOf(en, 'Water')).toContain('12.5\u00a0% of the berth price');
    // The berth line and an amount line show only their amounts, as before.
    expect(fi.match(/data-percent/g)).toHaveLength(2);
    expect(rowOf(fi, 'Venepaikka')).not.toContain('<small');
    expect(rowOf(fi, 'Talvisäilytys')).not.toContain('<small');
    expect(offerPage({ ...withShares, lines: [berth, { ...withShares.lines[1]!, percent: 12.35 }] }, 'fi', target, null).main).toContain('12,35\u00a0% venepaikan hinnasta');
  });

  it('offers only what the state allows: answer when open, pay once accepted, nothing after', () => {
    const buttons = (state: OfferView['state']) => [...offerPage({ ...view, state }, 'en', target, null).main.matchAll(/action="[^"]*\/(\w+)"/g)].map((m) => m[1]);
    expect(buttons('open')).toEqual(['accept', 'decline']);
    expect(buttons('accepted')).toEqual(['pay']);
    expect(buttons('payable')).toEqual(['pay']);
    for (const state of ['paid', 'declined', 'expired', 'unavailable'] as const) expect(buttons(state)).toEqual([]);
    expect(offerPage({ ...view, state: 'expired' }, 'en', target, null).main).toContain('no longer valid');
  });

  it('carries the form token in every form', () => {
    const main = offerPage(view, 'fi', target, null).main;
    expect(main.match(/name="csrf" value="c{64}"/g)).toHaveLength(2);
  });

  it('explains a link it cannot use in all three languages', () => {
    const page = problemPage('not_found');
    expect(page.main).toContain(OFFER_PAGE_TEXTS.fi.notFoundTitle);
    expect(page.main).toContain(`<section lang="sv"><h2>${OFFER_PAGE_TEXTS.sv.notFoundTitle}`);
    expect(page.main).toContain(`<section lang="en"><h2>${OFFER_PAGE_TEXTS.en.notFoundTitle}`);
    expect(htmlDocument(page, 'n0nce')).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(htmlDocument(page, 'n0nce')).toContain('<style nonce="n0nce">');
  });
});

describe('winter storage invoice page', () => {
  const winter: WinterInvoiceView = {
    leaseId: '0b6f3a52-1111-4c0e-9b1a-000000000002',
    invoiceNumber: 'TS-26-000412',
    state: 'payable',
    customerName: 'Maija <b>Meikäläinen</b>',
    language: 'fi',
    area: { fi: 'Laajasalon telakka', sv: 'Degerö varv', en: 'Laajasalo yard' },
    place: null,
    boat: { width: 2.4, length: 6.5 },
    season: '2026–2027',
    startDate: '2026-09-15',
    endDate: '2027-06-10',
    dueDate: '2026-12-16',
    lines: [{ label: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 }],
    totalCents: 20000,
    stickerNumber: null,
  };
  const winterTarget = { path: '/customer/winter/tok', csrf: 'c'.repeat(64) };
  const buttons = (v: WinterInvoiceView) => [...winterInvoicePage(v, 'en', winterTarget, null).main.matchAll(/action="[^"]*\/(\w+)"/g)].map((m) => m[1]);

  it('shows unmarked storage with the boat, the winter, VAT and the due date in the asked language, escaping what it shows', () => {
    const fi = winterInvoicePage(winter, 'fi', winterTarget, null);
    expect(fi.main).toContain('<h1>Talvisäilytyksen lasku</h1>');
    expect(fi.main).toContain('Merkitsemätön säilytys');
    expect(fi.main).toContain('2,4 m × 6,5 m');
    expect(fi.main).toContain('2026–2027 (15.9.2026 – 10.6.2027)');
    expect(fi.main).toContain('159,36');
    expect(fi.main).toContain('25,5 % (40,64');
    expect(fi.main).toContain('16.12.2026');
    expect(fi.main).toContain('Maija &lt;b&gt;Meikäläinen&lt;/b&gt;');
    expect(fi.title).toBe('Talvisäilytyksen lasku TS-26-000412');
    const sv = winterInvoicePage({ ...winter, place: 'B-12', boat: null }, 'sv', winterTarget, null);
    expect(sv.main).toContain('<dt>Plats</dt><dd>B-12</dd>');
    expect(sv.main).not.toContain('Båtens storlek');
    expect(winterInvoicePage(winter, 'en', winterTarget, 'not_possible').main).toContain('because the invoice has changed');
  });

  it('offers Pay only while payable, and once paid shows the sticker of unmarked storage', () => {
    expect(buttons(winter)).toEqual(['pay']);
    for (const state of ['paid', 'expired', 'cancelled', 'unavailable'] as const) expect(buttons({ ...winter, state })).toEqual([]);
    const paid = winterInvoicePage({ ...winter, state: 'paid', stickerNumber: 41 }, 'en', winterTarget, 'paid').main;
    expect(paid).toContain('<span data-sticker="41">41</span>');
    expect(paid).toContain('Thank you, the payment was received.');
    expect(winterInvoicePage({ ...winter, state: 'cancelled' }, 'en', winterTarget, null).main).toContain('has been cancelled');
  });

  it('explains a link it cannot use as an invoice, in all three languages', () => {
    const page = problemPage('not_found', 'winter');
    for (const l of ['fi', 'sv', 'en'] as const) expect(page.main).toContain(OFFER_PAGE_TEXTS[l].winter.notFoundTitle);
    expect(problemPage('bad_request', 'winter').main).toContain(OFFER_PAGE_TEXTS.en.winter.badRequestBody);
  });
});
