import { describe, expect, it } from 'vitest';
import { sendBlock } from './bulk-run.ts';

describe('sendBlock', () => {
  it('lets a run start with something to send and a due date', () => {
    expect(sendBlock({ busy: false, count: 3, dueDate: '2027-01-08' })).toBeNull();
  });

  it('names a run going first, then nothing to send, then the due date', () => {
    expect(sendBlock({ busy: true, count: 0, dueDate: null })).toBe('busy');
    expect(sendBlock({ busy: false, count: 0, dueDate: null })).toBe('nothing');
    expect(sendBlock({ busy: false, count: 0, dueDate: '2027-01-08' })).toBe('nothing');
    expect(sendBlock({ busy: false, count: 1, dueDate: null })).toBe('dueDate');
  });
});
