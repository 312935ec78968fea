import type { FormatModule } from './types';
import type { BounceMessage } from '../message';
import { factsFromText, lowerBounceBody } from './text-blocks';

/**
 * Google Groups refusals ("the group may not exist, or you may not have permission to post"),
 * sent in the poster's language; the only language-independent marks are the help link and the group address.
 */
function isGroupsNotice(msg: BounceMessage): boolean {
  const low = lowerBounceBody(msg);
  return low.includes('groups.google.com') && (low.includes('googlegroups.com') || low.includes('/support'));
}

export const googleGroups: FormatModule = {
  id: 'googlegroups',
  detect: (msg) => !msg.deliveryStatus && isGroupsNotice(msg),
  parse(msg) {
    const facts = factsFromText(msg).map((f) => ({ ...f, reason: 'rejected' as const }));
    return facts.length ? { facts } : null;
  },
};
