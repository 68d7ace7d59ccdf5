import i18next, { type i18n } from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../domain/languages.ts';
import { RESOURCES } from '../i18n/i18n.ts';
import { BarChart } from './BarChart.tsx';
import type { ChartData } from './chart-data.ts';
import { ChartTable } from './ChartTable.tsx';
import { HorizontalBarChart } from './HorizontalBarChart.tsx';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';

/**
 * The charts rendered by React itself (server rendering, no browser): the markup a screen reader
 * and the table toggle start from, in every language. Focus movement and the tooltip need a real
 * browser; the first workspace screen that shows a chart gets its Playwright + axe check.
 */
function instance(lang: Language): i18n {
  const i = i18next.createInstance();
  void i.init({ resources: { fi: { translation: RESOURCES.fi }, sv: { translation: RESOURCES.sv }, en: { translation: RESOURCES.en } }, lng: lang, initAsync: false, interpolation: { escapeValue: false } });
  return i;
}
const render = (element: ReactElement, lang: Language = 'en') => renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance(lang) }, element));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const events: ChartData = {
  categories: [
    { id: 'e1', label: 'Storytelling evening at the Central Library Oodi' },
    { id: 'e2', label: 'Dance workshop' },
  ],
  series: [
    { id: 'attended', label: 'Attended', values: [1200, 18] },
    { id: 'noShow', label: 'No-shows', values: [40, 2] },
  ],
};

describe('BarChart', () => {
  it('is one image with a summary of what it shows', () => {
    const html = plain(render(createElement(BarChart, { title: 'Attendance per event', data: events, mode: 'stacked' })));
    expect(html).toContain('role="img"');
    expect(html).toContain(
      'aria-label="Attendance per event (bar chart). Points: 2, series: 2, total 1,260. Largest value 1,240: Storytelling evening at the Central Library Oodi. The figures are also available as a table."',
    );
  });

  it('gives every bar a focusable target with its value, one of them in the tab order', () => {
    const html = plain(render(createElement(BarChart, { title: 'Attendance per event', data: events })));
    const targets = [...html.matchAll(/<button[^>]*class="chart__target"[^>]*>/g)].map((m) => m[0]);
    expect(targets).toHaveLength(4);
    expect(targets.filter((b) => b.includes('tabindex="0"'))).toHaveLength(1);
    expect(html).toContain('aria-label="Dance workshop, No-shows: 2"');
    expect(html).toContain('aria-label="Storytelling evening at the Central Library Oodi, Attended: 1,200"');
  });

  it('names the series in a legend, fills each with its own pattern, and cuts a long label keeping it whole in a title', () => {
    const html = render(createElement(BarChart, { title: 'Attendance per event', data: events }));
    expect(html).toMatch(/<ul class="chart__legend" aria-label="Legend"><li>.*Attended<\/li><li>.*No-shows<\/li><\/ul>/);
    expect(html).toContain('var(--color-coat-of-arms, #0072c6)');
    expect(html).toContain('var(--color-metro-dark, #bd2f00)');
    expect(html).toContain('<title>Storytelling evening at the Central Library Oodi</title>');
  });

  it('offers the numbers as a table behind a toggle', () => {
    const html = render(createElement(BarChart, { title: 'Attendance per event', data: events }));
    expect(html).toMatch(/<button type="button" class="chart__toggle" aria-expanded="false" aria-controls="[^"]+-table">Show as table<\/button>/);
  });

  it('has a table with the same numbers, a caption, headers and the totals of a stacked chart', () => {
    const html = plain(render(createElement(ChartTable, { id: 't', title: 'Attendance per event', data: events, mode: 'stacked', categoryHeader: 'Event', format: (v: number) => v.toLocaleString('en-GB') })));
    expect(html).toContain('<caption>Attendance per event</caption>');
    expect(html).toContain('<th scope="col">Event</th><th scope="col" class="chart__num">Attended</th><th scope="col" class="chart__num">No-shows</th><th scope="col" class="chart__num">Total</th>');
    expect(html).toContain('<th scope="row">Dance workshop</th><td class="chart__num">18</td><td class="chart__num">2</td><td class="chart__num">20</td>');
    expect(html).toContain('<td class="chart__num">1,200</td><td class="chart__num">40</td><td class="chart__num">1,240</td>');
    expect(render(createElement(ChartTable, { id: 't', title: 'x', data: events, mode: 'grouped', format: String }))).not.toContain('Total');
  });

  it('says so clearly when there is nothing to show, in the user’s language', () => {
    const empty = { categories: events.categories, series: events.series.map((s) => ({ ...s, values: [0, 0] })) };
    expect(render(createElement(BarChart, { title: 'Osallistujat', data: empty }), 'fi')).toContain('Ei näytettäviä tietoja');
    expect(render(createElement(BarChart, { title: 'Deltagare', data: { categories: [], series: [] }, emptyText: 'Inga anmälningar.' }), 'sv')).toContain('Inga anmälningar.');
    expect(render(createElement(BarChart, { title: 'x', data: empty }))).not.toContain('role="img"');
  });

  it('refuses data whose series do not fit its categories', () => {
    expect(() => render(createElement(BarChart, { title: 'x', data: { ...events, series: [{ id: 's', label: 'S', values: [1] }] } }))).toThrow(/s has 1 values for 2 categories/);
  });
});

describe('HorizontalBarChart', () => {
  it('ranks the items largest first and writes each number in Finnish', () => {
    const html = plain(
      render(
        createElement(HorizontalBarChart, {
          title: 'Ilmoittautumiset postinumeroalueittain',
          seriesLabel: 'Ilmoittautumiset',
          items: [
            { id: '00530', label: '00530 Kallio', value: 45 },
            { id: '00980', label: '00980 Vuosaari', value: 1204 },
          ],
        }),
        'fi',
      ),
    );
    expect(html.indexOf('00980 Vuosaari')).toBeLessThan(html.indexOf('00530 Kallio'));
    expect(html).toContain('>1 204</text>');
    expect(html).toContain('(vaakapylväskaavio)');
    expect(html).not.toContain('chart__legend');
  });
});

describe('TimeSeriesChart', () => {
  it('counts per Helsinki week and names the weeks in Swedish', () => {
    const html = render(
      createElement(TimeSeriesChart, {
        title: 'Anmälningar per vecka',
        unit: 'week',
        series: [{ id: 'r', label: 'Anmälningar', points: [{ at: '2027-01-04T08:00:00Z' }, { at: '2027-01-10T21:59:00Z' }, { at: '2027-01-10T22:00:00Z' }] }],
      }),
      'sv',
    );
    expect(html).toContain('(tidsserie). Punkter 2, serier 1, totalt 3.');
    expect(html).toContain('aria-label="v. 1/2027 (4.1.2027–10.1.2027), Anmälningar: 2"');
    expect(html).toContain('aria-label="v. 2/2027 (11.1.2027–17.1.2027), Anmälningar: 1"');
    expect(html).toContain('>v. 1/2027</text>');
  });
});
