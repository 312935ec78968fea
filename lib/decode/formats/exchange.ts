import { textFamily } from './text-family';

/** Exchange 2003/2007/2010+, Exchange Online / Microsoft 365 and Outlook.com, old and new NDR layouts, localized. */
export const exchange = textFamily({
  id: 'exchange',
  body: [
    'delivery has failed to these recipients or groups', 'diagnostic information for administrators',
    'more info for email admins', "couldn't be delivered", 'remote server returned', 'resolver.adr.', 'resolver.rst.',
    'diagnoseinformationen für administratoren', 'informations de diagnostic pour les administrateurs',
    'información de diagnóstico para los administradores', 'diagnostische gegevens voor beheerders',
    'informazioni di diagnostica per gli amministratori', 'your message did not reach some or all of the intended recipients',
    'the following recipient(s) could not be reached',
  ],
  from: ['microsoftexchange329e71ec88ae4615bbc36ab6ce41109e', 'postmaster@outlook.com'],
  subject: ['undeliverable:', 'unzustellbar:', 'non remis', 'no se puede entregar', 'non recapitabile', 'onbestelbaar'],
  source: 'webmail-dom.md §3 (Microsoft NDR documentation; Sisimai Lhost/Exchange2007, Office365)',
});
