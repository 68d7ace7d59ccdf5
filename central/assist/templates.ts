import type { NotificationTemplate } from '../notifications/templates/template.ts';

/**
 * What a customer who booked help time hears (issue 9, item 3): a confirmation, a reminder (the
 * day before, or that morning: domain/assist/reminders.ts, so it names the day, never "tomorrow")
 * and a cancellation. The ethics rule (brief assistance 1.3) is in every text: the
 * customer logs in themselves, so they bring their own codes and the helper never asks for them.
 * `place` is the service point's name, `when` the start in the customer's language.
 */
const SIGN = {
  fi: 'Ystävällisin terveisin\nDigituki, Helsingin kaupunginkirjasto',
  sv: 'Med vänliga hälsningar\nDigistöd, Helsingfors stadsbibliotek',
  en: 'Kind regards\nDigital help, Helsinki City Library',
};

const OWN_CODES = {
  fi: 'Ota mukaan oma laitteesi ja omat tunnuksesi (esim. pankkitunnukset). Kirjaudut itse: opastaja ei kysy salasanojasi.',
  sv: 'Ta med din egen enhet och dina egna koder (t.ex. bankkoder). Du loggar in själv: handledaren frågar aldrig efter dina lösenord.',
  en: 'Bring your own device and your own codes (such as online banking codes). You log in yourself: the helper never asks for your passwords.',
};

export const ASSIST_BOOKED: NotificationTemplate = {
  key: 'assist.appointment_booked',
  params: ['place', 'when'],
  text: {
    fi: { subject: 'Digituen aika varattu: {when}', body: `Hei,\n\ndigituen aikasi on varattu.\n\nPaikka: {place}\nAika: {when}\n\n${OWN_CODES.fi}\n\n${SIGN.fi}`, sms: 'Digituen aika varattu {when}, {place}. Ota mukaan omat tunnuksesi.' },
    sv: { subject: 'Tid för digistöd bokad: {when}', body: `Hej,\n\ndin tid för digistöd är bokad.\n\nPlats: {place}\nTid: {when}\n\n${OWN_CODES.sv}\n\n${SIGN.sv}`, sms: 'Tid för digistöd bokad {when}, {place}. Ta med dina egna koder.' },
    en: { subject: 'Digital help booked: {when}', body: `Hello,\n\nyour digital help time is booked.\n\nPlace: {place}\nTime: {when}\n\n${OWN_CODES.en}\n\n${SIGN.en}`, sms: 'Digital help booked {when}, {place}. Bring your own codes.' },
  },
};

export const ASSIST_REMINDER: NotificationTemplate = {
  key: 'assist.appointment_reminder',
  params: ['place', 'when'],
  text: {
    fi: { subject: 'Muistutus: digituki {when}', body: `Hei,\n\nmuistutamme digituen ajastasi.\n\nPaikka: {place}\nAika: {when}\n\n${OWN_CODES.fi}\nJos et pääse, ilmoita kirjastoon.\n\n${SIGN.fi}`, sms: 'Muistutus: digituki {when}, {place}. Jos et pääse, ilmoita kirjastoon.' },
    sv: { subject: 'Påminnelse: digistöd {when}', body: `Hej,\n\nvi påminner om din tid för digistöd.\n\nPlats: {place}\nTid: {when}\n\n${OWN_CODES.sv}\nOm du inte kan komma, meddela biblioteket.\n\n${SIGN.sv}`, sms: 'Påminnelse: digistöd {when}, {place}. Meddela biblioteket om du inte kan komma.' },
    en: { subject: 'Reminder: digital help {when}', body: `Hello,\n\na reminder of your digital help time.\n\nPlace: {place}\nTime: {when}\n\n${OWN_CODES.en}\nIf you cannot come, please tell the library.\n\n${SIGN.en}`, sms: 'Reminder: digital help {when}, {place}. If you cannot come, tell the library.' },
  },
};

export const ASSIST_CANCELLED: NotificationTemplate = {
  key: 'assist.appointment_cancelled',
  params: ['place', 'when'],
  text: {
    fi: { subject: 'Digituen aika peruttu: {when}', body: `Hei,\n\ndigituen aikasi on peruttu.\n\nPaikka: {place}\nAika: {when}\n\nVoit varata uuden ajan kirjastosta.\n\n${SIGN.fi}`, sms: 'Digituen aikasi {when}, {place} on peruttu.' },
    sv: { subject: 'Tid för digistöd avbokad: {when}', body: `Hej,\n\ndin tid för digistöd är avbokad.\n\nPlats: {place}\nTid: {when}\n\nDu kan boka en ny tid på biblioteket.\n\n${SIGN.sv}`, sms: 'Din tid för digistöd {when}, {place} är avbokad.' },
    en: { subject: 'Digital help cancelled: {when}', body: `Hello,\n\nyour digital help time is cancelled.\n\nPlace: {place}\nTime: {when}\n\nYou can book a new time at the library.\n\n${SIGN.en}`, sms: 'Your digital help time {when}, {place} is cancelled.' },
  },
};

export const ASSIST_TEMPLATES = [ASSIST_BOOKED, ASSIST_REMINDER, ASSIST_CANCELLED];
