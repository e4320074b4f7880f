import { css } from 'lit';

export const styles = css`
  .native-name {
    display: block;
    margin: -0.2em 0 0.4em;
  }

  .role {
    font-style: italic;
  }

  .facts {
    display: grid;
    gap: 0.25em 1em;
  }

  .facts div {
    display: grid;
    grid-template-columns: minmax(6.5em, max-content) 1fr;
    gap: 0 1em;
  }

  .facts dt {
    font-weight: 700;
  }

  .facts dd {
    margin: 0;
  }

  :host([variant='compact']) .status {
    display: block;
    margin-block-end: 0.5em;
  }

  @container (max-width: 24rem) {
    .facts div {
      grid-template-columns: 1fr;
    }
  }
`;
