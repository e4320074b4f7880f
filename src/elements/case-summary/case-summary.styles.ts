import { css } from 'lit';

export const styles = css`
  .as-of {
    margin-block-end: 0.35em;
  }

  .headline {
    font-size: 1.35em;
  }

  .columns {
    display: grid;
    gap: 0 1.5em;
  }

  .people,
  .dates {
    padding-inline-start: 1.25em;
  }

  .people li,
  .dates li {
    margin-block-end: 0.35em;
  }

  .sides {
    display: grid;
    gap: 0.5em;
  }

  .sides dt {
    font-weight: 700;
  }

  .sides dd {
    margin: 0;
  }

  @container (min-width: 48rem) {
    .columns {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
