import { describe, expect, it } from 'vitest';
import { fieldChanges } from './master-data-changes.ts';

describe('fieldChanges', () => {
  it('names each changed field with its value before and after', () => {
    expect(fieldChanges({ id: 'x', width: 2.5, services: ['water'], comment: '' }, { id: 'x', width: 2.8, services: ['water'], comment: '', isInvoiceable: false })).toEqual([
      { field: 'width', before: 2.5, after: 2.8 },
      { field: 'isInvoiceable', before: null, after: false },
    ]);
  });

  it('lists every field of a new record', () => {
    expect(fieldChanges(null, { id: 'x', validFrom: '2027-01-01' })).toEqual([{ field: 'validFrom', before: null, after: '2027-01-01' }]);
  });
});
