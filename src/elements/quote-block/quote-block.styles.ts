import { css } from 'lit';

export const styles = css`
  figure {
    margin: 0;
  }

  /*
   * A pull quote: the words large, the opening mark hung in the margin in the
   * accent colour, the speaker under them in the text's own size.
   */
  blockquote {
    margin: 0 0 var(--_space);
    padding: 0;
    font-size: 1.3em;
    font-weight: 600;
    line-height: 1.3;
  }

  /* A long quote keeps the pull-quote's size step but reads as text. */
  blockquote.long {
    font-size: 1.15em;
    font-weight: normal;
    line-height: 1.4;
  }

  /* The opening mark hangs, inside the widget's own edge. */
  blockquote p {
    margin: 0;
    padding-inline-start: 0.45em;
    text-indent: -0.45em;
  }

  blockquote p::before {
    content: open-quote;
    color: var(--_accent);
  }

  blockquote p::after {
    content: close-quote;
    color: var(--_accent);
  }

  :lang(fr) blockquote p {
    padding-inline-start: 0.9em;
    text-indent: -0.9em;
  }

  :lang(zh-Hans) blockquote p {
    padding-inline-start: 0;
    text-indent: 0;
  }

  .original {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
    margin-block-end: 0.75em;
  }

  .original p.small {
    margin: 0 0 0.25em;
  }

  .original blockquote {
    font-size: 1em;
    font-weight: normal;
    line-height: 1.5;
    margin: 0;
  }

  /* Chinese characters need more room between lines than Latin text. */
  blockquote:lang(zh-Hans) {
    line-height: 1.6;
  }

  .original blockquote p {
    padding-inline-start: 0;
    text-indent: 0;
  }

  figcaption p {
    margin: 0 0 0.25em;
  }

  .speaker {
    font-weight: 700;
  }
`;
