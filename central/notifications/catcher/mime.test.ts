import { describe, expect, it } from 'vitest';
import { decodeHeaderValue, parseMail } from './mime.ts';

const mail = (headers: string, body: string) => Buffer.from(`${headers}\r\n\r\n${body}`, 'utf8');

describe('the catcher reads what nodemailer sends', () => {
  it('decodes a quoted-printable body with soft line breaks into UTF-8 text', () => {
    const parsed = parseMail(mail('Subject: x\r\nContent-Transfer-Encoding: quoted-printable', 'Hei M=C3=\r\n=A4rta,\r\nhinta 290,00 =E2=82=AC =3D maksettu=\r\n.\r\n'));
    expect(parsed.body).toBe('Hei Märta,\nhinta 290,00 € = maksettu.');
  });

  it('keeps an equals sign that is not followed by two hex digits, and characters that were not encoded', () => {
    const parsed = parseMail(mail('Content-Transfer-Encoding: quoted-printable', 'a=zz b=4 c= d_e Åke 🚤'));
    expect(parsed.body).toBe('a=zz b=4 c= d_e Åke 🚤');
  });

  it('decodes encoded words in headers: Q with underscores for spaces, B, and the space between two words dropped', () => {
    expect(decodeHeaderValue('=?UTF-8?Q?Venepaikkatarjous:_Pajalahti_=C3=84?= =?UTF-8?B?w6RsYW5k?=')).toBe('Venepaikkatarjous: Pajalahti Ääland');
    expect(decodeHeaderValue('=?utf-8?q?lower_=c3=a5?=')).toBe('lower å');
  });

  it('reads the subject, the message id and a base64 body', () => {
    const parsed = parseMail(mail('Subject: =?UTF-8?Q?Hyv=C3=A4=C3=A4_p=C3=A4iv=C3=A4=C3=A4?=\r\nMessage-ID: <abc@kuva>\r\nContent-Transfer-Encoding: base64', Buffer.from('Päivää\r\n').toString('base64')));
    expect(parsed).toMatchObject({ subject: 'Hyvää päivää', messageId: '<abc@kuva>', body: 'Päivää' });
  });
});
