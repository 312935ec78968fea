import { launchFirefox } from './harness.mjs';
import { defineBrowserSuite } from './scenarios.mjs';

defineBrowserSuite(launchFirefox);
