import type { ApplicationStatus, MooringType } from '../../../../domain/berths/entities.ts';
import type { ApplicationRow, BerthOccupancyReason } from '../../../../domain/contract.ts';
import type { Language, Texts } from '../table-model.ts';

/**
 * The berth words a file prints, in each language. Files are made in the core, away from the
 * renderer's i18n, so they carry their own copy of the words the screens use.
 */
type Words<K extends string> = Record<K, Texts>;

export const STATUS_WORDS: Words<ApplicationStatus> = {
  pending: { fi: 'Jonossa', sv: 'I kö', en: 'In queue' },
  offer_sent: { fi: 'Tarjous lähetetty', sv: 'Erbjudande skickat', en: 'Offer sent' },
  awaiting_payment: { fi: 'Odottaa maksua', sv: 'Väntar på betalning', en: 'Awaiting payment' },
  no_suitable_berths: { fi: 'Ei sopivaa paikkaa', sv: 'Ingen lämplig plats', en: 'No suitable berth' },
  handled: { fi: 'Käsitelty', sv: 'Behandlad', en: 'Handled' },
  rejected: { fi: 'Hylätty', sv: 'Avslagen', en: 'Rejected' },
  declined_by_customer: { fi: 'Asiakas kieltäytyi', sv: 'Kunden tackade nej', en: 'Declined by customer' },
  expired: { fi: 'Vanhentunut', sv: 'Förfallen', en: 'Expired' },
};

export const KIND_WORDS: Words<ApplicationRow['kind']> = {
  new: { fi: 'Uusi paikka', sv: 'Ny plats', en: 'New berth' },
  switch: { fi: 'Paikanvaihto', sv: 'Platsbyte', en: 'Berth switch' },
};

export const PRIORITY_WORDS: Words<'0' | '1' | '2'> = {
  0: { fi: 'Matala', sv: 'Låg', en: 'Low' },
  1: { fi: 'Normaali', sv: 'Normal', en: 'Normal' },
  2: { fi: 'Korkea', sv: 'Hög', en: 'High' },
};

export const OCCUPANCY_WORDS: Words<BerthOccupancyReason> = {
  free: { fi: 'Vapaa', sv: 'Ledig', en: 'Free' },
  offered: { fi: 'Tarjottu', sv: 'Erbjuden', en: 'Offered' },
  leased: { fi: 'Vuokrattu', sv: 'Uthyrd', en: 'Leased' },
  renewal: { fi: 'Uusittavana', sv: 'Förnyas', en: 'Held for renewal' },
  inactive: { fi: 'Ei käytössä', sv: 'Ur bruk', en: 'Not in use' },
};

export const MOORING_WORDS: Words<MooringType> = {
  no_stern_to: { fi: 'Ilman peräkiinnitystä', sv: 'Utan akterförtöjning', en: 'No stern-to mooring' },
  single_slip: { fi: 'Aisapaikka', sv: 'Bomplats', en: 'Single slip' },
  side_slip: { fi: 'Kävelyaisapaikka', sv: 'Gångbomplats', en: 'Side slip (walkway)' },
  stern_buoy: { fi: 'Peräpoijupaikka', sv: 'Akterbojplats', en: 'Stern buoy' },
  stern_pole: { fi: 'Paaluperäkiinnitys', sv: 'Akterförtöjning vid påle', en: 'Stern pole mooring' },
  quayside: { fi: 'Sivukiinnitys', sv: 'Sidoförtöjning', en: 'Quayside mooring' },
  dinghy: { fi: 'Jollapaikka', sv: 'Jollplats', en: 'Dinghy place' },
  sea_buoy: { fi: 'Poiju merellä', sv: 'Boj till havs', en: 'Sea buoy' },
  trailer: { fi: 'Traileripaikka', sv: 'Trailerplats', en: 'Trailer place' },
};

export function word<K extends string>(words: Words<K>, key: K, language: Language): string {
  return words[key][language];
}
