import { runWebmailOverlay } from '@/components/webmail-overlay/run';
import '@/components/card/card.css';

export default defineContentScript({
  matches: [
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  // Outlook's pop-out reading window is an about:blank frame of the same origin.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => runWebmailOverlay(ctx, 'outlook'),
});
