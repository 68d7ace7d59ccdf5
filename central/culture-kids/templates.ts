import type { NotificationTemplate } from '../notifications/templates/template.ts';

/** What families hear from Culture Kids. Texts the staff wrote (messages) come whole in `subject`/`body`. */
const SIGN = {
  fi: 'Ystävällisin terveisin\nKulttuurin kummilapset, Helsingin kaupunki',
  sv: 'Med vänliga hälsningar\nKulturens fadderbarn, Helsingfors stad',
  en: 'Kind regards\nCulture Kids, City of Helsinki',
};

export const CK_MESSAGE: NotificationTemplate = {
  key: 'culture-kids.message',
  params: ['name', 'subject', 'body'],
  text: {
    fi: { subject: '{subject}', body: `Hei {name},\n\n{body}\n\n${SIGN.fi}`, sms: '{body}' },
    sv: { subject: '{subject}', body: `Hej {name},\n\n{body}\n\n${SIGN.sv}`, sms: '{body}' },
    en: { subject: '{subject}', body: `Hello {name},\n\n{body}\n\n${SIGN.en}`, sms: '{body}' },
  },
};

export const CK_INVITATION: NotificationTemplate = {
  key: 'culture-kids.invitation',
  params: ['name', 'event'],
  text: {
    fi: { subject: 'Uusi kutsu: {event}', body: `Hei {name},\n\nlapsesi on kutsuttu: {event}. Ilmoittaudu Kulttuurin kummilapset -palvelussa.\n\n${SIGN.fi}` },
    sv: { subject: 'Ny inbjudan: {event}', body: `Hej {name},\n\nditt barn är inbjudet: {event}. Anmäl er i tjänsten Kulturens fadderbarn.\n\n${SIGN.sv}` },
    en: { subject: 'New invitation: {event}', body: `Hello {name},\n\nyour child is invited: {event}. Enrol in the Culture Kids service.\n\n${SIGN.en}` },
  },
};

export const CK_ENROLMENT: NotificationTemplate = {
  key: 'culture-kids.enrolment',
  params: ['name', 'child', 'event', 'when', 'ticket'],
  text: {
    fi: { subject: 'Ilmoittautuminen vahvistettu: {event}', body: `Hei {name},\n\n{child} on ilmoitettu tapahtumaan {event} ({when}).\n\nLippu (näytä ovella QR-koodina):\n{ticket}\n\n${SIGN.fi}` },
    sv: { subject: 'Anmälan bekräftad: {event}', body: `Hej {name},\n\n{child} är anmäld till {event} ({when}).\n\nBiljett (visa vid dörren som QR-kod):\n{ticket}\n\n${SIGN.sv}` },
    en: { subject: 'Enrolment confirmed: {event}', body: `Hello {name},\n\n{child} is enrolled in {event} ({when}).\n\nTicket (show it at the door as a QR code):\n{ticket}\n\n${SIGN.en}` },
  },
};

export const CK_NOTICE: NotificationTemplate = {
  key: 'culture-kids.notice',
  params: ['name', 'event', 'what'],
  text: {
    fi: { subject: 'Kulttuurin kummilapset: {event}', body: `Hei {name},\n\n{what}\n\n${SIGN.fi}` },
    sv: { subject: 'Kulturens fadderbarn: {event}', body: `Hej {name},\n\n{what}\n\n${SIGN.sv}` },
    en: { subject: 'Culture Kids: {event}', body: `Hello {name},\n\n{what}\n\n${SIGN.en}` },
  },
};

export const CULTURE_KIDS_TEMPLATES = [CK_MESSAGE, CK_INVITATION, CK_ENROLMENT, CK_NOTICE];
