import { runWebmailOverlay } from '@/components/webmail-overlay/run';
import '@/components/card/card.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => runWebmailOverlay(ctx, 'gmail'),
});
