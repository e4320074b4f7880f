import { css } from 'lit';

export const styles = css`
  .list {
    margin: 0;
    padding-inline-start: 2.5em;
  }

  .list li {
    margin-block-end: 0.4em;
  }

  .publisher {
    font-weight: 700;
  }

  .host {
    font-size: max(0.875em, 13px);
    overflow-wrap: anywhere;
  }
`;
