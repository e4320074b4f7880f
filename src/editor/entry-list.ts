import { html, nothing, type TemplateResult } from 'lit';
import { entryLabel } from './forms/choices.js';

/** Entries listed at once; the filter box finds the others. */
export const SHOWN_ENTRIES = 50;

/**
 * A section's entries as buttons, the first {@link SHOWN_ENTRIES} that match
 * the filter, so a 2,000-event story renders 50 rows, not 2,000.
 */
export function entryList(
  noun: string,
  entries: readonly Record<string, unknown>[],
  selected: number,
  filter: string,
  flagged: ReadonlySet<number>,
): TemplateResult {
  const wanted = filter.trim().toLowerCase();
  const matches: number[] = [];
  for (let i = 0; i < entries.length && matches.length <= SHOWN_ENTRIES; i++) {
    const entry = entries[i] as Record<string, unknown>;
    if (wanted === '' || entryLabel(entry).toLowerCase().includes(wanted) || String(entry.id).includes(wanted))
      matches.push(i);
  }
  const shown = matches.slice(0, SHOWN_ENTRIES);
  if (selected >= 0 && selected < entries.length && !shown.includes(selected)) shown.unshift(selected);
  return html`<div class="entry-list">
    ${
      entries.length > 10
        ? html`<label for="entry-filter">Find ${noun}</label>
            <input id="entry-filter" type="search" data-list-filter .value=${filter} />`
        : nothing
    }
    <ul>
      ${shown.map((i) => {
        const entry = entries[i] as Record<string, unknown>;
        return html`<li>
          <button type="button" data-action="select" data-index=${i} aria-current=${i === selected ? 'true' : 'false'}>
            ${entryLabel(entry)}${flagged.has(i) ? html` <span class="flag">(problems)</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>
    ${
      entries.length > shown.length
        ? html`<p class="hint">
            ${shown.length} of ${entries.length} shown${wanted ? ' that match' : ''}: filter to find the others.
          </p>`
        : nothing
    }
    <button type="button" data-action="new-entry">Add ${noun}</button>
  </div>`;
}
