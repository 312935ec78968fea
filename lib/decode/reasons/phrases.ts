import type { Reason } from '../types';

/**
 * Phrases that name a bounce reason, lower-case, matched with `includes` on lower-cased text.
 * Grouped per language so localized notices decode as well as English ones. Written from the
 * public wording of MTAs and providers (SIS-R, POSTFIX, EXIM, MS-NDR, G-ERR in codes.md §0).
 */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'ja' | 'ru';
export type PhraseTable = Partial<Record<Lang, readonly string[]>>;

export const REASON_PHRASES = {
  suppressed: {
    en: ['suppression list', 'address is on the suppression', 'suppressed address', 'recipient is suppressed', 'address is suppressed'],
  },
  authfailure: {
    en: [
      'spf check failed', 'spf validation', 'spf fail', 'spf=fail', 'spf record', 'sender policy framework', 'failed spf',
      'dkim', 'dmarc', 'unauthenticated email', 'sender is unauthenticated', 'not pass authentication',
      'authentication checks', 'message failed authentication', 'spf)', 'spf check', 'does not designate', 'not designated',
      'sender domain has not passed', 'sender authentication', 'ptr and spf',
      // Sisimai (go-sisimai reason/why-authfailure.go):
      'doesn\'t meet the required authentication level', 'please inspect your spf settings', 'doesn\'t meet the authentication requirements',
    ],
  },
  requireptr: {
    en: [
      'reverse dns', 'reverse-dns', 'no ptr', 'ptr record', 'cannot find your hostname', 'cannot find your reverse hostname',
      'client host rejected: cannot find', 'unresolvable', 'reverse lookup', 'rdns', 'no reverse', 'has no reverse',
      'reverse hostname', 'ip name lookup failed', 'name lookup failed for', 'not resolve your ip', 'hostname lookup failed',
      'pointer record', 'unverifyable sending ip', 'unverifiable sending ip', 'domain name pointer',
      // Sisimai (go-sisimai reason/why-requireptr.go):
      'bad dns ptr resource record', 'cannot resolve your address', 'forward dns entry does not point to the sending ip',
    ],
    ja: ['逆引き'],
  },
  speeding: {
    en: [
      'rate limit', 'rate-limit', 'ratelimit', 'rate limited', 'sending rate', 'too many messages', 'too many emails',
      'too much mail', 'sending quota', 'daily sending', 'message rate', 'exceeded the rate', 'messages per', 'emails per',
      'throttl', 'temporarily deferred due to unexpected volume', 'unusual rate', 'too many requests', 'sending limit',
      'exceeded its sending', 'quota exceeded for sending', 'user sending quota', 'daily user sending', 'volume of mail',
      // Sisimai (go-sisimai reason/why-speeding.go):
      'receiving mail at a rate that prevents additional messages from being delivered',
    ],
    de: ['zu viele nachrichten', 'sendelimit'],
    fr: ['trop de messages'],
    es: ['demasiados mensajes'],
    ru: ['слишком много'],
  },
  toomanyconn: {
    en: [
      'too many connections', 'too many concurrent', 'too many simultaneous', 'connection limit', 'too many sessions',
      'connection rate', 'too many smtp sessions', 'max connections', 'maximum number of connections', 'too many hosts',
      'too many errors', 'too many recipients', 'frequency limited', 'connection frequency', 'too many invalid recipients', 'exceeded the maximum number of connections',
    ],
    fr: [
      // Sisimai (go-sisimai reason/why-toomanyconn.go):
      'trop de connexions',
    ],
  },
  virusdetected: {
    en: [
      'virus', 'malware', 'infected', 'trojan', 'worm found', 'harmful content', 'malicious',
      // Sisimai (go-sisimai reason/why-virusdetected.go):
      'potentially executable attachment',
    ],
    de: ['virus gefunden'],
    ja: ['ウイルス'],
    ru: ['вирус'],
  },
  spamdetected: {
    en: [
      'spam', 'junk mail', 'unsolicited', 'bulk mail', 'looks like junk', 'message content rejected', 'content rejected',
      'considered junk', 'high probability', 'spam score', 'spamassassin', 'identified as junk', 'classified as junk',
      'message scored too high', 'detected as junk', 'blocked for abuse', 'rejected due to content',
      // Sisimai (go-sisimai reason/why-spamdetected.go):
      'content filter rejection', 'mail content denied', 'rejecting banned content', 'rejecting mail content', 'reject bulk.advertising', 'our system has detected that this message is ',
    ],
    de: ['spam erkannt', 'als spam'],
    fr: ['indésirable', 'pourriel'],
    es: ['correo no deseado'],
    ja: ['迷惑メール'],
    ru: ['спам'],
  },
  badreputation: {
    en: ['poor reputation', 'bad reputation', 'low reputation', 'ip reputation', 'sender reputation', 'reputation of',
      'domain reputation', 'reputation is', 'sending ip has', 'not enough reputation',
      // Sisimai (go-sisimai reason/why-badreputation.go):
      'poor email reputation score',
    ],
  },
  blocked: {
    en: [
      'blocked using', 'blocklist', 'blacklist', 'block list', 'black list', 'dnsbl', 'rbl', 'spamhaus', 'spamcop', 'sorbs',
      'barracuda', 'listed at', 'listed in', 'listed on', 'is listed', 'client host rejected', 'client host blocked',
      'connection refused by', 'access denied. ip', 'ip address is blocked', 'your ip', 'ip blocked', 'blocked ip',
      'has been blocked', 'is blocked', 'denied by policy', 'connection rejected', 'access denied',
      'not allowed to send', 'smtp server of your isp', 'invalid ip for sending', 'unwanted messages have been sent', 'your ip address', 'helo command rejected', 'ehlo command rejected', 'invalid helo', 'bad helo', 'rejected by dnsbl', 'refused to talk',
      'service unavailable; client host', 'blacklisted', 'is on our block list', 'part of their network is on our block list',
      's3150', 's3140', 'greylist', 'graylist', 'grey list', 'not permitted to relay through this server without',
      'is not allowed to connect', 'mail from your ip', 'from this ip', 'ip not allowed', 'dynamic ip', 'dial-up',
      'residential', 'dynamic address', 'ip address has been', 'client ip', 'blocked by', 'block due to',
      // Sisimai (go-sisimai reason/why-blocked.go):
      'banned sending ip', 'extreme bad ip profile', 'host network not allowed', 'no access from mail server', 'rejecting open proxy', 'you are not allowed to connect', 'your server requires confirmation', 'confirm this mail server',
    ],
    de: ['blockiert', 'gesperrt'],
    fr: ['bloqué', 'liste noire'],
    es: ['bloqueado', 'lista negra'],
    it: ['bloccato'],
    nl: ['geblokkeerd'],
    pt: ['bloqueado'],
    ja: ['ブロック'],
    ru: ['заблокирован', 'черный список', 'чёрный список'],
  },
  mesgtoobig: {
    en: [
      'message too large', 'message too big', 'message size exceeds', 'message is too large', 'message is too big',
      'size exceeds', 'exceeds size limit', 'exceeds the maximum size', 'exceeded maximum size', 'maximum message size',
      'message file too big', 'message length exceeds', 'too large', 'email size exceeds', 'maximum email size',
      'size limit', 'message size', 'mail size', 'message exceeds', 'exceeds the size', 'larger than the',
    ],
    de: ['nachricht ist zu groß', 'zu groß'],
    fr: [
      'message trop volumineux', 'trop volumineux', 'taille maximale',
      // Sisimai (go-sisimai reason/why-mesgtoobig.go):
      'taille limite du message atteinte',
    ],
    es: ['mensaje demasiado grande', 'demasiado grande', 'tamaño máximo'],
    it: ['messaggio troppo grande', 'troppo grande', 'dimensione massima'],
    nl: ['bericht is te groot', 'te groot'],
    pt: ['mensagem muito grande', 'tamanho máximo'],
    ja: ['サイズ', '容量制限'],
    ru: ['слишком большое', 'превышен размер', 'размер письма'],
  },
  exceedlimit: {
    en: ['exceeds the limit', 'limit exceeded', 'header too long', 'recipient limit', 'exceeded storage allocation'],
  },
  mailboxfull: {
    en: [
      'mailbox full', 'mailbox is full', 'mailbox has exceeded', 'mailbox size limit', 'mailbox quota', 'over quota',
      'overquota', 'over the quota', 'quota exceeded', 'exceeded quota', 'exceeds quota', 'exceed quota', 'quota exceed',
      'disk quota', 'quota full', 'quota limit', 'out of storage', 'out of space', 'insufficient storage', 'full mailbox',
      'user is over', 'mailbox exceeds', 'account is full', 'inbox is full', 'mail box full', 'mailfolder is full',
      'mail quota', 'storage quota', 'mailbox storage', 'mailbox size', 'box is full', 'would exceed', 'is over its quota',
      'too many messages in', 'mailbox exceeded', 'is out of storage', 'over their storage', 'not enough space',
      'inboxfull', 'mailboxfull', 'user over quota', 'exceeded the storage',
      // Sisimai (go-sisimai reason/why-mailboxfull.go):
      'not sufficient disk space', 'quota violation for', 'user\'s space has been used up',
    ],
    de: ['postfach ist voll', 'postfach voll', 'speicherplatz', 'quota überschritten', 'kontingent'],
    fr: [
      'boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte pleine', 'boite pleine', 'quota dépassé', 'espace insuffisant', 'dépasse le quota',
      // Sisimai (go-sisimai reason/why-mailboxfull.go):
      'boite du destinataire pleine',
    ],
    es: ['buzón lleno', 'buzon lleno', 'buzón está lleno', 'bandeja llena', 'cuota excedida', 'espacio insuficiente'],
    it: ['casella piena', 'casella di posta piena', 'quota superata', 'spazio esaurito'],
    nl: ['postvak vol', 'mailbox is vol', 'postvak is vol', 'quotum overschreden'],
    pt: ['caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'cota excedida', 'quota excedida'],
    ja: ['容量超過', '容量オーバー', 'いっぱい', '満杯', '容量が'],
    ru: ['переполнен', 'ящик заполнен', 'превышен лимит', 'превышена квота', 'нет места'],
  },
  systemfull: {
    en: ['insufficient system storage', 'insufficient disk space', 'system storage', 'disk full', 'file system full', 'out of disk', 'no space left', 'mail system full', 'requested mail action aborted: exceeded storage'],
  },
  hasmoved: {
    en: [
      'has moved', 'user has moved', 'address has moved', 'no longer at this address', 'moved to', 'forwarding address', 'user not local; please try',
      // Sisimai (go-sisimai reason/why-hasmoved.go):
      ' has been replaced by ',
    ],
  },
  userunknown: {
    en: [
      'user unknown', 'unknown user', 'unknown recipient', 'recipient unknown', 'no such user', 'no such mailbox',
      'no such recipient', 'no such address', 'no such account', 'does not exist', 'doesn\'t exist', 'does not exists',
      'not exist', 'invalid recipient', 'invalid mailbox', 'invalid address', 'recipient not found', 'user not found',
      'mailbox not found', 'address not found', 'mailbox unavailable', 'mailbox not available',
      'not a valid mailbox', 'unknown local part', 'unknown address', 'unknown mailbox', 'unknown or illegal alias',
      'recipnotfound', 'recipientnotfound', 'resolver.adr', 'couldn\'t be found', 'could not be found', 'wasn\'t found',
      'was not found', 'no mailbox', 'bad destination mailbox', 'invalid final delivery userid', 'addressee unknown', 'no such local user',
      'no valid recipients', 'account does not exist', 'email account that you tried to reach does not exist',
      'user does not exist', 'no account by that name', 'user doesn\'t have', 'is not a valid',
      'not listed in', 'unknown in virtual', 'unknown in local', 'unknown in relay', 'mailbox unknown', 'user invalid',
      'invalid user', 'address unknown', 'no such person', 'this user doesn\'t have', 'destination address unknown',
      'recipient does not exist', 'mailbox does not exist', 'address does not exist', 'mailbox is unavailable',
      'not a known user', 'unknown or invalid', 'recipient address rejected: access denied', 'sorry, no mailbox here', 'no mailbox here by that name', 'user not exist',
      'nonexistent', 'non-existent', 'non existent', 'address invalid', 'recipient invalid', 'mailbox disabled for this recipient',
      // Sisimai (go-sisimai reason/why-userunknown.go):
      '#5.1.1 bad address', 'address not present in directory', 'can\'t accept user', 'destination addresses were unknown', 'is not an active address at this host', 'mailbox invalid', 'mailbox not present', 'no mail box available for this user', 'not a valid recipient', 'not a valid user here', 'not a local address', 'recipient is not local', 'recipient not ok', 'sorry, badrcptto', 'sorry, your envelope recipient has been denied', 'the user\'s email name is not found', 'there is no one at this address', 'this email address is wrong or no longer valid', 'in my badrecipientto list', 'not in my validrcptto list', 'user missing home directory', 'user not known', 'invalid or unknown virtual user', 'in my badrcptto list',
    ],
    de: ['unbekannt', 'existiert nicht', 'gibt es nicht', 'nicht gefunden', 'empfänger ungültig', 'ungültige adresse', 'unbekannter empfänger', 'unbekannter benutzer'],
    fr: ['n\'existe pas', 'inconnu', 'introuvable', 'adresse invalide', 'destinataire inconnu', 'utilisateur inconnu', 'n\'a pas été trouvé', 'est introuvable'],
    es: ['no existe', 'desconocido', 'no se encontró', 'no se encuentra', 'dirección no válida', 'destinatario no válido', 'usuario desconocido'],
    it: [
      'non esiste', 'sconosciuto', 'non trovato', 'non è stato trovato', 'indirizzo non valido', 'utente sconosciuto', 'destinatario inesistente', 'inesistente',
      // Sisimai (go-sisimai reason/why-userunknown.go):
      'nessun utente simile in questo indirizzo',
    ],
    nl: ['bestaat niet', 'onbekend', 'niet gevonden', 'ongeldig adres'],
    pt: ['não existe', 'nao existe', 'desconhecido', 'não foi encontrado', 'não encontrado', 'endereço inválido'],
    ja: ['存在しません', '存在しない', '宛先不明', 'ユーザが見つかりません', 'ユーザーが見つかりません', '該当ユーザ', 'アドレスが見つかりません', '宛先のメールアドレスが見つかりません'],
    ru: ['не существует', 'неизвестный', 'неизвестен', 'не найден', 'нет такого', 'несуществующ', 'адрес не найден'],
  },
  hostunknown: {
    en: [
      'host unknown', 'unknown host', 'host not found', 'domain not found', 'no such domain', 'domain does not exist',
      'unrouteable mail domain', 'unknown domain', 'host or domain name not found', 'nxdomain',
      'domain name not found', 'unrouteable address', 'dns lookup failure', 'domain is not reachable', 'all relevant mx records point to non-existent hosts',
      'address lookup failed', 'all host address lookups failed permanently', 'domain is not valid', 'invalid domain',
      'domain couldn\'t be found', 'domain could not be found', 'domain name does not exist',
      'no such host', 'unknown mail domain', 'domain not exist', 'name or service not known',
      // Sisimai (go-sisimai reason/why-hostunknown.go):
      'domain must exist', 'mail domain mentioned in email address is unknown', 'unroutable address', 'illegal host/domain name',
    ],
    de: ['domain existiert nicht', 'domäne existiert nicht', 'unbekannte domain'],
    fr: ['domaine inconnu', 'domaine introuvable', 'le domaine n\'existe pas'],
    es: ['dominio no existe', 'dominio desconocido'],
    it: ['dominio inesistente', 'dominio sconosciuto'],
    nl: ['domein bestaat niet'],
    pt: ['domínio não existe', 'dominio nao existe'],
    ja: ['ドメインが存在しません'],
    ru: ['домен не существует', 'домен не найден'],
  },
  suspend: {
    en: [
      'account suspended', 'account has been suspended', 'mailbox suspended', 'user suspended', 'is suspended', 'disabled', 'deactivated', 'inactive', 'account has been', 'not active', 'no longer active',
      'mailbox unavailable or access denied', 'account is blocked', 'account is locked', 'account locked', 'compte du destinataire est bloque', 'account expired', 'blocked account',
      'is not accepting mail', 'has been terminated', 'closed account', 'account closed', 'mailbox is inactive',
      'currently not accepting', 'mailbox has been', 'user is no longer',
      // Sisimai (go-sisimai reason/why-suspend.go):
      'is currently suspended', 'temporary locked', 'archived recipient', 'has been suspended', 'user is terminated', 'mailbox currently suspended', 'mailbox is frozen', 'recipient suspend the service',
    ],
    de: ['deaktiviert', 'gesperrtes konto', 'konto gesperrt'],
    fr: [
      'désactivé', 'suspendu', 'compte fermé', 'boîte inactive', 'boite inactive',
      // Sisimai (go-sisimai reason/why-suspend.go):
      'boite du destinataire archivee',
    ],
    es: ['suspendido', 'desactivado', 'cuenta inactiva'],
    it: ['sospeso', 'disattivato', 'disabilitato'],
    nl: ['gedeactiveerd', 'opgeschort'],
    pt: ['suspenso', 'desativado', 'conta inativa'],
    ja: ['停止', '利用できません', '休止'],
    ru: ['отключен', 'отключён', 'заблокирована', 'не активен', 'неактивен', 'удален', 'удалён'],
  },
  notaccept: {
    en: [
      'no mx record', 'no mx for', 'no mx found', 'couldn\'t find a mail exchanger', 'could not find a mail exchanger', 'does not accept mail', 'doesn\'t accept mail', 'not accept mail', 'null mx', 'nullmx', 'accepts no mail', 'no mail accepted', 'does not receive mail', 'domain does not accept',
      // Sisimai (go-sisimai reason/why-notaccept.go):
      'no route for current request',
    ],
  },
  norelaying: {
    en: [
      'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not allowed',
      'relay not allowed', 'not permitted to relay', 'we do not relay', 'unable to relay', 'relaying is prohibited',
      'relay prohibited', 'not a gateway', 'no relaying', 'relay rejected', 'cannot relay', 'open relay', 'not allowed to relay',
      'relay is not allowed', 'relaying mail to', 'not local host', 'is not a local domain', 'relay from', 'relaying to',
      'not handled by', 'not authorized to relay', 'insecure mail relay', 'configured to relay',
      // Sisimai (go-sisimai reason/why-norelaying.go):
      'isn\'t in my list of allowed rcpthosts', 'we don\'t handle mail for', 'requires authentication when attempting to send to a non-local e-mail address',
    ],
    de: ['relaying nicht erlaubt'],
  },
  rejected: {
    en: [
      'sender address rejected', 'sender rejected', 'sender denied', 'sender domain', 'sender is not allowed',
      'sender not allowed', 'sender verify failed', 'sender verification', 'sender blocked', 'invalid sender',
      'bad sender', 'sender unknown', 'unknown sender', 'domain of sender address', 'sender address must exist',
      'envelope blocked', 'envelope sender', 'address of sender', 'sender email', 'from domain', 'not allowed to send from', 'domain is not allowed',
      'sender address', 'not a member of this mailing list', 'you are not a member', 'provide a valid from', 'purported responsible address', 'send mail as', 'blocked sender', 'rejected by recipient', 'rejected by the recipient', 'refused by recipient',
      // Sisimai (go-sisimai reason/why-rejected.go):
      'batv failed to verify', 'batv validation failure', 'bogus mail from', 'sender not pre-approved', 'mail from not owned by user', 'returned mail not accepted here', 'fully qualified email address required', 'because the sender isn\'t on the recipient\'s list of senders to accept mail from', 'error: no third-party dsns',
    ],
    fr: [
      // Sisimai (go-sisimai reason/why-rejected.go):
      'emetteur invalide',
    ],
  },
  failedstarttls: {
    en: [
      'starttls failed', 'tls handshake failed', 'failed to establish tls', 'tls negotiation failed', 'could not establish a tls',
      // Sisimai (go-sisimai reason/why-failedstarttls.go):
      'starttls is required to send mail',
    ],
  },
  securityerror: {
    en: [
      'authentication required', 'unauthenticated senders', 'authentication is required', 'must issue a starttls', 'must authenticate', 'not authenticated',
      'requires encryption', 'requires tls', 'tls required', 'encryption required', 'this route requires', 'authentication failed',
      'auth failed', 'invalid credentials', 'password', 'login failed', 'please authenticate', 'smtp auth',
      'authentication mechanism is too weak', 'security policy', 'security policies', 'certificate', 'not secure',
      // Sisimai (go-sisimai reason/why-securityerror.go):
      'authentication credentials invalid', 'authentication turned on in your email client', 'executable files are not allowed in compressed files',
    ],
  },
  policyviolation: {
    en: [
      'policy violation', 'violates', 'violation of', 'policy reasons', 'prohibited', 'not allowed by policy', 'by local policy',
      'local policy', 'message rejected by policy', 'content policy', 'our policy', 'policy restriction', 'policy rule',
      'due to policy', 'organizational policy', 'administrative prohibition', 'restricted', 'not authorized',
      'not permitted', 'transport rule', 'delivery not authorized', 'access to this', 'message is not accepted',
      // Sisimai (go-sisimai reason/why-policyviolation.go):
      'an illegal attachment on your message', 'by non-member to a members-only list', 'closed mailing list', 'message bounced due to organizational settings', 'not subscribed to this group', 'we do not accept messages containing images or other attachments', 'you\'re using a mass mailer', 'messages with multiple addresses',
    ],
  },
  filtered: {
    en: [
      'filtered', 'rejected by the recipient', 'rejected by recipient', 'blocked by recipient', 'recipient has blocked',
      'refused by recipient', 'not accepting email from', 'will not accept', 'does not accept email from', 'user refuses',
      'reject by user', 'sender is blocked by the recipient', 'has chosen not to', 'you have been blocked',
      'blocked by the recipient', 'mail rejected by user', 'recipient rejected', 'recipient refused', 'blocked your',
      'you don\'t have permission', 'don\'t have permission to post', 'not authorized to post', 'permission to post',
      'moderator', 'recipient preferences', 'only members', 'restricted to members',
      // Sisimai (go-sisimai reason/why-filtered.go):
      'recipient is only accepting mail from specific email addresses', 'recipient id refuse to receive mail', 'account is protected by',
    ],
    de: ['abgelehnt', 'zurückgewiesen'],
    fr: ['refusé', 'rejeté'],
    es: ['rechazado', 'no tiene permiso'],
    it: ['rifiutato', 'respinto'],
    nl: ['geweigerd'],
    pt: ['rejeitado', 'recusado'],
    ja: ['受信拒否', '拒否'],
    ru: ['отклонено', 'отклонен', 'отказано'],
  },
  notcompliantrfc: {
    en: [
      'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc822 compliant', 'non-compliant', 'not compliant with',
      'duplicate header', 'malformed header', 'missing header', 'header is missing', 'invalid header',
      'bare <lf>', 'bare lf', 'bare cr', 'lines too long', 'does not conform', 'syntax error in header',
    ],
  },
  contenterror: {
    en: [
      'content error', 'malformed', 'invalid content', 'corrupt', 'encoding error', 'message structure',
      // Sisimai (go-sisimai reason/why-contenterror.go):
      'improper use of 8-bit data in message header', 'message mime complexity exceeds the policy maximum', 'invalid mime headers', 'improperly-formatted binary content', 'unnecessary base64 encoding',
    ],
  },
  syntaxerror: {
    en: ['syntax error', 'command unrecognized', 'command not recognized', 'unrecognized command', 'bad sequence of commands', 'parameter not', 'invalid command', 'incorrectly constructed', 'line too long in'],
  },
  expired: {
    en: [
      'retry timeout exceeded', 'retry time not reached', 'delivery time expired', 'message expired', 'has expired',
      'could not be delivered within', 'could not be delivered for', 'not delivered for', 'giving up', 'gave up',
      'too long in the queue', 'in queue too long', 'was in the queue', 'delivery attempts will continue', 'will retry',
      'queue time', 'max time', 'delivery expired', 'time limit', 'maximum time', 'undeliverable for', 'past 5 days', 'past 4 hours',
      'time expired', 'envelope expired', 'not delivered within', 'still undelivered', 'will keep trying', 'retry period', 'has been delayed', 'delayed for', 'could not be delivered to one or more recipients within',
      // Sisimai (go-sisimai reason/why-expired.go):
      'have been failing for a long time', 'it has not been collected after', 'unable to deliver message after multiple retries', 'was not reachable within the allowed queue period', 'could not find a gateway for',
    ],
    de: ['zeitüberschreitung', 'abgelaufen'],
    fr: ['délai expiré', 'expiré'],
    es: ['tiempo de espera', 'caducado', 'expirado'],
    it: ['scaduto', 'tempo scaduto'],
    nl: ['verlopen'],
    pt: ['expirou', 'tempo esgotado'],
    ru: ['истекло', 'истек'],
  },
  networkerror: {
    en: [
      'mail loop', 'loops back to myself', 'loop detected', 'too many hops', 'hop count exceeded', 'too many "received" headers',
      'too many received headers', 'routing loop', 'connection timed out', 'connection refused', 'connect to', 'lost connection',
      'network is unreachable', 'no route to host', 'host is unreachable', 'timeout', 'timed out', 'dns error', 'dns lookup',
      'temporary failure in name resolution', 'try again later', 'unable to connect', 'connection reset', 'could not connect',
      'cannot connect', 'connection dropped', 'conversation with', 'malformed or unexpected name server reply',
      'servfail', 'host name lookup failure', 'host not reachable', 'establish an smtp connection', 'establish a connection', 'did not accept our requests to connect', 'name server', 'unrouteable', 'unreachable', 'connection closed', 'network error',
      // Sisimai (go-sisimai reason/why-networkerror.go):
      'mail forwarding loop for ', 'maximum forwarding loop count exceeded', 'message looping', 'unable to resolve route ',
    ],
    ja: ['タイムアウト'],
  },
  systemerror: {
    en: [
      'system error', 'internal error', 'server error', 'temporary failure', 'local error', 'server busy',
      'system busy', 'resources temporarily', 'try again', 'unexpected error', 'server configuration',
      'internal server', 'database error', 'mail system problem', 'currently unavailable', 'transaction failed', 'local problem', 'requested action aborted',
      'transient', 'processing error', 'error in processing', 'misconfiguration', 'configuration error', 'mail system error',
      'system problem',
      // Sisimai (go-sisimai reason/why-systemerror.go):
      'aliasing/forwarding loop broken', 'can\'t create user output file', 'could not load drd for domain', 'interrupted system call', 'it encountered an error while being processed', 'loop was found in the mail exchanger', 'queue file write error', 'remote server is misconfigured', 'system config error', 'recipient deferred because there is no mdb',
    ],
  },
  mailererror: {
    en: ['command failed', 'operating system error', 'command died', 'exit status', 'pipe to', 'unknown mailer error', 'mailer error', 'procmail', 'local delivery failed', 'delivery program'],
  },
  onhold: {
    en: ['on hold'],
  },
} as const satisfies Partial<Record<Reason, PhraseTable>>;

export type PhraseReason = keyof typeof REASON_PHRASES;

/**
 * Phrases specific enough to beat everything else, checked before the precedence list
 * (e.g. "duplicate header 'DKIM-Signature'" is a standards problem, not an authentication one).
 */
export const STRONG_PHRASES: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['notcompliantrfc', ['duplicate header', 'multiple addresses in from', 'not rfc 5322 compliant', 'not rfc5322 compliant', 'bare <lf>', 'bare linefeed']],
  // "was blocked by our Spam Firewall": Barracuda's Spam Firewall notice, which names its content filter, not a block on the sender.
  ['spamdetected', ['blacklisted url', 'blacklisted link', 'uribl', 'spam classification', 'classified as spam', 'detected as spam', 'spam content', 'blocked by our spam firewall']],
  ['policyviolation', ['header error']],
  ['authfailure', ['spf record', 'spf policy', 'per it\'s spf', 'per its spf']],
  ['blocked', ['refused to talk to me']],
  ['rejected', ['domain is not allowed to send', 'not allowed to send from', 'domain of sender address', 'sender address rejected', 'sender domain must exist', 'sender verify failed']],
  ['expired', ['will be retried for', 'retried for', 'queue too long', 'will continue trying', 'did not accept our requests to connect', 'gave up on it', 'delivery failed 20 attempts']],
  ['networkerror', ['unexpected name server reply', 'name server reply', 'host not found, try again']],
  ['syntaxerror', ['malformed address']],
  ['contenterror', ['headers too large', 'header too large']],
  ['suspend', ['account is disabled', 'account has been disabled', 'mailbox is disabled', 'account is inactive', 'user account is disabled']],
];

/** Vague phrases consulted only when nothing else (including the code) names a reason. */
export const WEAK_PHRASES: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  ['userunknown', ['recipient address rejected', 'address rejected', 'recipient rejected', 'invalid recipient']],
  ['rejected', ['rejected', 'refused']],
  ['systemerror', ['service unavailable']],
];
