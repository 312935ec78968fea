import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/popup/popup.css';
import '@/components/card/card.css';
import '@/components/size-check/size-check.css';

render(<PopupApp />, document.getElementById('app')!);
