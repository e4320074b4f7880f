// Finds a Chromium or Chrome for the browser tests, the benchmark and the
// screenshots: CHROME_PATH first, then the usual install paths. As root on
// Debian or Ubuntu with none found, it installs Debian's `chromium` package;
// anywhere else it says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  // Debian's /usr/bin/chromium is a shell wrapper; the binary skips its warning.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless runs on a machine with no route to Google's services. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = CANDIDATES.find((path) => existsSync(path));
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: "sudo apt-get install chromium"; ' +
      'macOS: Google Chrome from google.com/chrome) or set CHROME_PATH to its executable.',
  );
}
