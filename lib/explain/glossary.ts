/**
 * Plain meanings for the technical words our explanations cannot avoid, so the UI can show
 * them on hover. Meanings are ours; the facts behind them are in codes.md (IANA, RFC5321, SPAMHAUS).
 */
import type { Explanation } from './types';

export const GLOSSARY = [
  { term: 'SPF', meaning: 'A DNS record that lists which servers may send mail for your domain.', source: 'IANA' },
  { term: 'DKIM', meaning: 'A digital seal your sending service adds to each message; receivers check it against a key in your DNS.', source: 'IANA' },
  { term: 'DMARC', meaning: 'A DNS record telling receivers what to do with mail that fails SPF and DKIM for your domain.', source: 'IANA' },
  { term: 'MX', meaning: 'The DNS record that says which server receives mail for a domain.', source: 'RFC5321' },
  { term: 'PTR', meaning: 'Reverse DNS: the name an IP address points back to. Receivers check that it matches the sending server.', source: 'IANA' },
  { term: 'DNS', meaning: 'The internet\'s address book: records stored with your domain that tell others where and how to reach it.', source: 'RFC5321' },
  { term: 'TLS', meaning: 'Encryption for the connection between mail servers or between your app and the server.', source: 'RFC5321' },
  { term: 'SSL', meaning: 'The older name for TLS encryption; mail apps often label the setting "SSL/TLS".', source: 'RFC5321' },
  { term: 'TXT', meaning: 'A DNS record that holds text, used for SPF, DKIM and DMARC.', source: 'IANA' },
  { term: 'SOA', meaning: 'The DNS record that shows a domain is set up and who manages it.', source: 'Y-ERR' },
  { term: 'AUTH', meaning: 'Signing in to the outgoing mail server before sending.', source: 'RFC-EXT' },
  { term: 'STARTTLS', meaning: 'The command that switches a mail connection to encrypted (TLS) mode.', source: 'RFC5321' },
  { term: 'SMTP', meaning: 'The way mail servers and mail apps hand messages to each other; your app\'s "outgoing server".', source: 'RFC5321' },
  { term: 'IMAP', meaning: 'The way mail apps read mail from your mailbox; your app\'s "incoming server".', source: 'RFC5321' },
  { term: 'IP', meaning: 'The numeric internet address of the server that sent your mail.', source: 'RFC5321' },
  { term: 'CNAME', meaning: 'A DNS record that makes one name point to another, used for tracking links and some sender checks.', source: 'RFC5321' },
  { term: 'OAuth', meaning: 'Signing in through the provider\'s own page instead of giving the app your password.', source: 'G-ERR' },
  { term: 'HELO', meaning: 'The name a sending server introduces itself with when it connects.', source: 'RFC5321' },
  { term: 'Spamhaus', meaning: 'A widely used organisation that publishes block lists of spam sources.', source: 'SPAMHAUS' },
  { term: 'PBL', meaning: 'A Spamhaus list of home and office internet addresses that should not send mail directly.', source: 'SPAMHAUS' },
  { term: 'XBL', meaning: 'A Spamhaus list of machines that seem infected or hijacked.', source: 'SPAMHAUS' },
] as const;

export type GlossaryEntry = (typeof GLOSSARY)[number];

const BY_TERM = new Map<string, GlossaryEntry>(GLOSSARY.map((g) => [g.term, g]));

/** Glossary entries for the technical words that appear in the given texts, in glossary order. */
export function glossaryFor(texts: readonly string[]): GlossaryEntry[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[^A-Za-z0-9]+/)) if (BY_TERM.has(word)) found.add(word);
  }
  return GLOSSARY.filter((g) => found.has(g.term));
}

/** Glossary entries for everything an explanation shows. */
export function glossaryForExplanation(e: Explanation): GlossaryEntry[] {
  return glossaryFor([e.title, e.summary, ...e.steps, e.conflict ?? '']);
}
