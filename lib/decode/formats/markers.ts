/**
 * Lower-case markers shared by the text formats. Localized Exchange/Outlook labels come from
 * Microsoft's NDR documentation (MS-NDR) and Sisimai's lhost modules as summarized in webmail-dom.md §3.
 */

/** Where the returned original message starts; text after it is never read for recipients. */
export const ORIGINAL_MESSAGE_MARKERS = [
  '--- below this line is a copy of the message',
  '------ this is a copy of the message',
  'this is a copy of the message, including all the headers',
  '----- original message -----',
  '-----original message-----',
  'original message headers',
  'original message follows',
  'original message header',
  'message headers follow',
  '------ the original message',
  '----- the original message',
  'the original message headers',
  'content-type: message/rfc822',
  'content-type: text/rfc822-headers',
  'header of the original message',
  'headers of the original message',
  '-------- original message',
  'below is a copy of the original message',
  'a copy of the original message',
  'ursprüngliche nachrichtenkopfzeilen',
  'en-têtes de message d\'origine',
  'en-têtes du message d\'origine',
  'encabezados del mensaje original',
  'intestazioni originali del messaggio',
  'oorspronkelijke berichtkoppen',
  'cabeçalhos da mensagem original',
  '------ original message',
  '--- original message',
  '------- returned message',
  '--- returned message',
  'unsent message below',
  // Version 5 Sendmail's "----- Unsent message follows -----" (Sisimai's Lhost::V5sendmail).
  'unsent message follows',
  'included is the original message',
  'included is a copy of the message',
  'copy of the message header',
  '--- the original message',
  // A delivery-status block pasted into the text ends the human-readable part.
  'reporting-mta:',
];

/** Subjects of bounce and delay notices, in several languages. */
export const BOUNCE_SUBJECT_MARKERS = [
  'undeliver', 'undelivered', 'delivery status notification', 'delivery failure', 'delivery failed', 'failure notice',
  'returned mail', 'mail delivery failed', 'mail delivery subsystem', 'returned to sender', 'delivery notification',
  'non-delivery', 'nondelivery', 'not delivered', 'could not be delivered', 'delivery problem', 'delivery report',
  'mail system error', 'warning: could not send', 'warning: message', 'delayed mail', 'delivery delayed', 'delivery delay',
  'undeliverable', 'unzustellbar', 'nicht zustellbar', 'non remis', 'non_remis', 'non distribuable', 'no se puede entregar',
  'no entregado', 'non recapitabile', 'onbestelbaar', 'não entregue', 'nao entregue', 'não foi possível entregar',
  'returned message', 'bounce', 'mail failure', 'message failure', 'failed delivery', 'delivery error', 'permanent error',
  'error sending', 'not be delivered', 'message not delivered', 'notice of non-delivery', 'mail could not', 'returned',
  '送信エラー', '配信エラー', '不達', 'エラー', 'エラーメール', 'недоставлен', 'не доставлено', 'не удалось доставить',
  'ошибка доставки', 'возвращенное', 'message you sent', 'rejected', 'failure delivery', 'nondeliverable',
  'delivery has failed', 'mail delivery', 'mailer-daemon',
];

/** Body phrases that only bounce notices use. */
export const BOUNCE_BODY_MARKERS = [
  'this is the mail system at host', 'could not be delivered to one or more recipients',
  'delivery to the following recipient', 'delivery to the following recipients failed',
  'the following addresses had permanent fatal errors', 'the following address(es) failed',
  'this message was created automatically by mail delivery software', 'hi. this is the qmail-send program',
  'i\'m afraid i wasn\'t able to deliver', 'sorry, we were unable to deliver your message',
  'delivery has failed to these recipients or groups', 'your message to', 'couldn\'t be delivered',
  'could not be delivered', 'wasn\'t delivered', 'was not delivered', 'undeliverable', 'permanent failure',
  'permanent error', 'technical details of permanent failure', 'the response from the remote server was',
  'the response was', 'address not found', 'message not delivered', 'message blocked', 'delivery incomplete',
  'the following message to', 'unable to deliver', 'failed to deliver', 'delivery failed', 'delivery status notification',
  'your message did not reach', 'your message cannot be delivered', 'message could not be delivered',
  'remote host said', 'said:', 'smtp error from remote', 'returned mail', 'mail delivery failed', 'not be delivered',
  'non-delivery', 'delivery failure', 'undelivered', 'did not like our', 'rejected your message', 'rejected the message',
  'error delivering', 'this is an automatically generated delivery status notification', 'could not deliver',
  'bounced', 'returned to sender', 'delivery of your message', 'mailbox unavailable', 'user unknown', 'does not exist',
  'nicht zugestellt', 'konnte nicht zugestellt', 'unzustellbar', 'n\'a pas pu être remis', 'n\'a pas pu être distribué',
  'impossible de remettre', 'no se pudo entregar', 'no pudo ser entregado', 'non è stato possibile recapitare',
  'non può essere recapitato', 'kon niet worden bezorgd', 'kan niet worden bezorgd', 'não foi possível entregar',
  'não pôde ser entregue', 'не может быть доставлено', 'не доставлено', 'не удалось доставить', '配信できませんでした',
  '送信できませんでした', '届きませんでした', '宛先不明', '配送できませんでした', 'エラー',
  'diagnostic information for administrators', 'diagnostic-code', 'status code:', 'error details',
  'delayed', 'will retry', 'warning: message', 'could not send message', 'not a member of this mailing list',
  'error message below', 'invalid user address',
  // SurfControl's notices (markers as in Sisimai's Lhost/SurfControl.pm).
  'a transcript of the attempts to send the message follows', 'message non-deliverable',
];
