/**
 * Synthesized bounce texts written for these tests, modelled on the public shapes of each MTA's
 * notice (webmail-dom.md §3). Addresses use reserved example domains.
 */

export interface VisibleCase {
  name: string;
  subject?: string;
  from?: string;
  text: string;
  recipient: string | null;
  status: string | null;
  replyCode: string | null;
  reason: string;
  hardBounce: boolean;
  kind?: string;
}

export const VISIBLE_CASES: VisibleCase[] = [
  {
    name: 'postfix user unknown',
    subject: 'Undelivered Mail Returned to Sender',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    text: `This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<nobody@example.net>: host mail.example.net[192.0.2.7] said: 550 5.1.1
    <nobody@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`,
    recipient: 'nobody@example.net', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'postfix mailbox full',
    subject: 'Undelivered Mail Returned to Sender',
    text: `This is the mail system at host relay.example.org.

<busy@example.com>: host mx.example.com[192.0.2.9] said: 552 5.2.2 Mailbox full:
    quota exceeded for this account (in reply to RCPT TO command)
`,
    recipient: 'busy@example.com', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', hardBounce: false,
  },
  {
    name: 'exim unrouteable domain',
    subject: 'Mail delivery failed: returning message to sender',
    from: 'Mail Delivery System <Mailer-Daemon@smtp.example.org>',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  someone@no-such-domain.example
    Unrouteable address

------ This is a copy of the message, including all the headers. ------
To: someone@no-such-domain.example
`,
    recipient: 'someone@no-such-domain.example', status: null, replyCode: null, reason: 'hostunknown', hardBounce: true,
  },
  {
    name: 'exim remote spam rejection after data',
    subject: 'Mail delivery failed: returning message to sender',
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  friend@example.com
    host mx.example.com [192.0.2.4]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by content filter
`,
    recipient: 'friend@example.com', status: '5.7.1', replyCode: '550', reason: 'spamdetected', hardBounce: false,
  },
  {
    name: 'gmail current card, address not found',
    subject: 'Delivery Status Notification (Failure)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    text: `** Address not found **

Your message wasn't delivered to lost.person@example.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos. - gsmtp
`,
    recipient: 'lost.person@example.com', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'gmail blocked by DMARC',
    subject: 'Delivery Status Notification (Failure)',
    from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    text: `** Message blocked **

Your message to ceo@example.com has been blocked. See technical details below for more information.

The response was:
550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. - gsmtp
`,
    recipient: 'ceo@example.com', status: '5.7.26', replyCode: '550', reason: 'authfailure', hardBounce: false,
  },
  {
    name: 'gmail legacy permanent failure',
    subject: 'Delivery Status Notification (Failure)',
    text: `Delivery to the following recipient failed permanently:

     olduser@example.jp

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain example.jp by mx.example.jp. [192.0.2.1].

The error that the other server returned was:
550 5.1.1 <olduser@example.jp>... User Unknown
`,
    recipient: 'olduser@example.jp', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'exchange online new format',
    subject: 'Undeliverable: Quarterly report',
    from: 'Microsoft Outlook <postmaster@outlook.com>',
    text: `Your message to pat@contoso.example couldn't be delivered.
pat wasn't found at contoso.example.

Action Required                     Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 1/2/2026 10:00:00 AM
Sender Address: me@fabrikam.example
Recipient Address: pat@contoso.example
Subject: Quarterly report

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`,
    recipient: 'pat@contoso.example', status: '5.1.10', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'exchange old format',
    subject: 'Undeliverable: hello',
    text: `Delivery has failed to these recipients or groups:

chris@contoso.example
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:

Generating server: mail.contoso.example

chris@contoso.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:
From: me@fabrikam.example
`,
    recipient: 'chris@contoso.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'qmail no mailbox',
    subject: 'failure notice',
    text: `Hi. This is the qmail-send program at mail.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ghost@example.org>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.
`,
    recipient: 'ghost@example.org', status: '5.1.1', replyCode: null, reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'rate limit sent with a 5.1.1 code (text beats code)',
    subject: 'Undelivered Mail Returned to Sender',
    text: `This is the mail system at host out.example.org.

<bulk@example.com>: host mx.example.com[192.0.2.3] said: 550 5.1.1 Rate limit
    exceeded: too many messages from your IP, try later (in reply to RCPT TO command)
`,
    recipient: 'bulk@example.com', status: '5.1.1', replyCode: '550', reason: 'speeding', hardBounce: false,
  },
  {
    name: 'German exchange notice',
    subject: 'Unzustellbar: Angebot',
    text: `Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

anna@beispiel.example
Die E-Mail-Adresse existiert nicht. Bitte überprüfen Sie die Adresse.

Diagnoseinformationen für Administratoren:
anna@beispiel.example
Remote Server returned '550 5.1.1 Benutzer unbekannt'
`,
    recipient: 'anna@beispiel.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'French mailbox full',
    subject: 'Non remis : Facture',
    text: `Votre message n'a pas pu être remis à ces destinataires :

marie@exemple.example
La boîte aux lettres du destinataire est pleine : boîte aux lettres pleine.

Informations de diagnostic pour les administrateurs :
marie@exemple.example
Remote Server returned '552 5.2.2 Quota dépassé'
`,
    recipient: 'marie@exemple.example', status: '5.2.2', replyCode: '552', reason: 'mailboxfull', hardBounce: false,
  },
  {
    name: 'Spanish unknown user without codes',
    subject: 'No se puede entregar: Reunión',
    text: `No se pudo entregar el mensaje a los siguientes destinatarios:

jose@ejemplo.example
El usuario no existe en este servidor de correo.
`,
    recipient: 'jose@ejemplo.example', status: null, replyCode: null, reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'Italian mailbox full',
    subject: 'Non recapitabile: Ordine',
    text: `Non è stato possibile recapitare il messaggio ai seguenti destinatari:

luca@esempio.example
La casella di posta piena: il destinatario non può ricevere messaggi.
`,
    recipient: 'luca@esempio.example', status: null, replyCode: null, reason: 'mailboxfull', hardBounce: false,
  },
  {
    name: 'Dutch unknown address',
    subject: 'Onbestelbaar: Offerte',
    text: `Uw bericht kon niet worden bezorgd bij de volgende geadresseerden:

jan@voorbeeld.example
Het e-mailadres bestaat niet.

Diagnostische gegevens voor beheerders:
jan@voorbeeld.example
Remote Server returned '550 5.1.1 Gebruiker onbekend'
`,
    recipient: 'jan@voorbeeld.example', status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'Portuguese full mailbox',
    subject: 'Não entregue: Proposta',
    text: `Não foi possível entregar a mensagem aos seguintes destinatários:

ana@exemplo.example
A caixa postal cheia do destinatário não aceita novas mensagens.
`,
    recipient: 'ana@exemplo.example', status: null, replyCode: null, reason: 'mailboxfull', hardBounce: false,
  },
  {
    name: 'Japanese carrier notice',
    subject: '配信エラー',
    text: `次の宛先へメールを配信できませんでした。

<taro@example.jp>
宛先のメールアドレスは存在しません。
`,
    recipient: 'taro@example.jp', status: null, replyCode: null, reason: 'userunknown', hardBounce: true,
  },
  {
    name: 'Russian mailbox full',
    subject: 'Недоставленное сообщение',
    text: `К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:

ivan@primer.example
Почтовый ящик переполнен.
`,
    recipient: 'ivan@primer.example', status: null, replyCode: null, reason: 'mailboxfull', hardBounce: false,
  },
  {
    name: 'yahoo failure notice with block code',
    subject: 'Failure Notice',
    text: `Sorry, we were unable to deliver your message to the following address.

<reader@example.com>:
Remote host said: 553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.44, because the ip is in Spamhaus's list [RCPT_TO]
`,
    recipient: 'reader@example.com', status: '5.7.1', replyCode: '553', reason: 'blocked', hardBounce: false,
  },
  {
    name: 'gmail delay notice',
    subject: 'Delivery Status Notification (Delay)',
    text: `** Delivery incomplete **

There was a temporary problem delivering your message to slow@example.com. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
421 4.7.0 Try again later, closing connection. - gsmtp
`,
    recipient: 'slow@example.com', status: '4.7.0', replyCode: '421', reason: 'toomanyconn', hardBounce: false, kind: 'delay',
  },
];

/** A full RFC 822 multipart/report built from parts, so raw decoding is tested without corpus files. */
export function multipartReport(opts: { recipient: string; status: string; diagnostic: string; action?: string; text: string; newline?: string }): string {
  const nl = opts.newline ?? '\n';
  const lines = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'To: sender@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    opts.text,
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${opts.recipient}`,
    `Action: ${opts.action ?? 'failed'}`,
    `Status: ${opts.status}`,
    'Remote-MTA: dns; mail.example.net',
    `Diagnostic-Code: smtp; ${opts.diagnostic}`,
    '',
    '--BOUNDARY',
    'Content-Type: message/rfc822',
    '',
    'From: sender@example.org',
    `To: ${opts.recipient}`,
    'Subject: hello',
    '',
    'hello',
    '--BOUNDARY--',
    '',
  ];
  return lines.join(nl);
}
