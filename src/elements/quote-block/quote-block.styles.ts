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
    margin: 0;
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
