import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .entry {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }

  .entry:first-child {
    border-block-start: 0;
    padding-block-start: 0.25em;
  }

  .entry p {
    margin: 0 0 0.35em;
  }

  .kind {
    font-size: max(0.875em, 13px);
    font-weight: 700;
    color: var(--_accent);
  }

  .said q {
    font-style: italic;
  }

  .empty {
    margin: 0;
    font-style: italic;
  }
`;
