#!/usr/bin/env node
// Screenshot a page with headless Chromium, with no dependency beyond the
// browser itself: `node scripts/screenshot.mjs <url> <out.png> [width] [height]`.
//
// Chromium's --screenshot captures the window, not the whole page, so the
// window is made tall (4000 px unless a height is given); the page's own
// background fills whatever is left below its content.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const USAGE = 'usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [height=4000]';

function positiveInteger(value, fallback, name) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`${name} must be a positive whole number of pixels, not "${value}".\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

const [url, out, widthArg, heightArg] = process.argv.slice(2);
if (!url || !out) {
  console.error(USAGE);
  process.exit(2);
}
const width = positiveInteger(widthArg, 1280, 'width');
const height = positiveInteger(heightArg, 4000, 'height');
const outPath = resolve(out);
mkdirSync(dirname(outPath), { recursive: true });
// An old file must not pass for a new screenshot.
rmSync(outPath, { force: true });

// A profile of its own, so a screenshot never collides with a browser the
// tests or another screenshot have open.
const profile = mkdtempSync(join(tmpdir(), 'casefile-shot-'));
const args = [
  ...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--headless')),
  '--headless=new',
  `--user-data-dir=${profile}`,
  `--screenshot=${outPath}`,
  `--window-size=${width},${height}`,
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  // Lets the page's module scripts run and the widgets render before the shot.
  '--virtual-time-budget=3000',
  url,
];

const browser = spawn(findChromium(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
browser.stderr.on('data', (chunk) => (stderr += chunk));
const timer = setTimeout(() => browser.kill('SIGKILL'), 60_000);

browser.on('close', (code, signal) => {
  clearTimeout(timer);
  rmSync(profile, { recursive: true, force: true });
  let size = 0;
  try {
    size = statSync(outPath).size;
  } catch {
    // No file: reported below.
  }
  if (code !== 0 || size === 0) {
    console.error(`Chromium exited with ${signal ?? code} and wrote no screenshot.\n${stderr.trim()}`);
    process.exit(1);
  }
  console.log(`${outPath} (${width}×${height}, ${url})`);
});
