import { describe, expect, it } from 'vitest';
import { ExplanationSchema } from '../../lib/explain/types';
import { explainSendFailure, SEND_FAILURE_CAUSES } from '../../lib/explain/send-failure';
import { classifySendFailure } from '../../lib/webmail/send-failure';
import { RecipientFactSchema } from '../../lib/decode/types';

describe('send-failure explanations', () => {
  it('has a valid explanation for every cause and app', () => {
    for (const cause of SEND_FAILURE_CAUSES) {
      for (const notice of ['gmail-not-sent', 'outlook-not-sent'] as const) {
        const out = explainSendFailure({ notice, cause, phrase: 'x' }, 'notice text');
        expect(ExplanationSchema.safeParse(out.explanation).success).toBe(true);
        expect(RecipientFactSchema.safeParse(out.fact).success).toBe(true);
        expect(out.explanation.rule).toBe(`send-failure.${cause}`);
      }
    }
  });

  it('explains a notice from its own words', () => {
    const match = classifySendFailure("This message wasn't sent. The attachment is too large.");
    expect(match).not.toBeNull();
    const out = explainSendFailure(match!, 'text');
    expect(out.explanation.title).toBe('Attachments are too large');
    expect(out.explanation.side).toBe('you');
    expect(out.explanation.steps.join(' ')).toContain('OneDrive');
  });

  it('names the service screens when the user set one', () => {
    const general = explainSendFailure({ notice: 'gmail-not-sent', cause: 'sending-limit', phrase: 'x' }, 't');
    const workspace = explainSendFailure({ notice: 'gmail-not-sent', cause: 'sending-limit', phrase: 'x' }, 't', 'google-workspace');
    expect(workspace.explanation.steps.at(-1)).toContain('Admin console');
    expect(general.explanation.steps.at(-1)).not.toContain('Admin console');
  });
});
