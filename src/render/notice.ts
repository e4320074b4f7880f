import { css, html, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

/**
 * The notice's own layout. The widgets' stylesheets belong to their elements;
 * this one is adopted by a shadow root the first time a notice renders in it,
 * as a constructable stylesheet, which a strict `style-src` allows.
 */
const noticeStyles = css`
  .notice > .notice-line {
    margin: 0;
  }
  .notice details {
    margin: 0.25em 0 0;
  }
  /* At least 24 by 24 CSS pixels, to tap as well as to click. */
  .notice summary {
    display: list-item;
    inline-size: fit-content;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: 0.15em;
    padding-inline-end: 0.25em;
    cursor: pointer;
  }
  .notice summary:focus-visible {
    outline: 2px solid var(--_accent, currentColor);
    outline-offset: 2px;
  }
  .notice details > :not(summary) {
    margin: 0.25em 0 0;
  }
`;

/** Adds the notice's stylesheet to a widget's shadow root, once. */
function adoptNoticeStyles(root: Node | undefined): void {
  // On the server (the fallback HTML) there is no shadow root to style.
  if (typeof ShadowRoot === 'undefined' || !(root instanceof ShadowRoot)) return;
  const sheet = noticeStyles.styleSheet;
  if (!sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * What a widget shows instead of its content when it cannot render, in its
 * render root: one plain sentence for readers in their language, and for
 * editors the precise reason (attribute, value, valid ids) in a closed
 * "Details" disclosure.
 */
export function renderNoticeBox(
  root: Node | undefined,
  strings: UiStrings,
  lang: string,
  details: unknown,
): TemplateResult {
  adoptNoticeStyles(root);
  return html`<div class="notice" part="notice" role="note" lang=${lang}>
    <p class="notice-line">${strings.noticeForReaders}</p>
    <details>
      <summary>${strings.noticeDetails}</summary>
      ${details}
    </details>
  </div>`;
}
