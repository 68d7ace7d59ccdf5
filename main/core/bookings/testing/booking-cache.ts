import { afterEach, beforeEach } from 'vitest';
import { parseCall, type Method, type ParsedInput } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { tempCache } from '../../cache/testing/temp-cache.ts';
import { bookingWorld, HANDLER_TOOLO, NOW } from './fixtures.ts';

/**
 * For a test file: before each test a fresh cache file holding the booking world (both units, as if
 * sync had delivered more than a role covers: rights still apply), removed after it. `call` and
 * `value` go in as a bridge calls: the input checked and defaulted by the contract first.
 */
export function bookingCacheEachTest() {
  let t: ReturnType<typeof tempCache>;
  beforeEach(() => {
    t = tempCache();
    t.cache.applyChanges(bookingWorld(), 'c1');
  });
  afterEach(() => t.dispose());

  function call<M extends Method>(method: M, input: unknown, actor: StaffUser = HANDLER_TOOLO) {
    const parsed = parseCall(method, input);
    if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
    return t.cache.handle(method, parsed.value.input as ParsedInput<M>, actor, NOW);
  }
  function value<M extends Method>(method: M, input: unknown, actor: StaffUser = HANDLER_TOOLO) {
    const r = call(method, input, actor);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  }
  return {
    /** This test's cache. */
    get cache() {
      return t.cache;
    },
    call,
    value,
  };
}

/** A result's error code, or 'ok'. */
export const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
