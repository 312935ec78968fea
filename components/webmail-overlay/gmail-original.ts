/** The raw source is capped: a bounce with its returned original rarely needs more. */
export const RAW_CAP = 512 * 1024;

/**
 * Reads one message's original source from Gmail itself, for bounces whose visible text leaves
 * out the codes. Same origin only (a relative URL on mail.google.com), one message, and only
 * when the user allows it in settings. The URL is undocumented (see webmail-dom.md §1a).
 */
export async function readGmailOriginal(
  messageKey: string,
  signal: AbortSignal,
  page: Pick<Location, 'hostname' | 'pathname'> = location,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  if (page.hostname !== 'mail.google.com') return null;
  const id = /^#?msg-f:(\d{1,25})$/.exec(messageKey)?.[1];
  if (!id) return null;
  try {
    const url = `${page.pathname}?view=att&permmsgid=msg-f:${id}&attid=0&disp=comp&safe=1&zw`;
    const res = await fetchImpl(url, { credentials: 'same-origin', signal });
    if (!res.ok) return null;
    const text = await res.text();
    return text.slice(0, RAW_CAP);
  } catch {
    return null;
  }
}
