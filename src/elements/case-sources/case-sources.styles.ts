import { css } from 'lit';

export const styles = css`
  .list {
    margin: 0;
    padding-inline-start: 2.5em;
    font-size: 0.9375em;
  }

  .list li {
    margin-block-end: 0.4em;
  }

  .publisher {
    font-weight: 700;
  }

  .host {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;
