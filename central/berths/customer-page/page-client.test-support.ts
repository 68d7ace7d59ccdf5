import { expect } from 'vitest';

/** A page's answer as a browser sees it, without following redirects: each hop is checked. */
export interface Answer {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

export const csrfOf = (html: string) => /name="csrf" value="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
export const stateOf = (html: string) => /data-state="(\w+)"/.exec(html)?.[1];
export const buttonsOf = (html: string) => [...html.matchAll(/<form method="post" action="[^"]*\/(\w+)"/g)].map((m) => m[1]);

/** A customer's browser on the central's customer pages and the demo bank; `base` is the central's address once it runs. */
export function pageClient(base: () => string) {
  async function get(path: string): Promise<Answer> {
    const res = await fetch(new URL(path, base()), { redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers };
  }

  async function post(path: string, fields: Record<string, string>, origin: string | null = base()): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (origin) headers.origin = origin;
    const res = await fetch(new URL(path, base()), { method: 'POST', headers, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers };
  }

  /** The page's form for an action, posted as the page gave it. */
  async function act(path: string, action: 'accept' | 'decline' | 'pay'): Promise<Answer> {
    const page = await get(path);
    return post(`${path}/${action}`, { csrf: csrfOf(page.html), lang: 'en' });
  }

  /** Pay pressed on the page, up to the demo bank's page: its path there (/demo-bank/payments/<id>). */
  async function openBank(path: string): Promise<string> {
    const toBank = await act(path, 'pay');
    expect(toBank.status).toBe(303);
    const bankUrl = new URL(toBank.location ?? '');
    expect(bankUrl.pathname).toMatch(/^\/demo-bank\/payments\/[0-9a-f-]{36}$/);
    return bankUrl.pathname;
  }

  /** A button pressed on the demo bank's page (which calls the central's callback first): the signed return address it sends the customer to. */
  async function pressOnBank(bankPath: string, button: 'pay' | 'cancel'): Promise<string> {
    const bank = await get(bankPath);
    expect(bank.status).toBe(200);
    expect(bank.html).toContain('<html lang="en">');
    const pressed = await post(`${bankPath}/${button}`, { csrf: csrfOf(bank.html) });
    expect(pressed.status).toBe(303);
    return pressed.location ?? '';
  }

  /** Pay pressed on the page, then through the demo bank to its button: the signed return address it sends the customer to. */
  async function pressAtBank(path: string, button: 'pay' | 'cancel'): Promise<string> {
    return pressOnBank(await openBank(path), button);
  }

  /** Through the demo bank and back with the signed answer. */
  async function payAtBank(path: string, button: 'pay' | 'cancel'): Promise<{ returnUrl: string; back: Answer }> {
    const returnUrl = await pressAtBank(path, button);
    return { returnUrl, back: await get(returnUrl) };
  }

  return { get, post, act, openBank, pressOnBank, pressAtBank, payAtBank };
}
