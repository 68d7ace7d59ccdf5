import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/languages.ts';
import { htmlDocument } from '../../payments/html-document.ts';
import { offerPage, problemPage } from './render.ts';
import { OFFER_PAGE_TEXTS } from './texts.ts';
import type { OfferView } from './view.ts';

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
