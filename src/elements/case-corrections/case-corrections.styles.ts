import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .entry {
    padding-block: 0.6em;
    border-block-start: 1px solid var(--_border);
  }

  .entry:first-child {
    border-block-start: 0;
    padding-block-start: 0.2em;
  }

  .entry p {
    margin: 0 0 0.25em;
  }

  .kind {
    font-weight: 700;
    color: var(--_accent);
  }

  .kind::after {
    content: ' · ';
    font-weight: normal;
  }

  .said {
    font-size: max(0.875em, 13px);
  }

  .report {
    margin-block: -0.2em 0.6em;
  }

  .empty {
    margin: 0;
    font-style: italic;
  }
`;
