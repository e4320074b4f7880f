import { css } from 'lit';

/**
 * What every widget shares: it takes the article's font and colour, resists
 * the typographic oddities a page can pass down by inheritance, and lays
 * itself out by its own width (it lives in a column of unknown size).
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    margin-block: var(--casefile-margin-block, 1.5em);
    font: inherit;
    color: inherit;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    overflow-wrap: break-word;
    --_accent: var(--casefile-accent, currentColor);
    --_border: var(--casefile-border-color, color-mix(in srgb, currentColor 28%, transparent));
    --_surface: var(--casefile-background, transparent);
    --_radius: var(--casefile-radius, 0.5rem);
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='light']) {
    color-scheme: light;
    color: var(--casefile-color, #1c1c1c);
    --_surface: var(--casefile-background, #ffffff);
    --_accent: var(--casefile-accent, #0b57a4);
  }

  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--casefile-color, #eceff1);
    --_surface: var(--casefile-background, #16191d);
    --_accent: var(--casefile-accent, #8ec5ff);
  }

  * {
    box-sizing: border-box;
  }

  .widget {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.35em;
  }

  p,
  ul,
  ol,
  dl,
  figure,
  blockquote {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .small {
    font-size: 0.875em;
  }

  .notice {
    margin: 0;
    padding: 0.6em 0.8em;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  .sources {
    font-size: 0.8125em;
    margin: 0.75em 0 0;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }

  .sources p {
    font-weight: 700;
    margin: 0 0 0.25em;
  }

  .sources ol {
    margin: 0;
    padding-inline-start: 2.25em;
  }

  /* French sets its guillemets apart with a narrow no-break space. */
  :lang(fr) {
    quotes: '«\\202F' '\\202F»' '“' '”';
  }

  .correction {
    font-size: 0.875em;
    margin: 0.5em 0;
  }

  .correction summary {
    cursor: pointer;
    font-weight: normal;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }

  .correction p {
    margin: 0.25em 0 0;
  }
`;
