import { describe, expect, it } from 'vitest';
import { WinterApplication, WinterEvent, WinterLease } from '../../../domain/berths/winter-entities.ts';
import { placeFit } from '../../../domain/berths/winter-places.ts';
import { awaitingStickerLetter } from '../../../domain/berths/winter-stickers.ts';
import { generateCases } from './generate-cases.ts';
import { generateWinterCases } from './generate-winter-cases.ts';
import { loadReferenceData } from './reference-data.ts';
import { loadWinterStorage } from './winter-storage.ts';

const ref = loadReferenceData();
const TODAY = '2026-12-03';
const resources = loadWinterStorage(ref.priceLists, TODAY);
const people = generateCases(ref, { applications: 100, seed: 8 });
const cases = generateWinterCases(resources, people, { winter: 2026, today: TODAY, seed: 8 });
const areaOf = new Map(resources.areas.map((a) => [a.id, a]));

describe('demo winter storage cases', () => {
  it('is deterministic: the same seed gives the same cases, another seed others', () => {
    expect(generateWinterCases(resources, people, { winter: 2026, today: TODAY, seed: 8 })).toEqual(cases);
    expect(generateWinterCases(resources, people, { winter: 2026, today: TODAY, seed: 9 }).applications[0]?.id).not.toBe(cases.applications[0]?.id);
  });

  it('makes valid records of the demo customers and their own boats, all for the winter and received before the day', () => {
    for (const a of cases.applications) expect(WinterApplication.parse(a)).toEqual(a);
    for (const l of cases.leases) expect(WinterLease.parse(l)).toEqual(l);
    for (const e of cases.events) expect(WinterEvent.parse(e)).toEqual(e);
    const boats = new Map(people.boats.map((b) => [b.id, b]));
    for (const a of cases.applications) {
      expect(boats.get(a.boatId!)?.customerId).toBe(a.customerId);
      expect(a.boat.width).toBe(boats.get(a.boatId!)?.width);
      expect(a.winter).toBe(2026);
      expect(a.receivedAt.slice(0, 10) < TODAY).toBe(true);
    }
    expect(new Set(cases.applications.map((a) => a.customerId)).size).toBe(cases.applications.length);
    expect(new Set(cases.applications.map((a) => a.reference)).size).toBe(cases.applications.length);
    expect(cases.applications[0]?.reference).toBe('TS26-000001');
  });

  it('asks for marked places in one to three of the four marked areas, with boats that fit a real place in each', () => {
    const marked = cases.applications.filter((a) => a.areaType === 'marked');
    expect(marked).toHaveLength(120);
    expect(marked.every((a) => a.status === 'pending' && a.areaChoices.length >= 1 && a.areaChoices.length <= 3)).toBe(true);
    for (const a of marked) {
      for (const areaId of a.areaChoices) expect(resources.places.some((p) => p.areaId === areaId && placeFit(p, a) === 'fits'), `${a.reference} in ${areaId}`).toBe(true);
    }
    expect(new Set(marked.flatMap((a) => a.areaChoices)).size).toBe(4);
    expect(marked.some((a) => a.storageMethod === 'on_trailer' && a.trailerRegistrationNumber)).toBe(true);
  });

  it('gives each unmarked notice one area with unmarked space, the big areas the most', () => {
    const unmarked = cases.applications.filter((a) => a.areaType === 'unmarked');
    const pending = unmarked.filter((a) => a.status === 'pending');
    expect(pending).toHaveLength(300);
    expect(unmarked.every((a) => a.areaChoices.length === 1 && areaOf.get(a.areaChoices[0]!)?.estimatedUnmarkedSpaces != null)).toBe(true);
    const count = (name: string) => pending.filter((a) => areaOf.get(a.areaChoices[0]!)?.name.fi === name).length;
    expect(count('Puotila')).toBeGreaterThan(count('Lähteelä'));
    expect(new Set(pending.map((a) => a.areaChoices[0])).size).toBe(10);
  });

  it('fits any day of the year the demo starts on: nothing dated after it', () => {
    for (const [day, w] of [['2027-06-10', 2027], ['2027-03-01', 2026], ['2026-09-15', 2026]] as const) {
      const other = generateWinterCases(resources, people, { winter: w, today: day, seed: 5 });
      expect(other.leases, day).toHaveLength(20);
      expect(other.applications.every((a) => a.receivedAt.slice(0, 10) < day), day).toBe(true);
      expect(other.events.every((e) => e.at.slice(0, 10) <= day), day).toBe(true);
    }
  });

  it('numbers the stickers in order of payment whatever the seed', () => {
    for (const seed of [1, 2, 3]) {
      const leases = generateWinterCases(resources, people, { winter: 2026, today: TODAY, seed }).leases;
      const byPayment = [...leases].sort((a, b) => Date.parse(a.invoice.paidAt!) - Date.parse(b.invoice.paidAt!));
      expect(byPayment.map((l) => l.stickerNumber), String(seed)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it('has twenty notices handled through the deciders: paid, stickers 1 to 20 in order of payment, half of the letters posted', () => {
    expect(cases.leases).toHaveLength(20);
    const handled = new Map(cases.applications.filter((a) => a.status === 'handled').map((a) => [a.id, a]));
    expect(handled.size).toBe(20);
    for (const l of cases.leases) {
      expect(l).toMatchObject({ areaType: 'unmarked', placeId: null, status: 'paid', winter: 2026, invoice: { status: 'paid_man', paidVia: 'elsewhere' } });
      expect(handled.has(l.applicationId!)).toBe(true);
      expect(l.invoice.totalCents).toBeGreaterThan(0);
      expect(l.invoice.number).toBe(handled.get(l.applicationId!)?.reference);
      expect(l.invoice.sentAt! < l.invoice.paidAt!).toBe(true);
    }
    const byPayment = [...cases.leases].sort((a, b) => Date.parse(a.invoice.paidAt!) - Date.parse(b.invoice.paidAt!));
    expect(byPayment.map((l) => l.stickerNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(cases.leases.filter((l) => awaitingStickerLetter(l))).toHaveLength(10);
    expect(cases.leases.every((l) => l.stickerPostedOn === null || (l.stickerPostedOn >= l.invoice.paidAt!.slice(0, 10) && l.stickerPostedOn <= TODAY))).toBe(true);
    // Each step left its event: created, sent, paid with its number, and a posting.
    const kinds = cases.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'invoice_paid')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'sticker_posted')).toHaveLength(10);
    expect(cases.events.filter((e) => e.kind === 'invoice_paid').map((e) => e.stickerNumber).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
