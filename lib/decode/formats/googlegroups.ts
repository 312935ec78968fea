import type { FormatModule } from './types';
import { bounceBody, factsFromText } from './text-blocks';

/**
 * Google Groups refusals ("the group may not exist, or you may not have permission to post"),
 * sent in the poster's language; the only language-independent marks are the help link and the group address.
 */
function isGroupsNotice(text: string): boolean {
  const low = bounceBody(text).toLowerCase();
  return low.includes('groups.google.com') && (low.includes('googlegroups.com') || low.includes('/support'));
}

export const googleGroups: FormatModule = {
  id: 'googlegroups',
  detect: (msg) => !msg.deliveryStatus && isGroupsNotice(msg.text),
  parse(msg) {
    const facts = factsFromText(msg).map((f) => ({ ...f, reason: 'rejected' as const }));
    return facts.length ? { facts } : null;
  },
};
