import type { ApplicationRow, BerthOccupancyReason } from '../contract.ts';
import type { ApplicationStatus, MooringType } from './entities.ts';

/**
 * The berth words both the screens and the files (xlsx, PDF) print, in each language. They live
 * here, not in the renderer's locales, because the core makes files away from the renderer: the
 * locales take these tables under the same keys, and main/core/files reads them from here.
 */
export type BerthWords = {
  statuses: Record<ApplicationStatus, string>;
  kinds: Record<ApplicationRow['kind'], string>;
  priority: Record<'low' | 'normal' | 'high', string>;
  occupancy: Record<BerthOccupancyReason, string>;
  mooring: Record<MooringType, string>;
};

export const BERTH_WORDS: { fi: BerthWords; sv: BerthWords; en: BerthWords } = {
  fi: {
    statuses: {
      pending: 'Jonossa',
      offer_generated: 'Käsitelty, ei lähetetty',
      offer_sent: 'Tarjous lähetetty',
      awaiting_payment: 'Odottaa maksua',
      no_suitable_berths: 'Ei sopivaa paikkaa',
      handled: 'Käsitelty',
      rejected: 'Hylätty',
      declined_by_customer: 'Asiakas kieltäytyi',
      expired: 'Vanhentunut',
    },
    kinds: {
      new: 'Uusi paikka',
      switch: 'Paikanvaihto',
    },
    priority: {
      low: 'Matala',
      normal: 'Normaali',
      high: 'Korkea',
    },
    occupancy: {
      free: 'Vapaa',
      offered: 'Tarjottu',
      leased: 'Vuokrattu',
      renewal: 'Uusittavana',
      inactive: 'Ei käytössä',
    },
    mooring: {
      no_stern_to: 'Ilman peräkiinnitystä',
      single_slip: 'Aisapaikka',
      side_slip: 'Kävelyaisapaikka',
      stern_buoy: 'Peräpoijupaikka',
      stern_pole: 'Paaluperäkiinnitys',
      quayside: 'Sivukiinnitys',
      dinghy: 'Jollapaikka',
      sea_buoy: 'Poiju merellä',
      trailer: 'Traileripaikka',
    },
  },
  sv: {
    statuses: {
      pending: 'I kö',
      offer_generated: 'Behandlad, inte skickad',
      offer_sent: 'Erbjudande skickat',
      awaiting_payment: 'Väntar på betalning',
      no_suitable_berths: 'Ingen lämplig plats',
      handled: 'Behandlad',
      rejected: 'Avslagen',
      declined_by_customer: 'Kunden tackade nej',
      expired: 'Förfallen',
    },
    kinds: {
      new: 'Ny plats',
      switch: 'Platsbyte',
    },
    priority: {
      low: 'Låg',
      normal: 'Normal',
      high: 'Hög',
    },
    occupancy: {
      free: 'Ledig',
      offered: 'Erbjuden',
      leased: 'Uthyrd',
      renewal: 'Förnyas',
      inactive: 'Ur bruk',
    },
    mooring: {
      no_stern_to: 'Utan akterförtöjning',
      single_slip: 'Bomplats',
      side_slip: 'Gångbomplats',
      stern_buoy: 'Akterbojplats',
      stern_pole: 'Akterförtöjning vid påle',
      quayside: 'Sidoförtöjning',
      dinghy: 'Jollplats',
      sea_buoy: 'Boj till havs',
      trailer: 'Trailerplats',
    },
  },
  en: {
    statuses: {
      pending: 'In queue',
      offer_generated: 'Handled, not sent',
      offer_sent: 'Offer sent',
      awaiting_payment: 'Awaiting payment',
      no_suitable_berths: 'No suitable berth',
      handled: 'Handled',
      rejected: 'Rejected',
      declined_by_customer: 'Declined by customer',
      expired: 'Expired',
    },
    kinds: {
      new: 'New berth',
      switch: 'Berth switch',
    },
    priority: {
      low: 'Low',
      normal: 'Normal',
      high: 'High',
    },
    occupancy: {
      free: 'Free',
      offered: 'Offered',
      leased: 'Leased',
      renewal: 'Held for renewal',
      inactive: 'Not in use',
    },
    mooring: {
      no_stern_to: 'No stern-to mooring',
      single_slip: 'Single slip',
      side_slip: 'Side slip (walkway)',
      stern_buoy: 'Stern buoy',
      stern_pole: 'Stern pole mooring',
      quayside: 'Quayside mooring',
      dinghy: 'Dinghy place',
      sea_buoy: 'Sea buoy',
      trailer: 'Trailer place',
    },
  },
};
