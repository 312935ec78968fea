import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExplanationSchema } from '../../lib/explain/types';

const TSX = path.resolve('node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(TSX, ['lib/cli/decode.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

const POSTFIX_BOUNCE = [
  'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '',
  '<gone@example.org>: host mail.example.org[192.0.2.7] said: 550 5.1.1',
  '    <gone@example.org>: Recipient address rejected: User unknown in local',
  '    recipient table (in reply to RCPT TO command)',
  '',
].join('\n');

describe('npm run decode', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bl-cli-'));
  const bounce = path.join(dir, 'bounce.eml');
  const normal = path.join(dir, 'hello.eml');
  writeFileSync(bounce, POSTFIX_BOUNCE);
  writeFileSync(normal, 'From: pat@example.com\nTo: sam@example.com\nSubject: lunch\n\nNoon?\n');

  it('prints one JSON line per failed recipient, with the explanation, and bounce:false for other mail', () => {
    const out = run(['--json', bounce, normal]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: bounce, message: 0, recipient: 'gone@example.org', action: 'failed', status: '5.1.1',
      replyCode: '550', reason: 'userunknown', hardBounce: true,
    });
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['diagnostic', 'format', 'explanation']));
    expect(ExplanationSchema.safeParse(lines[0].explanation).success).toBe(true);
    expect(lines[1]).toEqual({ file: normal, message: 0, bounce: false });
  });

  it('reads pasted text from standard input', () => {
    const out = run(['--json', '-'], '452 4.2.2 The email account that you tried to reach is over quota.');
    const line = JSON.parse(out.stdout.trim());
    expect(line).toMatchObject({ file: '-', message: 0, status: '4.2.2', replyCode: '452', reason: 'mailboxfull' });
    expect(line.explanation.side).toBe('recipient');
  });

  it('reports an unreadable file on stderr, goes on with the rest, and exits non-zero', () => {
    const missing = path.join(dir, 'missing.eml');
    const out = run([missing, bounce]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`cannot read ${missing}`);
    expect(out.stdout).toContain('gone@example.org');
    expect(out.stdout).toContain('=> ');
  });
});
