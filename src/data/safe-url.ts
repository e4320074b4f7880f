/**
 * Returns the URL when it is absolute http(s), otherwise `undefined`. Lit
 * escapes text but not the scheme of an `href`, so every link from data goes
 * through here: `javascript:`, `data:` and relative addresses never render.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
