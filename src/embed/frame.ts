/**
 * dist/cdn/frame.js: the parent-side helper for Casefile iframe embeds. It
 * sizes every Casefile iframe on the page to its widget, accepting a message
 * only from that iframe's own window and origin.
 */
import { isResizeMessage } from './resize-protocol.js';

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return frame;
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
  frame.style.height = `${event.data.height}px`;
  frame.style.border = '0';
});
