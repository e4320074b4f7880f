import { css } from 'lit';

export const styles = css`
  .as-of {
    margin-block-end: 0.35em;
  }

  .headline {
    font-size: 1.25em;
  }

  .columns {
    display: grid;
    gap: 0 1.5em;
  }

  .people-heading,
  .dates-heading {
    font-size: 1em;
    margin-block-end: 0.25em;
  }

  /* Lists of short entries: a touch tighter than running text. */
  .people,
  .dates {
    list-style: none;
    padding: 0;
    line-height: 1.4;
  }

  .people li,
  .dates li {
    margin-block-end: 0.25em;
  }

  .dates time {
    font-weight: 700;
  }

  @container (min-width: 48rem) {
    .columns {
      grid-template-columns: 1fr 1fr;
    }
  }
`;
