import { html, nothing, type TemplateResult } from 'lit';
import type { Story } from '../data/types.js';
import { embedSnippet, inlineBlock, widgetSnippets } from './publish.js';

export interface PublishPanelState {
  story: Story;
  errors: number;
  validating: boolean;
  snippet: number;
  message: string;
}

/** Download the story, copy an inline `<case-data>` block, copy a widget's embed snippet. */
export function publishPanel(state: PublishPanelState): TemplateResult {
  const snippets = widgetSnippets(state.story);
  const chosen = snippets[state.snippet] ?? snippets[0];
  const blocked =
    state.errors > 0
      ? `Not yet: the story has ${state.errors} ${state.errors === 1 ? 'error' : 'errors'} (see Problems).`
      : state.validating
        ? 'Checking the story…'
        : '';
  return html`
    <div class="field">
      <button
        type="button"
        data-action="download-json"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby="publish-why"
      >
        Download the story (JSON)
      </button>
      <button
        type="button"
        data-action="copy-inline"
        aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby="publish-why"
      >
        Copy the &lt;case-data&gt; block
      </button>
      <p id="publish-why" class="hint">${blocked || 'The story is valid: ready to publish.'}</p>
    </div>
    <div class="field">
      <label for="inline-block">The story as an inline &lt;case-data&gt; block</label>
      <textarea
        id="inline-block"
        rows="4"
        readonly
        spellcheck="false"
        .value=${blocked ? '' : inlineBlock(state.story, ['<case-summary></case-summary>'])}
      ></textarea>
    </div>
    <div class="field">
      <label for="snippet-choice">Embed a widget</label>
      <select id="snippet-choice" data-action="snippet">
        ${snippets.map((snippet, i) => html`<option value=${i} ?selected=${snippet === chosen}>${snippet.label}</option>`)}
      </select>
      <label for="snippet-code">Its code, with the story as a file beside the page</label>
      <textarea
        id="snippet-code"
        rows="5"
        readonly
        spellcheck="false"
        .value=${chosen ? embedSnippet(state.story, chosen.markup) : ''}
      ></textarea>
      <button type="button" data-action="copy-snippet">Copy the widget’s code</button>
    </div>
    <p role="status">${state.message || nothing}</p>
  `;
}
