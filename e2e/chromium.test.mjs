import { launchChromium } from './harness.mjs';
import { defineBrowserSuite } from './scenarios.mjs';

defineBrowserSuite(launchChromium);
