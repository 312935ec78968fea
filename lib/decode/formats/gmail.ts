import { textFamily } from './text-family';

/** Gmail and Google Workspace notices: the current card and the pre-2016 text. */
export const gmail = textFamily({
  id: 'gmail',
  body: [
    'the response from the remote server was', "your message wasn't delivered to", '** address not found **',
    '** message not delivered **', '** message blocked **', '** delivery incomplete **',
    'delivery to the following recipient failed permanently', 'technical details of permanent failure',
    'delivery to the following recipient has been delayed', 'technical details of temporary failure',
  ],
  from: ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com'],
  subject: ['delivery status notification'],
  source: 'webmail-dom.md §3 (Gmail DSN card; Sisimai Lhost/Gmail)',
});
