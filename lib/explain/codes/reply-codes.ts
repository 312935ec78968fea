/**
 * Basic SMTP reply codes (the three digits) from RFC 5321 §4.2 and its extensions, in our own words.
 * Sources are keys of /work/shared/reference/codes.md §0 (RFC5321, RFC-EXT).
 */
import type { Side, Topic } from '../types';

interface Row {
  readonly code: string;
  readonly meaning: string;
  readonly topic: Topic;
  readonly side: Side;
  readonly temporary: boolean;
  readonly source: string;
}

export const REPLY_CODE_CLASSES = [
  { code: '2xx', meaning: 'The server accepted the step.', topic: 'delivered', side: 'unknown', temporary: false, source: 'RFC5321' },
  { code: '3xx', meaning: 'The server is waiting for more from the sender.', topic: 'other', side: 'unknown', temporary: false, source: 'RFC5321' },
  { code: '4xx', meaning: 'A temporary failure: trying again later may work.', topic: 'other', side: 'unknown', temporary: true, source: 'RFC5321' },
  { code: '5xx', meaning: 'A permanent failure: the same message will fail again.', topic: 'other', side: 'unknown', temporary: false, source: 'RFC5321' },
] as const satisfies readonly Row[];

export const REPLY_CODES = [
  { code: '421', meaning: 'The server will not serve you right now and closed the connection (busy, shutting down, or slowing senders down).', topic: 'system', side: 'recipient-server', temporary: true, source: 'RFC5321' },
  { code: '432', meaning: 'A password change is needed before this sign-in method works.', topic: 'auth', side: 'you', temporary: true, source: 'RFC-EXT' },
  { code: '450', meaning: 'The mailbox cannot take mail right now (busy, or held back by a policy).', topic: 'mailbox', side: 'recipient-server', temporary: true, source: 'RFC5321' },
  { code: '451', meaning: 'The receiving server hit a problem of its own and stopped; it may work later.', topic: 'system', side: 'recipient-server', temporary: true, source: 'RFC5321' },
  { code: '452', meaning: 'The server is short of storage, or got too many recipients at once.', topic: 'system', side: 'recipient-server', temporary: true, source: 'RFC5321' },
  { code: '454', meaning: 'Signing in or starting encryption failed for a temporary reason.', topic: 'auth', side: 'unknown', temporary: true, source: 'RFC-EXT' },
  { code: '455', meaning: 'The server cannot handle the sending options right now.', topic: 'protocol', side: 'recipient-server', temporary: true, source: 'RFC5321' },
  { code: '500', meaning: 'The server did not understand a command (unknown command or line too long).', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '501', meaning: 'A command had badly written values, such as a malformed address.', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '502', meaning: 'The server does not support a command that was used.', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '503', meaning: 'Commands came in the wrong order (for example, sending before signing in).', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '504', meaning: 'The server does not support an option that was used.', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '521', meaning: 'This server does not accept mail at all.', topic: 'address', side: 'recipient-server', temporary: false, source: 'RFC-EXT' },
  { code: '523', meaning: 'The connection must be encrypted first.', topic: 'network', side: 'you', temporary: false, source: 'RFC-EXT' },
  { code: '525', meaning: 'The account used to sign in is disabled.', topic: 'account', side: 'your-provider', temporary: false, source: 'RFC-EXT' },
  { code: '530', meaning: 'You must sign in (or switch on encryption) before sending.', topic: 'auth', side: 'you', temporary: false, source: 'RFC-EXT' },
  { code: '534', meaning: 'The sign-in method is too weak for this server.', topic: 'auth', side: 'you', temporary: false, source: 'RFC-EXT' },
  { code: '535', meaning: 'The user name, password or key was not accepted.', topic: 'auth', side: 'you', temporary: false, source: 'RFC-EXT' },
  { code: '538', meaning: 'This sign-in method needs an encrypted connection.', topic: 'auth', side: 'you', temporary: false, source: 'RFC-EXT' },
  { code: '550', meaning: 'The mailbox is unavailable: it may not exist, or a policy refused the message. The words that follow say which.', topic: 'other', side: 'unknown', temporary: false, source: 'RFC5321' },
  { code: '551', meaning: 'The recipient is not on this server; another address may be suggested.', topic: 'address', side: 'recipient', temporary: false, source: 'RFC5321' },
  { code: '552', meaning: 'Over a storage limit: the mailbox is full or the message is too big.', topic: 'mailbox', side: 'recipient', temporary: false, source: 'RFC5321' },
  { code: '553', meaning: 'The address is not allowed (badly written, or not allowed for this sender).', topic: 'address', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '554', meaning: 'The transaction failed; the words that follow say why.', topic: 'other', side: 'unknown', temporary: false, source: 'RFC5321' },
  { code: '555', meaning: 'The server did not recognise options given with the sender or recipient address.', topic: 'protocol', side: 'you', temporary: false, source: 'RFC5321' },
  { code: '556', meaning: 'The recipient domain does not accept mail at all.', topic: 'address', side: 'recipient', temporary: false, source: 'RFC-EXT' },
] as const satisfies readonly Row[];

export const REPLY_CODE_TABLE: readonly Row[] = [...REPLY_CODE_CLASSES, ...REPLY_CODES];
