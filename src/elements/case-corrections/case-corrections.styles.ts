import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .entry {
    padding-block: 0.4em;
    border-block-start: 1px solid var(--_border);
  }

  .entry:first-child {
    border-block-start: 0;
  }

  .entry p {
    margin: 0.4em 0 0;
  }

  .entry details[open] {
    padding-block-end: 0.35em;
  }

  .kind {
    font-weight: 700;
    color: var(--_accent);
  }

  .kind::after {
    content: ' · ';
    color: currentColor;
    font-weight: normal;
  }

  .said q {
    font-style: italic;
  }

  .empty {
    margin: 0;
    font-style: italic;
  }
`;
