/** The characters written as \u escapes: those that let a string end a <script>, or that some parsers take as line ends. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON text that cannot end its <script> element (`</script>`) or put the
 * HTML parser into another state (`<!--`): every `<` (and `>`, `&`, U+2028,
 * U+2029) becomes a \u escape. In valid JSON these characters occur only
 * inside strings, never right after a backslash, so the escape means the same
 * character: the text parses to the same value, and keeps its layout.
 * Shared by `casefile inline` and the editor's "Copy <case-data> block".
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A `<case-data>` block carrying the story as inline JSON, with `widgets` (markup) after the script. */
export function inlineCaseData(json: string, widgets = ''): string {
  return `<case-data>\n  <script type="application/json">${escapeJsonForScript(json)}</script>\n${widgets}</case-data>\n`;
}
