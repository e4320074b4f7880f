/**
 * dist/cdn/frame.js: the parent-side helper for Casefile iframe embeds. It
 * sizes Casefile's iframes on the page, and only those, to their widgets:
 *
 * - an iframe is Casefile's when its `src` is the embed page shipped beside
 *   this script (`../embed.html` from `cdn/frame.js`, any query string), or
 *   when it carries a `data-casefile` attribute (an embed page served from
 *   another address);
 * - a message counts only if it is exactly `{type: "casefile:resize", height}`
 *   and comes from that iframe's own window (`event.source`) and origin;
 * - the height is clamped to MIN_HEIGHT…MAX_HEIGHT (0–20,000 px);
 * - it sets the iframe's `height` and `border: 0`, and no other style.
 *
 * Any other iframe on the page, posting the same message, is left alone.
 */
import { clampHeight, isResizeMessage } from './resize-protocol.js';

/** The embed page this helper ships with, without its query string or fragment. */
const EMBED_PAGE = new URL('../embed.html', import.meta.url).href;

function pageOf(url: string): string | undefined {
  try {
    const parsed = new URL(url, location.href);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

const embedPage = pageOf(EMBED_PAGE);

function isCasefileFrame(frame: HTMLIFrameElement): boolean {
  return frame.hasAttribute('data-casefile') || (frame.src !== '' && pageOf(frame.src) === embedPage);
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return isCasefileFrame(frame) ? frame : undefined;
  }
  return undefined;
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!isResizeMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  let expected: string;
  try {
    expected = new URL(frame.src, location.href).origin;
  } catch {
    return;
  }
  if (event.origin !== expected) return;
  frame.style.height = `${clampHeight(event.data.height)}px`;
  frame.style.border = '0';
});
