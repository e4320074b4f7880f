import { html, nothing, type TemplateResult } from 'lit';
import type { ImportProblem } from './open-story.js';
import { SHEET_COLUMNS, SHEET_KINDS, type SheetKind } from './spreadsheet.js';

export interface OpenPanelState {
  exampleSrc: string;
  sheetKind: SheetKind;
  problems: readonly ImportProblem[];
  message: string;
}

/** Where a story comes from: blank, bundled, the demo, a JSON file or paste, or spreadsheet rows. */
export function openPanel(state: OpenPanelState): TemplateResult {
  return html`
    <div class="open-choices">
      <button type="button" data-action="open-blank">New blank story</button>
      <button type="button" data-action="open-bundled">Open the bundled story</button>
      ${
        state.exampleSrc
          ? html`<button type="button" data-action="open-example">Open the fictional demo story</button>`
          : nothing
      }
    </div>
    <div class="drop-zone" data-drop>
      <label for="open-file">Open a story (.json) or a sheet (.csv, .tsv) — or drop the file here</label>
      <input
        id="open-file"
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        data-action="open-file"
      />
    </div>
    <div class="field">
      <label for="paste-json">Paste a story as JSON</label>
      <textarea id="paste-json" rows="4" spellcheck="false"></textarea>
      <button type="button" data-action="open-pasted">Open the pasted JSON</button>
    </div>
    <fieldset class="group">
      <legend>Add rows from a spreadsheet</legend>
      <p class="hint" id="sheet-hint">
        One sheet per kind, first row the column names; paste rows copied from Google Sheets or Excel, or choose a CSV
        file above. Lists in a cell are separated by “;”; people by their English name, sources by their address.
      </p>
      <div class="field">
        <label for="sheet-kind">The rows are</label>
        <select id="sheet-kind" data-action="sheet-kind">
          ${SHEET_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === state.sheetKind}>${kind}</option>`)}
        </select>
      </div>
      <p class="hint">Columns: <code>${SHEET_COLUMNS[state.sheetKind].columns.join(', ')}</code></p>
      <div class="field">
        <label for="paste-sheet">Rows</label>
        <textarea id="paste-sheet" rows="4" spellcheck="false" aria-describedby="sheet-hint"></textarea>
      </div>
      <button type="button" data-action="open-sheet">Add the rows</button>
      <button type="button" data-action="download-template">
        Download the blank ${state.sheetKind} template (CSV)
      </button>
    </fieldset>
    <div role="status" class="import-result">
      ${state.message ? html`<p>${state.message}</p>` : nothing}
      ${
        state.problems.length > 0
          ? html`<p>Nothing was imported:</p>
              <ul class="problems">
                ${state.problems.slice(0, 20).map((problem) => html`<li class="error">${problem.where}: ${problem.message}</li>`)}
                ${state.problems.length > 20 ? html`<li>and ${state.problems.length - 20} more</li>` : nothing}
              </ul>`
          : nothing
      }
    </div>
  `;
}
