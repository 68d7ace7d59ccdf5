import { describe, expect, it } from 'vitest';
import { readPriceDraft, type PriceDraft } from './price-draft.ts';

const draft = (extra: Partial<PriceDraft> = {}): PriceDraft => ({ begins: '1.6.2027', priceUnit: 'PER_HOUR', highest: '45,50', lowest: '10', vat: '25,5', paymentType: 'ON_SITE', ...extra });

describe('a new price as typed', () => {
  it('reads Finnish dates, euros with a comma and the VAT', () => {
    expect(readPriceDraft(draft(), 'fi', '2027-03-01', [])).toEqual({
      ok: true,
      pricing: { begins: '2027-06-01', priceUnit: 'PER_HOUR', highestPriceCents: 4550, lowestPriceCents: 1000, vatPercent: 25.5, paymentType: 'ON_SITE' },
    });
    expect(readPriceDraft(draft({ lowest: '' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: true, pricing: { lowestPriceCents: 0 } });
  });

  it('names the first field that does not read', () => {
    expect(readPriceDraft(draft({ begins: '31.2.2027' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'begins', problem: 'bookings.prices.beginsInvalid' });
    expect(readPriceDraft(draft({ begins: '1.3.2027' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'begins', problem: 'bookings.prices.beginsNotFuture' });
    expect(readPriceDraft(draft(), 'fi', '2027-03-01', ['2027-06-01'])).toMatchObject({ ok: false, field: 'begins', problem: 'bookings.prices.beginsTaken' });
    expect(readPriceDraft(draft({ highest: '45,555' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'highest' });
    expect(readPriceDraft(draft({ lowest: '50' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'lowest', problem: 'bookings.prices.lowestAboveHighest' });
    expect(readPriceDraft(draft({ vat: '101' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'vat' });
    expect(readPriceDraft(draft({ vat: '' }), 'fi', '2027-03-01', [])).toMatchObject({ ok: false, field: 'vat' });
  });
});
