import { css } from 'lit';

export const styles = css`
  .columns {
    display: grid;
    grid-template-columns: 1fr;
    gap: 1.25em;
  }

  @container (min-width: 34rem) {
    .columns {
      grid-template-columns: 1fr 1fr;
    }
  }

  .side {
    display: flex;
    flex-direction: column;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }

  .party {
    font-size: 1em;
  }

  .side .sources {
    margin-block-start: auto;
  }

  .quotes {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }

  figure {
    margin: 0 0 0.75em;
  }

  blockquote {
    margin: 0 0 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
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
`;
