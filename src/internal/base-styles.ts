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
    overflow-wrap: break-word;
    --_accent: var(--casefile-accent, currentColor);
    --_border: var(--casefile-border-color, color-mix(in srgb, currentColor 28%, transparent));
    --_surface: var(--casefile-background, transparent);
    --_radius: var(--casefile-radius, 0);
    --_padding: var(--casefile-padding, 0.75em 0 0);
    /* One rhythm: every block is followed by this much space. */
    --_space: 0.75em;
  }

  :host([hidden]) {
    display: none;
  }

  /* Its story could not be loaded and the page put nothing inside the tag: no gap in the article. */
  :host(:state(failed):empty) {
    margin-block: 0;
  }

  /* A theme paints a background, so the content needs room inside it. */
  :host([theme='light']),
  :host([theme='dark']) {
    --_padding: var(--casefile-padding, 1em 1.25em);
  }

  :host([theme='light']) {
    color-scheme: light;
    color: var(--casefile-color, #1c1c1c);
    --_surface: var(--casefile-background, #ffffff);
  }

  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--casefile-color, #eceff1);
    --_surface: var(--casefile-background, #16191d);
  }

  * {
    box-sizing: border-box;
  }

  /*
   * What a page passes down by inheritance (uppercase, letter-spacing,
   * justified text…) is reset on the widget's own root, not on :host: a
   * page's rule on every element (\`* { text-transform: uppercase }\`)
   * reaches the host itself, where the page's styles win over :host. So only
   * font and colour come in from the page.
   */
  [part~='base'],
  [part~='notice'] {
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
  }

  /*
   * In the article's flow by default: a rule above, no box. A newsroom that
   * wants the box sets --casefile-border (and --casefile-radius).
   */
  .widget {
    background: var(--_surface);
    border: var(--casefile-border, none);
    border-block-start: var(--casefile-rule, 2px solid var(--_accent));
    border-radius: var(--_radius);
    padding: var(--_padding);
  }

  .widget > :last-child {
    margin-block-end: 0;
  }

  /* One heading style for every widget: the article's font, bold, a step up. */
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 0.4em;
  }

  /* Headings inside a widget (a person's name in a list, a side's party) stay at body size. */
  .sub-heading {
    font-size: 1em;
  }

  p,
  ul,
  ol,
  dl,
  figure,
  blockquote {
    margin: 0 0 var(--_space);
  }

  /*
   * Secondary text: never under 0.875 of the widget's size, never under 13 px.
   * It is set once per block, never inside another small block, so sizes
   * never compound.
   */
  .small,
  .sources,
  .correction,
  .cites {
    font-size: max(0.875em, 13px);
  }

  .sources .small,
  .correction .sources,
  .correction .small {
    font-size: 1em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  summary:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .notice {
    margin: 0;
    padding: 0.6em 0.8em;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }

  /* Disclosures (sources, corrections): a plain, labelled control, closed by default. */
  summary {
    display: block;
    min-block-size: 24px;
    padding-block: 0.1em;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    display: inline-block;
    margin-inline: 0.1em 0.5em;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 0.12em 0.12em 0;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }

  details[open] > summary::before {
    transform: translateY(0.1em) rotate(-135deg);
  }

  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }

  .sources {
    margin: var(--_space) 0 0;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }

  .sources summary {
    font-weight: 700;
  }

  .sources ol {
    margin: 0.4em 0 0;
    padding-inline-start: 2.25em;
  }

  .sources li + li {
    margin-block-start: 0.25em;
  }

  /* Opened before the sources' details have arrived: an ellipsis until they do. */
  .sources ol[aria-busy='true']::before {
    content: '…';
  }

  /* Empty until the details could not be loaded; there from the start, so screen readers announce it. */
  .sources .unavailable:empty {
    margin: 0;
  }

  /* A quotation inside a quotation takes single marks. */
  q {
    quotes: '“' '”' '‘' '’';
  }

  /* French sets its guillemets apart with a narrow no-break space. */
  :lang(fr) {
    quotes: '«\\202F' '\\202F»' '“' '”';
  }

  /*
   * Source numbers are small targets: each takes at least 24 by 24 px of
   * pointer area, drawn around the number so the text keeps its spacing.
   */
  .cite {
    position: relative;
    padding-inline: 0.1em;
  }

  .cite::after {
    content: '';
    position: absolute;
    inset: 50% auto auto 50%;
    inline-size: max(100%, 24px);
    block-size: max(100%, 24px);
    transform: translate(-50%, -50%);
  }

  button {
    min-block-size: 24px;
  }

  .correction {
    margin: 0.5em 0;
  }

  .correction summary {
    font-weight: normal;
  }

  /* The label names the kind of note; the wording quoted follows in the text's own colour. */
  .correction .label {
    font-weight: 700;
    color: var(--_accent);
  }

  .correction[open] {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }

  .correction p {
    margin: 0.25em 0 0;
  }
`;
