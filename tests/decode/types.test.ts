import { describe, expect, it } from 'vitest';
import { RecipientFactSchema, REASONS } from '../../lib/decode/types';

describe('decode types', () => {
  it('rejects an invented status shape', () => {
    const base = { recipient: 'a@b.c', action: 'failed', status: '5.1.1', replyCode: '550', diagnostic: '', remoteHost: null, smtpCommand: null, reason: 'userunknown', hardBounce: true };
    expect(RecipientFactSchema.safeParse(base).success).toBe(true);
    expect(RecipientFactSchema.safeParse({ ...base, status: '5.9' }).success).toBe(false);
    expect(REASONS).toContain('suppressed');
  });
});
