/**
 * Dataset text in one language may hold a few words in another, marked so a
 * widget can give them their own `lang` and screen readers read them in the
 * right voice: `{{zh-Hans|马前卒}}`, `{{en|hostage diplomacy}}`. The tag is a
 * BCP 47 language tag; the words hold no brace or bar. Outside such a span a
 * dataset string holds no brace at all, which the schema checks.
 *
 * Widgets never parse it as HTML: a span becomes a `<span lang>` whose text
 * Lit escapes like any other.
 */
const SPAN = /\{\{([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\|([^{}|]+)\}\}/g;

/** A piece of marked text: plain text in the string's own language, or words in another. */
export type Segment = string | { lang: string; text: string };

/** The text cut into plain pieces and marked spans, in order. */
export function segments(text: string): Segment[] {
  const pieces: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(SPAN)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    // The pattern's two groups always match: a tag, then text.
    pieces.push({ lang: match[1] ?? '', text: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** The text without its markup, as a reader sees it: for attributes and structured data. */
export function plainText(text: string): string {
  return text.includes('{{') ? text.replace(SPAN, '$2') : text;
}
