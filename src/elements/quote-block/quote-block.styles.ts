import { css } from 'lit';

export const styles = css`
  figure {
    margin: 0;
  }

  blockquote {
    margin: 0 0 0.75em;
    padding: 0;
    font-size: 1.125em;
    line-height: 1.45;
  }

  blockquote p {
    margin: 0;
  }

  blockquote p::before {
    content: open-quote;
  }

  blockquote p::after {
    content: close-quote;
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
    margin: 0;
  }

  figcaption p {
    margin: 0 0 0.25em;
  }

  .speaker {
    font-weight: 700;
  }
`;
