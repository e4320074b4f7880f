import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    container-type: inline-size;
    --case-editor-accent: #0b5cad;
    --case-editor-error: #b3261e;
    --case-editor-warning: #7a5200;
    --case-editor-line: color-mix(in srgb, currentColor 25%, transparent);
  }
  h2 {
    font-size: 1.15em;
    margin: 0.5em 0;
  }
  h3 {
    font-size: 1.05em;
    margin: 0.25em 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    padding: 0.3em 0.7em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
  }
  button[aria-current='true'],
  button[aria-current='page'] {
    background: var(--case-editor-accent);
    border-color: var(--case-editor-accent);
    color: #fff;
  }
  :focus-visible {
    outline: 3px solid var(--case-editor-accent);
    outline-offset: 2px;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: 0.3em 0.4em;
    border: 1px solid #767676;
    border-radius: 0.25em;
    background: Field;
    color: FieldText;
  }
  [aria-invalid='true'] {
    border-color: var(--case-editor-error);
    box-shadow: 0 0 0 1px var(--case-editor-error);
  }
  .toolbar,
  .preview-settings,
  .open-choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.6em;
    align-items: center;
  }
  .toolbar input,
  .toolbar select,
  .preview-settings input:not([type='checkbox']),
  .preview-settings select {
    width: auto;
  }
  .status {
    font-size: 0.875em;
  }
  nav ul,
  .entry-list ul,
  .choices,
  .problem-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0.75em 0;
  }
  .columns {
    display: grid;
    gap: 1.25em;
  }
  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .master-detail {
    display: grid;
    gap: 1em;
  }
  @container (min-width: 45rem) {
    .master-detail {
      grid-template-columns: 11em minmax(0, 1fr);
    }
  }
  .entry-list li {
    margin-block: 0.2em;
  }
  .entry-list li button {
    width: 100%;
    text-align: start;
    border-color: var(--case-editor-line);
  }
  .field {
    margin-block: 0.6em;
  }
  .field label {
    display: block;
    font-weight: 600;
  }
  .field.check {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .field.check label {
    font-weight: normal;
  }
  fieldset {
    margin: 0.6em 0;
    border: 1px solid var(--case-editor-line);
    border-radius: 0.3em;
  }
  legend {
    font-weight: 600;
  }
  .languages {
    display: grid;
    gap: 0.5em;
  }
  @container (min-width: 40rem) {
    .languages {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .language label {
    font-size: 0.875em;
  }
  .language.missing input,
  .language.missing textarea {
    border-style: dashed;
  }
  .missing-badge {
    color: var(--case-editor-warning);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
  }
  .row > * {
    flex: 1 1 9em;
  }
  .item {
    border-top: 1px solid var(--case-editor-line);
    padding-top: 0.4em;
  }
  .choices {
    max-height: 16em;
    overflow: auto;
  }
  .choices li {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .hint,
  .optional {
    font-size: 0.875em;
    font-weight: normal;
    margin: 0.1em 0;
  }
  .problems {
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
    font-size: 0.875em;
  }
  .error {
    color: var(--case-editor-error);
  }
  .warning {
    color: var(--case-editor-warning);
  }
  .flag {
    font-size: 0.8em;
  }
  .problem-list button {
    border: none;
    text-align: start;
    padding: 0.15em 0;
    color: inherit;
    text-decoration: underline;
  }
  .drop-zone {
    margin: 0.75em 0;
    padding: 0.75em;
    border: 2px dashed var(--case-editor-line);
    border-radius: 0.4em;
  }
  .preview-host {
    margin-top: 0.75em;
  }
  .preview-host case-data > * + * {
    margin-top: 1.5em;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --case-editor-accent: #7cb8ff;
      --case-editor-error: #ff8a80;
      --case-editor-warning: #ffd27a;
    }
    button[aria-current='true'],
    button[aria-current='page'] {
      color: #000;
    }
  }
`;
