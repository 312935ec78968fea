import { textFamily } from './text-family';

/** Ipswitch IMail Server: "Body of message generated response:", "Invalid final delivery userid:", X-Mailer <SMTP32 v…>. */
export const imailserver = textFamily({
  id: 'imailserver',
  body: ['body of message generated response:', 'invalid final delivery userid:', 'user mailbox exceeds allowed size:'],
  // Its SMTP service signs notices "X-Mailer: <SMTP32 v…>"; the header name alone says nothing.
  headerPrefixes: [{ header: 'x-mailer', prefix: '<smtp32 v' }],
  // No subject/From pair: "Undeliverable Mail" from a postmaster is also MailMarshal's.
  source: 'Sisimai lib/Sisimai/Lhost/IMailServer.pm (markers)',
});
