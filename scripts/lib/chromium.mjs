// The browser the tests and the measurements launch: Debian's Chromium where it exists (browsers
// cannot be downloaded on these machines), otherwise Playwright's own (PW_BUNDLED_BROWSER=1 asks
// for it). One place for the path and the flags.
import { existsSync } from 'node:fs';

export const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (no user namespaces in these containers), no GPU, nothing fetched in the background. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's launch options: Debian's Chromium with the flags, or {} for Playwright's own browser. */
export const chromiumLaunchOptions = () =>
  existsSync(systemChromium) && !process.env.PW_BUNDLED_BROWSER
    ? { executablePath: systemChromium, args: chromiumFlags }
    : {};
