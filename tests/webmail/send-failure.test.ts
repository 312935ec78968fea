import { describe, expect, it } from 'vitest';
import { classifySendFailure, outboxCount, SEND_FAILURE_PHRASES } from '../../lib/webmail/send-failure';

describe('classifySendFailure', () => {
  it.each([
    ['Message not sent. You have reached a limit for sending mail.', 'gmail-not-sent', 'sending-limit'],
    ['The address "bob@@example.com" in the "To" field was not recognized. Please make sure that all addresses are properly formed.', 'gmail-not-sent', 'recipient-invalid'],
    ["Couldn't send message. The attachment exceeds the 25 MB limit.", 'gmail-not-sent', 'attachment-too-large'],
    ["Couldn't send message. It was blocked for security reasons.", 'gmail-not-sent', 'blocked-content'],
    ["Couldn't send message.", 'gmail-not-sent', 'unknown'],
    ["You're offline. Message queued in Outbox.", 'gmail-outbox', 'offline-queued'],
    ['Queued', 'gmail-outbox', 'offline-queued'],
    ["This message wasn't sent. The file exceeds the 20 MB limit.", 'outlook-not-sent', 'attachment-too-large'],
    ['This message wasn\u2019t sent. You are offline; it is waiting in your Outbox.', 'outlook-not-sent', 'offline-queued'],
    ["This message couldn't be sent. You have exceeded your daily sending limit.", 'outlook-not-sent', 'sending-limit'],
    ['Diese Nachricht wurde nicht gesendet. Die Anlage ist zu groß.', 'outlook-not-sent', 'attachment-too-large'],
    ["Ce message n'a pas été envoyé.", 'outlook-not-sent', 'unknown'],
  ])('%s', (text, notice, cause) => {
    expect(classifySendFailure(text)).toMatchObject({ notice, cause });
  });

  it('classifies the Outbox labels the adapters report when told the app, and never an empty Outbox', () => {
    expect(classifySendFailure('Outbox 2', 'gmail')).toEqual({ notice: 'gmail-outbox', cause: 'offline-queued', phrase: 'Outbox' });
    expect(classifySendFailure('Postausgang 1', 'outlook')).toMatchObject({ notice: 'outlook-outbox', phrase: 'Postausgang' });
    expect(classifySendFailure('Outbox 2')).toBeNull();
    expect(classifySendFailure('Outbox', 'outlook')).toBeNull();
  });

  it('reports the phrase that matched, as written in the table', () => {
    expect(classifySendFailure("THIS MESSAGE WASN'T SENT.")?.phrase).toBe("This message wasn't sent");
  });

  it.each(['Message sent.', 'Message sent. Undo View message', 'Conversation archived.', 'Saved to Drafts', '', 'The request was queued for review by IT'])(
    'ignores ordinary notices: %s', (text) => {
      expect(classifySendFailure(text)).toBeNull();
    });

  it('every phrase in the table classifies as its own notice', () => {
    for (const entry of SEND_FAILURE_PHRASES) {
      const match = classifySendFailure(entry.text);
      expect(match?.notice, entry.text).toBe(entry.notice);
    }
  });
});

describe('outboxCount', () => {
  it.each([
    ['Outbox 2', 2], ['Outbox (3)', 3], ['Outbox 1 item', 1], ['Postausgang 4', 4], ["Boîte d'envoi 1", 1],
    ['Outbox', 0], ['Inbox 3 unread', null], ['Sent Items', null],
  ])('%s -> %s', (label, count) => {
    expect(outboxCount(label)).toBe(count);
  });
});
