import { describe, expect, it } from 'vitest';
import { findEmailAddress, findEmailAddresses } from '../../lib/text/email-address';

describe('findEmailAddress', () => {
  it('finds addresses in prose, brackets and mailto-like text', () => {
    expect(findEmailAddress('Your message to <nora.l@example.org>: no such user')?.address).toBe('nora.l@example.org');
    expect(findEmailAddress('Priya Shah<priya.shah@mail.example.co.uk>')?.address).toBe('priya.shah@mail.example.co.uk');
    expect(findEmailAddress('end of sentence a.b@example.com.')?.address).toBe('a.b@example.com');
    expect(findEmailAddresses('a@example.com, b@example.net; c@x').map((f) => f.address)).toEqual(['a@example.com', 'b@example.net']);
  });
  it('ignores things that are not addresses', () => {
    expect(findEmailAddress('no at sign here')).toBeNull();
    expect(findEmailAddress('user@localhost and @handle')).toBeNull();
    expect(findEmailAddress('version 1.2@3.4')).toBeNull();
  });
  it('stays fast on hostile input', () => {
    const hostile = 'A.'.repeat(200_000) + '@' + '.-'.repeat(200_000);
    const t = performance.now();
    findEmailAddresses(hostile + '@'.repeat(100_000));
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
