import type { ParsedInput } from '../../../domain/contract.ts';
import type { Language, Localized } from '../../../domain/languages.ts';
import { canMoveApplicationVia } from '../../../domain/berths/application-machine.ts';
import type { Boat, Customer } from '../../../domain/berths/entities.ts';
import { isActiveLease } from '../../../domain/berths/lease-machine.ts';
import { winterStoragePrice } from '../../../domain/berths/pricing.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import type { StickerLetterRow, WinterApplicationDetail, WinterApplicationList, WinterApplicationRow, WinterLeaseSummary, WinterPlaceSuggestion } from '../../../domain/berths/winter-contract.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { storedLength, suggestWinterPlaces } from '../../../domain/berths/winter-places.ts';
import { defaultWinterDueDate, offerWinter, stickerSeason, winterDueDateWindow } from '../../../domain/berths/winter-seasons.ts';
import { awaitingStickerLetter } from '../../../domain/berths/winter-stickers.ts';
import { compactText, searchTerms } from '../cache/search-text.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { currentLease, parseData, placeLabel, winterRows } from './winter-state.ts';

const NO_NAME: Localized = { fi: '', sv: '', en: '' };
/** At most this many place suggestions: a handler picks among the best, never scrolls 500. */
export const MAX_SUGGESTIONS = 50;

const boats = preparedFor((db: SqliteDatabase) => db.prepare<[string], { data: string }>('SELECT data FROM boat WHERE id = ?'));

type Contact = Pick<Customer, 'firstName' | 'lastName' | 'companyName'>;
const nameOf = (c: Contact) => c.companyName || `${c.firstName} ${c.lastName}`.trim();
const fold = (s: string) => s.toLocaleLowerCase('fi').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
const areaNameOf = (db: SqliteDatabase, id: string | undefined) => (id ? parseData<WinterArea>(winterRows(db).area.get(id))?.name : null) ?? NO_NAME;

/**
 * Every word typed is the start of a word of the name, reference, registration or sticker number;
 * a reference or registration is also found by any three or more of its letters and digits in a row.
 */
function matchesSearch(terms: readonly string[], a: WinterApplication, sticker: number | null): boolean {
  if (terms.length === 0) return true;
  const codes = [a.reference, a.boat.registrationNumber].map((c) => fold(compactText(c)));
  const haystack = [...words(`${a.applicant.firstName} ${a.applicant.lastName} ${a.applicant.companyName ?? ''} ${a.reference} ${a.boat.registrationNumber}`), ...codes, ...(sticker === null ? [] : [String(sticker)])];
  return terms.every((t) => haystack.some((w) => w.startsWith(t)) || (t.length >= 3 && codes.some((c) => c.includes(t))));
}

function leaseSummary(db: SqliteDatabase, l: WinterLease): WinterLeaseSummary {
  return {
    id: l.id, status: l.status, invoiceStatus: l.invoice.status, totalCents: l.invoice.totalCents, dueDate: l.invoice.dueDate,
    placeLabel: placeLabel(db, l), stickerNumber: l.stickerNumber, stickerPostedOn: l.stickerPostedOn,
  };
}

type HeldLease = { lease: WinterLease; pending: boolean };

/** The winter's marked applications and unmarked notices, oldest first: the order they are handled in. */
export function winterApplications(db: SqliteDatabase, input: ParsedInput<'berths.winterApplications'>, now: Date): WinterApplicationList {
  const s = winterRows(db);
  const winter = input.winter ?? offerWinter(helsinkiDate(now));
  const byApplication = new Map<string, HeldLease[]>();
  for (const r of s.leasesOfWinter.all(winter)) {
    const lease = JSON.parse(r.data) as WinterLease;
    if (lease.applicationId) byApplication.set(lease.applicationId, [...(byApplication.get(lease.applicationId) ?? []), { lease, pending: r.pending === 1 }]);
  }
  const terms = searchTerms(input.search).map(fold);
  // Text with no letter or digit in it can match nothing: an empty list, never every row.
  const unmatchable = input.search.trim() !== '' && terms.length === 0;
  const names = new Map<string, Localized>();
  const rows: WinterApplicationRow[] = [];
  let total = 0;
  for (const r of s.applicationsOfWinter.all(winter)) {
    const a = JSON.parse(r.data) as WinterApplication;
    if ((input.areaType && a.areaType !== input.areaType) || (input.areaId && !a.areaChoices.includes(input.areaId))) continue;
    total++;
    if (input.statuses.length > 0 && !input.statuses.includes(a.status)) continue;
    const held = currentLease(byApplication.get(a.id) ?? []);
    if (unmatchable || !matchesSearch(terms, a, held?.lease.stickerNumber ?? null)) continue;
    const first = a.areaChoices[0]!;
    if (!names.has(first)) names.set(first, areaNameOf(db, first));
    rows.push({
      id: a.id, reference: a.reference, areaType: a.areaType, status: a.status, receivedAt: a.receivedAt,
      applicantName: nameOf(a.applicant), boatRegistration: a.boat.registrationNumber, boatWidth: a.boat.width, boatLength: a.boat.length,
      areaName: names.get(first)!, lease: held ? leaseSummary(db, held.lease) : null, pending: r.pending === 1 || held?.pending === true,
    });
  }
  return { winter, rows, total };
}

/** The area's winter price for this size and customer group, incl. VAT; null when the area is not priced. */
function priceCents(area: WinterArea | null, size: { width: number; length: number }, kind: Customer['kind']): number | null {
  if (!area?.price) return null;
  const priced = winterStoragePrice(size, area.id, [{ areaId: area.id, areaName: area.name.fi, ...area.price }], kind);
  return priced.ok ? priced.price.cents : null;
}

/** Free places of the chosen areas wide enough for the boat, best first, each priced for the customer. */
function placeSuggestions(db: SqliteDatabase, a: WinterApplication, kind: Customer['kind'], today: string): WinterPlaceSuggestion[] {
  const s = winterRows(db);
  const areas = new Map(a.areaChoices.map((id) => [id, parseData<WinterArea>(s.area.get(id))]));
  const places = a.areaChoices.flatMap((id) => s.placesOfArea.all(id).map((r) => JSON.parse(r.data) as WinterPlace));
  const leasesByPlace = new Map<string, WinterLease[]>();
  for (const r of s.placeLeasesOfWinters.all(a.winter - 1, a.winter)) {
    const l = JSON.parse(r.data) as WinterLease;
    leasesByPlace.set(l.placeId!, [...(leasesByPlace.get(l.placeId!) ?? []), l]);
  }
  return suggestWinterPlaces(a, places, leasesByPlace, today)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ place, choice, fit }) => {
      const area = areas.get(place.areaId) ?? null;
      return {
        placeId: place.id, areaName: area?.name ?? NO_NAME, section: parseData<WinterSection>(s.section.get(place.sectionId))?.identifier ?? '',
        number: place.number, width: place.width, length: place.length, choice, fit, priceCents: priceCents(area, place, kind),
      };
    });
}

/** One case: the application, its customer, lease and history, and while it waits, what it could be given. */
export function winterApplicationDetail(db: SqliteDatabase, id: string, now: Date): WinterApplicationDetail | null {
  const s = winterRows(db);
  const row = s.application.get(id);
  if (!row) return null;
  const application = JSON.parse(row.data) as WinterApplication;
  const customer = parseData<Customer>(s.customer.get(application.customerId));
  const held = currentLease(s.leasesOfApplication.all(id).map((r) => ({ lease: JSON.parse(r.data) as WinterLease, pending: r.pending === 1 })));
  const waiting = !(held && isActiveLease(held.lease.status)) && canMoveApplicationVia(application.status, ['offer_generated']);
  const kind = customer?.kind ?? 'private';
  const marked = application.areaType === 'marked';
  const today = helsinkiDate(now);
  const window = winterDueDateWindow(today, application.winter);
  const suggested = defaultWinterDueDate(today, application.winter);
  return {
    application,
    customer: customer && {
      id: customer.id, kind: customer.kind, invoicingType: customer.invoicingType, email: customer.email, phone: customer.phone,
      address: customer.address, zipCode: customer.zipCode, municipality: customer.municipality,
    },
    areas: application.areaChoices.map((areaId, i) => ({ id: areaId, name: areaNameOf(db, areaId), choice: i + 1 })),
    storedLength: storedLength(application),
    lease: held ? { ...held.lease, placeLabel: placeLabel(db, held.lease), pending: held.pending } : null,
    suggestions: waiting && marked ? placeSuggestions(db, application, kind, today) : [],
    unmarkedPriceCents: waiting && !marked ? priceCents(parseData<WinterArea>(s.area.get(application.areaChoices[0]!)), application.boat, kind) : null,
    dueDate: window && suggested ? { suggested, ...window } : null,
    events: s.events.all(id).map((r) => JSON.parse(r.data) as WinterEvent),
    pending: row.pending === 1 || held?.pending === true,
  };
}

/** The core read the sticker letter printout takes its rows from (with each customer's language). */
export const STICKER_LETTER_PRINT_READ = 'berths.stickerLetterPrintRows';

/** A sticker letter as the printout needs it: in the language the customer is invoiced in. */
export interface StickerLetterPrintRow {
  letter: StickerLetterRow;
  language: Language;
}

/** The winter's stickers whose letter is not yet posted, by sticker number, addressed as the application gave. */
export function stickerLetterRows(db: SqliteDatabase, winter: number): StickerLetterPrintRow[] {
  const s = winterRows(db);
  return s.withStickers.all(winter).flatMap((r) => {
    const l = JSON.parse(r.data) as WinterLease;
    if (!awaitingStickerLetter(l)) return [];
    const application = l.applicationId ? parseData<WinterApplication>(s.application.get(l.applicationId)) : null;
    const contact = application?.applicant ?? parseData<Customer>(s.customer.get(l.customerId));
    const registration = application?.boat.registrationNumber ?? (l.boatId ? parseData<Boat>(boats(db).get(l.boatId))?.registrationNumber : null) ?? '';
    const letter: StickerLetterRow = {
      leaseId: l.id, applicationId: l.applicationId, reference: application?.reference ?? l.invoice.number,
      customerName: contact ? nameOf(contact) : '', address: contact?.address ?? '', zipCode: contact?.zipCode ?? '', municipality: contact?.municipality ?? '',
      areaName: areaNameOf(db, l.areaId), stickerNumber: l.stickerNumber!, stickerSeason: stickerSeason(l.winter), boatRegistration: registration,
      pending: r.pending === 1,
    };
    return [{ letter, language: l.invoice.language }];
  });
}
