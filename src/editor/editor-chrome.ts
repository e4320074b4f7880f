/**
 * The editor's frame around the form: the draft toolbar, the parts of the
 * story, the preview's switches and the Problems list. Pure templates; the
 * editor listens on the elements around them (`data-action`).
 */
import { html, type TemplateResult } from 'lit';
import type { PreviewSettings } from './preview.js';
import type { Problem } from './problems.js';

/** Problems listed at once in the Problems list. */
const SHOWN_PROBLEMS = 50;

export function draftToolbar(draftName: string, draftNames: readonly string[], saveStatus: string): TemplateResult {
  return html`<div class="toolbar" role="toolbar" aria-label="Draft">
    <label for="draft-choice">Draft</label>
    <select id="draft-choice" data-action="draft">
      ${[...new Set([draftName, ...draftNames])].map(
        (name) => html`<option value=${name} ?selected=${name === draftName}>${name}</option>`,
      )}
    </select>
    <label for="new-draft-name">New draft named</label>
    <input id="new-draft-name" type="text" />
    <button type="button" data-action="new-draft">Start it</button>
    <button type="button" data-action="delete-draft">Delete this draft</button>
    <button type="button" data-action="undo" aria-keyshortcuts="Control+Z Meta+Z">Undo</button>
    <button type="button" data-action="redo" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">Redo</button>
    <span class="status" role="status">${saveStatus}</span>
  </div>`;
}

export function partsNav(
  panels: readonly { panel: string; label: string; count?: number }[],
  current: string,
): TemplateResult {
  return html`<nav aria-label="Parts of the story">
    <ul>
      ${panels.map(
        ({ panel, label, count }) =>
          html`<li>
            <button
              type="button"
              data-action="panel"
              data-panel=${panel}
              aria-current=${panel === current ? 'page' : 'false'}
            >
              ${label}${count === undefined ? '' : ` (${count})`}
            </button>
          </li>`,
      )}
    </ul>
  </nav>`;
}

export function previewSettings(settings: PreviewSettings): TemplateResult {
  return html`<div class="preview-settings">
    <label for="preview-lang">Language</label>
    <select id="preview-lang" name="lang" data-action="preview">
      <option value="en">English</option>
      <option value="fr">French</option>
      <option value="zh-Hans">Chinese</option>
    </select>
    <label for="preview-as-of">As of</label>
    <input id="preview-as-of" name="asOf" type="date" data-action="preview" .value=${settings.asOf} />
    <label for="preview-theme">Theme</label>
    <select id="preview-theme" name="theme" data-action="preview">
      <option value="auto">Page colours</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </select>
    <input
      id="preview-corrections"
      name="corrections"
      type="checkbox"
      data-action="preview"
      .checked=${settings.corrections}
    />
    <label for="preview-corrections">Corrections</label>
  </div>`;
}

export function problemList(problems: readonly Problem[], validating: boolean): TemplateResult {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return html`<section class="problem-list" aria-labelledby="problems-heading">
    <h2 id="problems-heading">
      Problems: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings}
      ${warnings === 1 ? 'warning' : 'warnings'}${validating ? ' (checking…)' : ''}
    </h2>
    <ul>
      ${problems.slice(0, SHOWN_PROBLEMS).map(
        (problem) =>
          html`<li class=${problem.severity}>
            <button type="button" data-action="goto" data-path=${problem.path}>
              ${problem.severity === 'error' ? 'Error' : 'Warning'}: <code>${problem.path || 'story'}</code>
              ${problem.message}
            </button>
          </li>`,
      )}
    </ul>
    ${problems.length > SHOWN_PROBLEMS ? html`<p class="hint">The first ${SHOWN_PROBLEMS} are listed.</p>` : ''}
  </section>`;
}
