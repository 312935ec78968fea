/**
 * The IANA "SMTP Enhanced Status Codes" registry (class.subject.detail), in our own plain words.
 * "X" stands for any class (2, 4 or 5); the class rows say whether the problem is temporary.
 * Sources are keys of /work/shared/reference/codes.md §0 (IANA = the registry itself,
 * https://www.iana.org/assignments/smtp-enhanced-status-codes/).
 */
import type { Side, Topic } from '../types';

interface Row {
  readonly code: string;
  readonly meaning: string;
  readonly topic: Topic;
  readonly side: Side;
  readonly source: string;
}

export const STATUS_CLASSES = [
  { code: '2', meaning: 'Success: the step worked.', topic: 'delivered', side: 'unknown', source: 'IANA' },
  { code: '4', meaning: 'A temporary problem: trying again later may work.', topic: 'other', side: 'unknown', source: 'IANA' },
  { code: '5', meaning: 'A permanent problem: sending the same message again will fail the same way.', topic: 'other', side: 'unknown', source: 'IANA' },
] as const satisfies readonly Row[];

export const STATUS_SUBJECTS = [
  { code: 'X.0', meaning: 'Not further classified.', topic: 'other', side: 'unknown', source: 'IANA' },
  { code: 'X.1', meaning: 'A problem with an address (sender or recipient).', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.2', meaning: 'A problem with the recipient\'s mailbox.', topic: 'mailbox', side: 'recipient', source: 'IANA' },
  { code: 'X.3', meaning: 'A problem with the receiving mail system.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.4', meaning: 'A network or routing problem between the servers.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.5', meaning: 'A problem in the conversation between the mail servers.', topic: 'protocol', side: 'you', source: 'IANA' },
  { code: 'X.6', meaning: 'A problem with the message content or its format.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.7', meaning: 'A security or policy rule stopped the message.', topic: 'policy', side: 'recipient-server', source: 'IANA' },
] as const satisfies readonly Row[];

export const STATUS_DETAILS = [
  { code: 'X.0.0', meaning: 'Something went wrong, but the code gives no detail; the server\'s words matter most.', topic: 'other', side: 'unknown', source: 'IANA' },
  { code: 'X.1.0', meaning: 'Something about one of the addresses caused the problem.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.1.1', meaning: 'The mailbox does not exist at that domain (the part before the @ is wrong).', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.1.2', meaning: 'The domain after the @ does not exist or cannot take mail.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.1.3', meaning: 'The recipient address is not written in a valid form.', topic: 'address', side: 'you', source: 'IANA' },
  { code: 'X.1.4', meaning: 'The address fits more than one mailbox, so the server cannot pick one.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.1.5', meaning: 'The recipient address is fine (used in success reports).', topic: 'delivered', side: 'unknown', source: 'IANA' },
  { code: 'X.1.6', meaning: 'The mailbox has moved and no forwarding address is known.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.1.7', meaning: 'Your sender address is not written in a valid form.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.1.8', meaning: 'Your sender domain does not exist or cannot receive replies.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.1.9', meaning: 'The message was passed to a system that cannot report back on delivery.', topic: 'other', side: 'recipient-server', source: 'IANA' },
  { code: 'X.1.10', meaning: 'The recipient domain says it accepts no mail at all (a "null MX").', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.2.0', meaning: 'The mailbox exists, but something about it stopped delivery.', topic: 'mailbox', side: 'recipient', source: 'IANA' },
  { code: 'X.2.1', meaning: 'The mailbox is switched off or not taking messages right now.', topic: 'mailbox', side: 'recipient', source: 'IANA' },
  { code: 'X.2.2', meaning: 'The recipient\'s mailbox is full.', topic: 'mailbox', side: 'recipient', source: 'IANA' },
  { code: 'X.2.3', meaning: 'The message is bigger than this mailbox accepts.', topic: 'size', side: 'you', source: 'IANA' },
  { code: 'X.2.4', meaning: 'A mailing-list address could not be expanded to its members.', topic: 'mailbox', side: 'recipient', source: 'IANA' },
  { code: 'X.3.0', meaning: 'The receiving mail system had a problem.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.3.1', meaning: 'The receiving mail system has run out of storage.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.3.2', meaning: 'The receiving system is not accepting mail right now (shutting down or overloaded).', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.3.3', meaning: 'The receiving system lacks a feature the message needs.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.3.4', meaning: 'The message is bigger than the receiving system allows.', topic: 'size', side: 'you', source: 'IANA' },
  { code: 'X.3.5', meaning: 'The receiving system is set up wrongly.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.3.6', meaning: 'The message was accepted, but its priority was changed.', topic: 'delivered', side: 'unknown', source: 'IANA' },
  { code: 'X.4.0', meaning: 'Something went wrong on the way between the servers.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.4.1', meaning: 'The receiving server did not answer.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.4.2', meaning: 'The connection broke or timed out in the middle of sending.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.4.3', meaning: 'A directory server (usually DNS) could not be reached.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.4.4', meaning: 'No route to the recipient\'s server could be found (often missing DNS records).', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.4.5', meaning: 'The mail system is congested and could not take the message now.', topic: 'system', side: 'recipient-server', source: 'IANA' },
  { code: 'X.4.6', meaning: 'The message went round in a loop (forwarded too many times).', topic: 'network', side: 'unknown', source: 'IANA' },
  { code: 'X.4.7', meaning: 'The message waited too long in a queue and was given up on.', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.5.0', meaning: 'The servers had a problem talking to each other.', topic: 'protocol', side: 'unknown', source: 'IANA' },
  { code: 'X.5.1', meaning: 'The sending program used a command the server did not expect.', topic: 'protocol', side: 'you', source: 'IANA' },
  { code: 'X.5.2', meaning: 'The sending program sent a command the server could not read.', topic: 'protocol', side: 'you', source: 'IANA' },
  { code: 'X.5.3', meaning: 'Too many recipients in one go; the list has to be split.', topic: 'rate', side: 'you', source: 'IANA' },
  { code: 'X.5.4', meaning: 'A command carried values the server does not accept.', topic: 'protocol', side: 'you', source: 'IANA' },
  { code: 'X.5.5', meaning: 'The two servers speak different protocol versions.', topic: 'protocol', side: 'you', source: 'IANA' },
  { code: 'X.5.6', meaning: 'A line in the login exchange was too long.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.6.0', meaning: 'Something about the message content or format caused the problem.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.1', meaning: 'The message uses a file or content type the server does not support.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.2', meaning: 'The message needed converting, but conversion was not allowed.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.3', meaning: 'The message needed converting, but that was not possible.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.4', meaning: 'The message was delivered, but some content was lost in conversion.', topic: 'delivered', side: 'unknown', source: 'IANA' },
  { code: 'X.6.5', meaning: 'Converting the message failed.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.6', meaning: 'The message content could not be fetched for sending.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.7', meaning: 'Addresses with non-English (non-ASCII) letters are not accepted here.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.6.8', meaning: 'The reply would need international characters your mail program does not allow.', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.6.9', meaning: 'Headers with international characters could not be passed on, so the message was refused.', topic: 'content', side: 'recipient-server', source: 'IANA' },
  { code: 'X.6.10', meaning: 'An old duplicate of X.6.8 (international characters not allowed in the reply).', topic: 'content', side: 'you', source: 'IANA' },
  { code: 'X.7.0', meaning: 'A security or policy rule stopped the message; the server\'s words say which.', topic: 'policy', side: 'unknown', source: 'IANA' },
  { code: 'X.7.1', meaning: 'The receiving side refused delivery by policy (spam filter, block list, or who may write to this address).', topic: 'policy', side: 'recipient-server', source: 'IANA' },
  { code: 'X.7.2', meaning: 'You are not allowed to post to this mailing list.', topic: 'policy', side: 'recipient', source: 'IANA' },
  { code: 'X.7.3', meaning: 'A security conversion was needed but not possible.', topic: 'policy', side: 'you', source: 'IANA' },
  { code: 'X.7.4', meaning: 'A security feature the message asked for is not supported.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.5', meaning: 'An encryption or signing check failed (a key or certificate is missing or bad).', topic: 'network', side: 'network', source: 'IANA' },
  { code: 'X.7.6', meaning: 'The encryption method used is not supported.', topic: 'network', side: 'you', source: 'IANA' },
  { code: 'X.7.7', meaning: 'The message was changed or damaged on the way (integrity check failed).', topic: 'content', side: 'network', source: 'IANA' },
  { code: 'X.7.8', meaning: 'Your sign-in details (user name, password or key) were not accepted.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.9', meaning: 'The sign-in method is too weak for this server.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.10', meaning: 'The connection must be encrypted before you can sign in.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.11', meaning: 'This sign-in method only works over an encrypted connection.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.12', meaning: 'A password change is needed before this sign-in method works.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.13', meaning: 'The account you signed in with is disabled.', topic: 'account', side: 'your-provider', source: 'IANA' },
  { code: 'X.7.14', meaning: 'A trust arrangement between the servers is needed first.', topic: 'auth', side: 'you', source: 'IANA' },
  { code: 'X.7.15', meaning: 'The message priority is too low to be accepted now.', topic: 'policy', side: 'you', source: 'IANA' },
  { code: 'X.7.16', meaning: 'The message is too big for the priority it asked for.', topic: 'size', side: 'you', source: 'IANA' },
  { code: 'X.7.17', meaning: 'The mailbox has changed owner since the date you gave.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.7.18', meaning: 'The domain has changed owner since the date you gave.', topic: 'address', side: 'recipient', source: 'IANA' },
  { code: 'X.7.19', meaning: 'The owner-change check you asked for could not be done.', topic: 'address', side: 'recipient-server', source: 'IANA' },
  { code: 'X.7.20', meaning: 'The message had no valid DKIM signature (a digital seal that proves it came from your domain).', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.21', meaning: 'The DKIM signature was valid, but not one this server accepts.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.22', meaning: 'No valid DKIM signature matched the domain in your From address.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.23', meaning: 'The SPF check failed (SPF is a DNS record that lists who may send for your domain).', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.24', meaning: 'Your SPF record could not be read (broken, too long, or DNS trouble).', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.25', meaning: 'The sending server\'s reverse DNS name (PTR record) is missing or does not match.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.26', meaning: 'Several sender checks (SPF, DKIM, DMARC) failed together.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.27', meaning: 'Your sender domain says it accepts no mail, so bounces could not reach you.', topic: 'sender', side: 'you', source: 'IANA' },
  { code: 'X.7.28', meaning: 'The server saw a flood of mail and stopped taking more.', topic: 'rate', side: 'you', source: 'IANA' },
  { code: 'X.7.29', meaning: 'An ARC check failed (ARC records how forwarding servers vouched for the message).', topic: 'sender', side: 'network', source: 'IANA+' },
  { code: 'X.7.30', meaning: 'The message required encryption on every hop, and a server on the way could not do it.', topic: 'network', side: 'network', source: 'IANA+' },
] as const satisfies readonly Row[];

export const ENHANCED_STATUS_TABLE: readonly Row[] = [...STATUS_CLASSES, ...STATUS_SUBJECTS, ...STATUS_DETAILS];
