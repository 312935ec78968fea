/** Seed cases about the recipient and the message: addresses, full mailboxes, size, content, suppression. */
import type { RuleDef } from '../types';

const S000 = 'seeds/000_d3ccd0a11c1cc42d.txt';
const S001 = 'seeds/001_4834da8ba612a02b.txt';
const S002 = 'seeds/002_538cbb084d2efc94.txt';
const S003 = 'seeds/003_aeceafabff12c291.txt';

export const SEED_DELIVERY_RULES = [
  {
    id: 'seed.recipient-unknown',
    provider: 'seed',
    topic: 'address',
    match: {
      phrases: [
        'user unknown', 'unknown user', 'no such user', 'does not exist', "doesn't exist", 'mailbox not found',
        'recipient not found', 'address not found', 'invalid recipient', 'unknown recipient', 'user not found',
        'no such mailbox', 'mailbox unavailable', 'mailbox does not exist', 'not a valid mailbox', 'user not local',
        'recipient address rejected: user unknown', 'recipient unknown', 'no mailbox here', 'user not exist',
      ],
    },
    codes: ['550', '551', '553', '5.1.1', '5.1.0', '5.0.0', '5.5.0', '5.1.10'],
    title: 'Address does not exist',
    summary: 'The receiving server has no mailbox at this address. It may be mistyped, or the person may have left.',
    side: 'recipient',
    retry: { advice: 'no' },
    steps: [
      'Check the address for typos, especially the part before the @.',
      'If it is correct, ask the person for a current address another way.',
      'Remove the address from your lists so future sends do not bounce.',
    ],
    source: [S000, S003, 'RFC5321', 'IANA'],
  },
  {
    id: 'seed.mailbox-full',
    provider: 'seed',
    topic: 'mailbox',
    match: {
      phrases: [
        'mailbox full', 'mailbox is full', 'over quota', 'quota exceeded', 'out of storage', 'insufficient storage',
        'mailbox quota', 'exceeded storage', 'storage allocation', 'quotaexceeded', 'inbox is full', 'mailbox size limit',
      ],
    },
    codes: ['452', '4.2.2', '552', '5.2.2', '422', '550'],
    title: 'Recipient\'s mailbox is full',
    summary: 'The recipient\'s mailbox has no space left, so new mail cannot be stored until they clear some.',
    side: 'recipient',
    retry: { advice: 'later', when: 'in a day or two' },
    steps: ['Try again in a day or two.', 'If it keeps failing, reach the person another way and let them know their mailbox is full.'],
    source: [S000, 'IANA', 'G-ERR'],
  },
  {
    id: 'seed.message-too-large',
    provider: 'seed',
    topic: 'size',
    match: {
      phrases: [
        'message too large', 'message is too large', 'message too big', 'message is too big', 'too big', 'size exceeds',
        'exceeds the maximum size', 'message size exceeds', 'exceeds size limit', 'maximum message size', 'message is too long',
        'too large', 'message length exceeds', 'size limit',
      ],
    },
    codes: ['552', '5.2.3', '5.3.4', '554', '5.7.1', '5.2.0'],
    title: 'Message too large',
    summary: 'The message, with its attachments, is bigger than the receiving side accepts. Attachments grow by about a third when sent, so a 20 MB file counts as about 27 MB.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: [
      'Remove or shrink the attachments.',
      'Share large files as a link (for example a cloud drive or media library link) instead of attaching them.',
      'Send the message again.',
    ],
    source: [S000, S001, 'IANA', 'SES', 'PM'],
  },
  {
    id: 'seed.attachment-blocked',
    provider: 'seed',
    topic: 'content',
    match: {
      phrases: [
        'attachment not allowed', 'attachment type', 'unauthorized attachment', 'invalid attachment', 'attachment rejected',
        'blocked attachment', 'file type', 'potential security issue', 'prohibited attachment', 'attachmentrejected',
      ],
    },
    codes: ['552', '5.7.0', '554', '5.6.1'],
    title: 'Attachment type not accepted',
    summary: 'An attachment is a file type that is refused, or its content does not match its name (for example a renamed file).',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Remove the attachment or save it in a common format such as PDF or JPEG.', 'Make sure each file really is the type its name says.', 'Share other files as a link.'],
    source: [S001, 'G-ERR'],
  },
  {
    id: 'seed.content-blocked',
    provider: 'seed',
    topic: 'content',
    match: {
      phrases: [
        'content rejected', 'rejected for content', 'content policy', 'blocked for content', 'message content rejected',
        'content filter', 'contentrejected', 'looks like spam', 'detected as spam', 'spam content',
      ],
    },
    codes: ['554', '5.7.0', '550', '5.7.1'],
    title: 'Message blocked for its content',
    summary: 'A filter judged the message content, a link or an attachment to be risky or spam-like and refused it.',
    side: 'you',
    retry: { advice: 'after-fix' },
    steps: ['Remove anything that may look risky: short links, many links, or unusual attachments.', 'Tone down heavy sales wording and include a plain-text version.', 'Send the changed message again.'],
    source: [S000, S002],
  },
  {
    id: 'seed.recipient-suppressed',
    provider: 'seed',
    topic: 'suppressed',
    match: { phrases: ['recipient suppressed', 'suppressed', 'suppression list', 'unsubscribed'] },
    codes: ['550', '5.7.1'],
    title: 'Recipient is on a do-not-send list',
    summary: 'This address is on your sending service\'s suppression list, because it unsubscribed, bounced before or reported spam. The service will not send to it.',
    side: 'you',
    retry: { advice: 'no' },
    steps: ['Remove the address from your mailing list.', 'Only if the person asks to hear from you again, remove them from {suppressions}.'],
    source: [S002, 'SES', 'MG'],
  },
  {
    id: 'seed.recipient-rejects-reputation',
    provider: 'seed',
    topic: 'reputation',
    match: { phrases: ['poor reputation', 'low reputation', 'bad reputation', 'sender reputation', 'ip reputation', 'domain reputation'] },
    title: 'Receiver distrusts your sending reputation',
    summary: 'The receiving server refused you because of your sending reputation: a new domain, no warm-up, complaints, or SPF/DKIM (records that prove mail is really from you) not lining up.',
    side: 'recipient-server',
    retry: { advice: 'after-fix' },
    steps: [
      'Make sure SPF, DKIM and DMARC pass for your domain (check {domains}).',
      'Send only to people who asked for your mail, and remove bounced addresses.',
      'Ramp up volume slowly on a new domain.',
      'If many receivers refuse you at once, check your service\'s status page or contact {support}.',
    ],
    source: [S003],
  },
  {
    id: 'seed.temporary-block',
    provider: 'seed',
    topic: 'rate',
    match: { phrases: ['try again later', 'temporarily blocked', 'temporary block', 'temporarily rejected', 'please retry later'] },
    codes: ['421', '4.7.0', '451', '450'],
    title: 'Temporarily held back',
    summary: 'The receiving server is holding your mail back for now, often because of volume or an hourly limit. It usually lets it through later.',
    side: 'recipient-server',
    retry: { advice: 'later' },
    steps: ['Wait and retry; most servers retry on their own.', 'If you sent a lot in a short time, slow down.'],
    source: [S003, 'G-ERR'],
  },
] as const satisfies readonly RuleDef[];
