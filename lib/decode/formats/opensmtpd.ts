import { textFamily } from './text-family';

/** OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this email." */
export const opensmtpd = textFamily({
  id: 'opensmtpd',
  body: ['an error has occurred while attempting to deliver a message for the following list of recipients', 'this is the mailer-daemon, please do not reply to this email'],
  subject: ['delivery status notification: error'],
  from: ['mailer-daemon'],
  source: 'OpenSMTPD bounce templates (smtpd/bounce.c), as summarized by Sisimai Lhost/OpenSMTPD',
});
