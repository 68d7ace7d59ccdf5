import { LANGUAGES, type Language } from '../../../domain/languages.ts';
import { escapeHtml, type PageParts } from '../../payments/html-document.ts';
import { formatEuro, LOCALES } from '../../payments/money.ts';
import { formatDay } from './dates.ts';
import { OFFER_PAGE_TEXTS } from './texts.ts';
import type { Notice, OfferLine, OfferState, OfferView, WinterInvoiceView } from './view.ts';

const metres = (m: number, lang: Language) => `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(m)} m`;
const percent = (p: number, lang: Language) => `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(p)} %`;
/** A line's share of the berth price as the desk writes it (formatPercent): 10 %, 12,5 %, 12,35 %, the sign kept on the number's line. */
const share = (p: number, lang: Language) => `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(p)}\u00a0%`;

/** The language switch: plain links, each named in its own language. */
function languageNav(lang: Language, path: string): string {
  const items = LANGUAGES.map((l) => {
    const t = OFFER_PAGE_TEXTS[l];
    const current = l === lang ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(path)}?lang=${l}" lang="${l}" hreflang="${l}"${current}>${t.languageName}</a></li>`;
  }).join('');
  return `<nav aria-label="${OFFER_PAGE_TEXTS[lang].languageNav}"><ul>${items}</ul></nav>`;
}

type Action = 'accept' | 'decline' | 'pay';

export interface FormTarget {
  /** /customer/offer/<token> */
  path: string;
  csrf: string;
}

function actionForm(target: FormTarget, lang: Language, action: Action, label: string, secondary: boolean): string {
  return `<form method="post" action="${escapeHtml(target.path)}/${action}">
<input type="hidden" name="csrf" value="${escapeHtml(target.csrf)}"><input type="hidden" name="lang" value="${lang}">
<button type="submit"${secondary ? ' class="secondary"' : ''}>${label}</button></form>`;
}

const NOTICE_TONE: Readonly<Record<Notice, string>> = {
  accepted: 'success',
  declined: '',
  paid: 'success',
  payment_cancelled: '',
  payment_refused: 'alert',
  payment_unapplied: 'alert',
  not_possible: 'alert',
};

const STATE_ACTIONS: Readonly<Record<OfferState, readonly Action[]>> = {
  open: ['accept', 'decline'],
  accepted: ['pay'],
  payable: ['pay'],
  paid: [],
  declined: [],
  expired: [],
  unavailable: [],
};

/** One customer page's content: what it is about, its invoice, and its state with the actions allowed. */
interface PageContent {
  title: string;
  intro: string;
  notice: string;
  details: { id: string; heading: string; rows: readonly (readonly [label: string, valueHtml: string])[] };
  invoice: { numberLabel: string; number: string; dueDate: string | null; lines: readonly OfferLine[]; totalCents: number };
  status: { heading: string; state: string; text: string; extra: string; actions: readonly Action[] };
}

/** The look the offer page and the winter invoice page share: details, the invoice with VAT, the state and its buttons. */
function customerPage(c: PageContent, lang: Language, target: FormTarget, notice: Notice | null): PageParts {
  const t = OFFER_PAGE_TEXTS[lang];
  const money = (cents: number) => formatEuro(cents, lang);
  const rows = c.invoice.lines
    .map((line) => {
      const vatCents = line.totalCents - line.pretaxCents;
      const of = line.percent === undefined ? '' : `<br><small data-percent="${line.percent}">${escapeHtml(t.linePercent.replace('{percent}', share(line.percent, lang)))}</small>`;
      return `<tr><th scope="row">${escapeHtml(line.label[lang])}${of}</th><td class="num">${money(line.pretaxCents)}</td><td class="num">${percent(line.vatPercent, lang)} (${money(vatCents)})</td><td class="num">${money(line.totalCents)}</td></tr>`;
    })
    .join('\n');
  const label = (a: Action) => (a === 'accept' ? t.accept : a === 'decline' ? t.decline : t.pay);
  const buttons = c.status.actions.map((a) => actionForm(target, lang, a, label(a), a === 'decline')).join('');
  const noticeHtml = notice ? `<div class="notice ${NOTICE_TONE[notice]}" role="status">${c.notice}</div>` : '';
  const { details, invoice, status } = c;
  const number = escapeHtml(invoice.number);
  const main = `${noticeHtml}<h1>${c.title}</h1>
<p>${c.intro}</p>
<section aria-labelledby="${details.id}"><h2 id="${details.id}">${details.heading}</h2><dl>
${details.rows.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>\n`).join('')}</dl></section>
<section aria-labelledby="invoice-heading"><h2 id="invoice-heading">${t.invoiceHeading}</h2>
<dl><dt>${invoice.numberLabel}</dt><dd>${number}</dd>${invoice.dueDate ? `<dt>${t.dueDate}</dt><dd>${formatDay(invoice.dueDate, lang)}</dd>` : ''}</dl>
<table><caption>${t.invoiceHeading} ${number}</caption>
<thead><tr><th scope="col">${t.product}</th><th scope="col" class="num">${t.pretax}</th><th scope="col" class="num">${t.vat}</th><th scope="col" class="num">${t.total}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="3">${t.totalRow}</th><td class="num">${money(invoice.totalCents)}</td></tr></tfoot>
</table></section>
<section aria-labelledby="status-heading"><h2 id="status-heading">${status.heading}</h2>
<p class="status" data-state="${status.state}">${status.text}</p>
${status.extra}${buttons ? `<div class="actions">${buttons}</div>` : ''}
</section>`;
  return { lang, title: `${c.title} ${invoice.number}`, brand: t.brand, nav: languageNav(lang, target.path), main };
}

const period = (start: string, end: string, lang: Language) => `${formatDay(start, lang)} – ${formatDay(end, lang)}`;

/** The offer in the customer's language, with only the actions its state allows. */
export function offerPage(view: OfferView, lang: Language, target: FormTarget, notice: Notice | null): PageParts {
  const t = OFFER_PAGE_TEXTS[lang];
  const actions = STATE_ACTIONS[view.state];
  const rows: [string, string][] = [
    [t.harbour, escapeHtml(view.harbour[lang])],
    [t.pier, escapeHtml(view.pier || '–')],
    [t.berthNumber, escapeHtml(view.berthNumber)],
    [t.width, metres(view.width, lang)],
    [t.length, metres(view.length, lang)],
    ...(view.depth === null ? [] : [[t.depth, metres(view.depth, lang)] as [string, string]]),
    [t.leasePeriod, period(view.startDate, view.endDate, lang)],
  ];
  return customerPage(
    {
      title: t.title,
      intro: `${escapeHtml(t.greeting.replace('{name}', view.customerName))} ${t.intro}`,
      notice: notice ? t.notice[notice] : '',
      details: { id: 'berth-heading', heading: t.berthHeading, rows },
      invoice: { numberLabel: t.orderNumber, number: view.orderNumber, dueDate: view.dueDate, lines: view.lines, totalCents: view.totalCents },
      status: { heading: t.statusHeading, state: view.state, text: t.state[view.state], extra: actions.includes('decline') ? `<p>${t.declineWarning}</p>` : '', actions },
    },
    lang,
    target,
    notice,
  );
}

/**
 * A winter storage invoice in the customer's language: the area and place (or unmarked storage
 * with the boat's size), the winter, the invoice with VAT and its due date, and Pay while it is
 * payable; once paid, unmarked storage's sticker number.
 */
export function winterInvoicePage(view: WinterInvoiceView, lang: Language, target: FormTarget, notice: Notice | null): PageParts {
  const t = OFFER_PAGE_TEXTS[lang];
  const w = t.winter;
  const sticker = view.state === 'paid' && view.stickerNumber !== null;
  const rows: [string, string][] = [
    [w.area, escapeHtml(view.area[lang])],
    [w.place, view.place === null ? w.unmarked : escapeHtml(view.place)],
    ...(view.boat ? [[w.boatSize, `${metres(view.boat.width, lang)} × ${metres(view.boat.length, lang)}`] as [string, string]] : []),
    [w.season, `${escapeHtml(view.season)} (${period(view.startDate, view.endDate, lang)})`],
    ...(sticker ? [[w.sticker, `<span data-sticker="${view.stickerNumber}">${view.stickerNumber}</span>`] as [string, string]] : []),
  ];
  return customerPage(
    {
      title: w.title,
      intro: `${escapeHtml(t.greeting.replace('{name}', view.customerName))} ${w.intro}`,
      notice: notice === 'not_possible' ? w.notPossible : notice ? t.notice[notice] : '',
      details: { id: 'storage-heading', heading: w.storageHeading, rows },
      invoice: { numberLabel: w.invoiceNumber, number: view.invoiceNumber, dueDate: view.dueDate, lines: view.lines, totalCents: view.totalCents },
      status: { heading: w.statusHeading, state: view.state, text: w.state[view.state], extra: sticker ? `<p>${w.stickerNote}</p>` : '', actions: view.state === 'payable' ? ['pay'] : [] },
    },
    lang,
    target,
    notice,
  );
}

export type Problem = 'not_found' | 'bad_request';

/** A link the central cannot use: we do not know the customer's language, so all three speak. */
export function problemPage(problem: Problem, kind: 'offer' | 'winter' = 'offer'): PageParts {
  const texts = (l: Language) => {
    const t = OFFER_PAGE_TEXTS[l];
    const notFound = kind === 'winter' ? t.winter.notFoundTitle : t.notFoundTitle;
    const badRequest = kind === 'winter' ? t.winter.badRequestBody : t.badRequestBody;
    return problem === 'not_found' ? [notFound, t.notFoundBody] : [t.badRequestTitle, badRequest];
  };
  const parts = LANGUAGES.map((l) => {
    const [title, body] = texts(l);
    return l === 'fi' ? `<h1>${title}</h1><p>${body}</p>` : `<section lang="${l}"><h2>${title}</h2><p>${body}</p></section>`;
  });
  return { lang: 'fi', title: texts('fi')[0] ?? '', brand: OFFER_PAGE_TEXTS.fi.brand, nav: '', main: parts.join('\n') };
}
