import { describe, expect, it, vi } from 'vitest';
import { RAW_CAP, readGmailOriginal } from '../../components/webmail-overlay/gmail-original';

const gmail = { hostname: 'mail.google.com', pathname: '/mail/u/1/' };

describe('reading a Gmail original', () => {
  it('asks Gmail itself, with a relative URL, for that one message', async () => {
    const fetchImpl = vi.fn(async () => new Response('Subject: x\n\nbody'));
    const raw = await readGmailOriginal('#msg-f:1783391122334455667', new AbortController().signal, gmail, fetchImpl as typeof fetch);
    expect(raw).toBe('Subject: x\n\nbody');
    expect(fetchImpl).toHaveBeenCalledOnce();
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/mail/u/1/?view=att&permmsgid=msg-f:1783391122334455667&attid=0&disp=comp&safe=1&zw');
    expect(url.startsWith('/')).toBe(true);
    expect(init.credentials).toBe('same-origin');
  });

  it('never asks anywhere but mail.google.com, and only for Gmail message ids', async () => {
    const fetchImpl = vi.fn(async () => new Response('x'));
    const signal = new AbortController().signal;
    expect(await readGmailOriginal('#msg-f:1', signal, { hostname: 'evil.example', pathname: '/' }, fetchImpl as typeof fetch)).toBeNull();
    expect(await readGmailOriginal('gmail-h:abc', signal, gmail, fetchImpl as typeof fetch)).toBeNull();
    expect(await readGmailOriginal('#msg-f:1&attid=9', signal, gmail, fetchImpl as typeof fetch)).toBeNull();
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('caps what it keeps and swallows failures', async () => {
    const big = vi.fn(async () => new Response('a'.repeat(RAW_CAP + 10)));
    expect((await readGmailOriginal('#msg-f:2', new AbortController().signal, gmail, big as typeof fetch))?.length).toBe(RAW_CAP);
    const failing = vi.fn(async () => { throw new Error('offline'); });
    expect(await readGmailOriginal('#msg-f:2', new AbortController().signal, gmail, failing as typeof fetch)).toBeNull();
    const notFound = vi.fn(async () => new Response('no', { status: 404 }));
    expect(await readGmailOriginal('#msg-f:2', new AbortController().signal, gmail, notFound as typeof fetch)).toBeNull();
  });
});
