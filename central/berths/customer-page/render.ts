import { LANGUAGES, type Language } from '../../../domain/languages.ts';
import { escapeHtml, type PageParts } from '../../payments/html-document.ts';
import { formatEuro, LOCALES } from '../../payments/money.ts';
import { formatDay } from './dates.ts';
import { OFFER_PAGE_TEXTS } from './texts.ts';
import type { Notice, OfferState, OfferView } from './view.ts';



const metres = (m: number, lang: Language) => `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(m)} m`;
const percent = (p: number, lang: Language) => `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(p)} %`;

/** The language switch: plain links, each named in its own language. */
function languageNav(lang: Language, path: string): string {
  const items = LANGUAGES.map((l) => {
    const t = OFFER_PAGE_TEXTS[l];
    const current = l === lang ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(path)}?lang=${l}" lang="${l}" hreflang="${l}"${current}>${t.languageName}</a></li>`;
  }).join('');
  return `<nav aria-label="${OFFER_PAGE_TEXTS[lang].languageNav}"><ul>${items}</ul></nav>`;
}

export interface FormTarget {
  /** /customer/offer/<token> */
  path: string;
  csrf: string;
}

function actionForm(target: FormTarget, lang: Language, action: 'accept' | 'decline' | 'pay', label: string, secondary: boolean): string {
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
  not_possible: 'alert',
};

const STATE_ACTIONS: Readonly<Record<OfferState, readonly ('accept' | 'decline' | 'pay')[]>> = {
  open: ['accept', 'decline'],
  accepted: ['pay'],
  payable: ['pay'],
  paid: [],
  declined: [],
  expired: [],
  unavailable: [],
};

/** The offer in the customer's language, with only the actions its state allows. */
export function offerPage(view: OfferView, lang: Language, target: FormTarget, notice: Notice | null): PageParts {
  const t = OFFER_PAGE_TEXTS[lang];
  const money = (cents: number) => formatEuro(cents, lang);
  const rows = view.lines
    .map((line) => {
      const vatCents = line.totalCents - line.pretaxCents;
      return `<tr><th scope="row">${escapeHtml(line.label[lang])}</th><td class="num">${money(line.pretaxCents)}</td><td class="num">${percent(line.vatPercent, lang)} (${money(vatCents)})</td><td class="num">${money(line.totalCents)}</td></tr>`;
    })
    .join('\n');
  const actions = STATE_ACTIONS[view.state];
  const buttons = actions
    .map((a) => actionForm(target, lang, a, a === 'accept' ? t.accept : a === 'decline' ? t.decline : t.pay, a === 'decline'))
    .join('');
  const noticeHtml = notice ? `<div class="notice ${NOTICE_TONE[notice]}" role="status">${t.notice[notice]}</div>` : '';
  const main = `${noticeHtml}<h1>${t.title}</h1>
<p>${escapeHtml(t.greeting.replace('{name}', view.customerName))} ${t.intro}</p>
<section aria-labelledby="berth-heading"><h2 id="berth-heading">${t.berthHeading}</h2><dl>
<dt>${t.harbour}</dt><dd>${escapeHtml(view.harbour[lang])}</dd>
<dt>${t.pier}</dt><dd>${escapeHtml(view.pier || '–')}</dd>
<dt>${t.berthNumber}</dt><dd>${escapeHtml(view.berthNumber)}</dd>
<dt>${t.width}</dt><dd>${metres(view.width, lang)}</dd>
<dt>${t.length}</dt><dd>${metres(view.length, lang)}</dd>
${view.depth === null ? '' : `<dt>${t.depth}</dt><dd>${metres(view.depth, lang)}</dd>\n`}<dt>${t.leasePeriod}</dt><dd>${formatDay(view.startDate, lang)} – ${formatDay(view.endDate, lang)}</dd>
</dl></section>
<section aria-labelledby="invoice-heading"><h2 id="invoice-heading">${t.invoiceHeading}</h2>
<dl><dt>${t.orderNumber}</dt><dd>${escapeHtml(view.orderNumber)}</dd>${view.dueDate ? `<dt>${t.dueDate}</dt><dd>${formatDay(view.dueDate, lang)}</dd>` : ''}</dl>
<table><caption>${t.invoiceHeading} ${escapeHtml(view.orderNumber)}</caption>
<thead><tr><th scope="col">${t.product}</th><th scope="col" class="num">${t.pretax}</th><th scope="col" class="num">${t.vat}</th><th scope="col" class="num">${t.total}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="3">${t.totalRow}</th><td class="num">${money(view.totalCents)}</td></tr></tfoot>
</table></section>
<section aria-labelledby="status-heading"><h2 id="status-heading">${t.statusHeading}</h2>
<p class="status" data-state="${view.state}">${t.state[view.state]}</p>
${actions.includes('decline') ? `<p>${t.declineWarning}</p>` : ''}${buttons ? `<div class="actions">${buttons}</div>` : ''}
</section>`;
  return { lang, title: `${t.title} ${view.orderNumber}`, brand: t.brand, nav: languageNav(lang, target.path), main };
}

export type Problem = 'not_found' | 'bad_request';

/** A link the central cannot use: we do not know the customer's language, so all three speak. */
export function problemPage(problem: Problem): PageParts {
  const parts = LANGUAGES.map((l) => {
    const t = OFFER_PAGE_TEXTS[l];
    const [title, body] = problem === 'not_found' ? [t.notFoundTitle, t.notFoundBody] : [t.badRequestTitle, t.badRequestBody];
    return l === 'fi' ? `<h1>${title}</h1><p>${body}</p>` : `<section lang="${l}"><h2>${title}</h2><p>${body}</p></section>`;
  });
  const fi = OFFER_PAGE_TEXTS.fi;
  const title = problem === 'not_found' ? fi.notFoundTitle : fi.badRequestTitle;
  return { lang: 'fi', title, brand: fi.brand, nav: '', main: parts.join('\n') };
}
