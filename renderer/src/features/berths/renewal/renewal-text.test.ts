import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../i18n/i18n.ts';
import { renewalTextKeys } from './renewal-text.ts';

async function translator(lng: 'fi' | 'sv' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { [lng]: { translation: RESOURCES[lng] } }, lng, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n);
}

describe('renewalTextKeys', () => {
  it('looks in the berth renewal’s texts alone for the berth renewal', () => {
    expect(renewalTextKeys('renewal', 'counts.title')).toEqual(['renewal.counts.title']);
  });

  it('looks in the screen’s own texts first, then falls back to the berth renewal’s', () => {
    expect(renewalTextKeys('winter.renewal', 'preview.notPriced')).toEqual(['winter.renewal.preview.notPriced', 'renewal.preview.notPriced']);
  });

  it('words the winter renewal in winter words and keeps the berth renewal’s where they fit', async () => {
    const t = await translator('fi');
    expect(t(renewalTextKeys('renewal', 'counts.title'), { season: 2027 })).toBe('Kauden 2027 kausilaskut');
    expect(t(renewalTextKeys('winter.renewal', 'counts.title'), { season: '2026–2027' })).toBe('Talven 2026–2027 uusintalaskut');
    expect(t(renewalTextKeys('winter.renewal', 'preview.notPriced'))).toBe('Talvisäilytysalueella ei ole neliöhintaa');
    expect(t(renewalTextKeys('winter.renewal', 'preview.count'), { count: 1, formatted: '1' })).toBe('1 ruutupaikkasopimus uusitaan');
    expect(t(renewalTextKeys('winter.renewal', 'counts.sent'))).toBe('Lähetetty');
    const sv = await translator('sv');
    expect(sv(renewalTextKeys('winter.renewal', 'counts.title'), { season: '2026–2027' })).toBe('Förnyelsefakturor för vintern 2026–2027');
  });
});
