/**
 * The form controls the editor builds its forms from. Each control carries
 * the JSON path of the value it edits (`data-path`), written as the
 * validator writes paths, so an error finds its field by comparing strings;
 * the editor listens to all of them in one place (see FieldEvents in
 * case-editor.ts) rather than binding a handler per control.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parsePartialDate, precisionOf } from '../data/partial-date.js';
import { LANGUAGES, type DatedText, type Language, type Localized, type Story } from '../data/types.js';
import { child } from '../data/validate/report.js';
import type { Problem } from './problems.js';

/** What a form reads while it renders. */
export interface FormContext {
  story: Story;
  /** Problems by the path of the field that shows them. */
  problems: ReadonlyMap<string, readonly Problem[]>;
  /** Filter text of each reference list, by its path. */
  filters: ReadonlyMap<string, string>;
  /** Every path a field was rendered for: problems elsewhere are listed at the top of the entry. */
  rendered: Set<string>;
}

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', 'zh-Hans': 'Chinese' };

/** Options of a reference list shown at once; a filter box finds the others. */
export const SHOWN_OPTIONS = 50;

/** An element id for a path: `events[3].title["zh-Hans"]` → `f-events-3-title-zh-Hans`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

interface Described {
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
  messages: TemplateResult | typeof nothing;
}

/** The problems shown under a field, and the ARIA that ties them to it. */
function described(ctx: FormContext, path: string, hintId?: string): Described {
  ctx.rendered.add(path);
  const problems = ctx.problems.get(path) ?? [];
  const id = `${fieldId(path)}-problems`;
  const ids = [hintId, problems.length > 0 ? id : undefined].filter(Boolean).join(' ');
  return {
    describedBy: ids || nothing,
    invalid: problems.some((problem) => problem.severity === 'error') ? 'true' : 'false',
    messages:
      problems.length > 0
        ? html`<ul class="problems" id=${id}>
            ${problems.map(
              (problem) =>
                html`<li class=${problem.severity}>
                  ${problem.severity === 'error' ? 'Error' : 'Warning'}: ${problem.message}
                </li>`,
            )}
          </ul>`
        : nothing,
  };
}

export interface TextOptions {
  optional?: boolean;
  multiline?: boolean;
  type?: 'text' | 'url';
  hint?: string;
  lang?: string;
}

export function textField(
  ctx: FormContext,
  path: string,
  label: string,
  value: unknown,
  options: TextOptions = {},
): TemplateResult {
  const id = fieldId(path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const d = described(ctx, path, hintId);
  const text = typeof value === 'string' ? value : '';
  const control = options.multiline
    ? html`<textarea
        id=${id}
        rows="3"
        data-path=${path}
        data-type="text"
        ?data-optional=${options.optional}
        lang=${ifDefined(options.lang)}
        aria-describedby=${d.describedBy}
        aria-invalid=${d.invalid}
        .value=${text}
      ></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? 'text'}
        data-path=${path}
        data-type="text"
        ?data-optional=${options.optional}
        lang=${ifDefined(options.lang)}
        aria-describedby=${d.describedBy}
        aria-invalid=${d.invalid}
        .value=${text}
      />`;
  return html`<div class="field">
    <label for=${id}>${label}${options.optional ? html` <span class="optional">(optional)</span>` : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${ifDefined(hintId)}>${options.hint}</p>` : nothing} ${control}
    ${d.messages}
  </div>`;
}

/** A partial date, with the precision it is read at. */
export function dateField(
  ctx: FormContext,
  path: string,
  label: string,
  value: unknown,
  optional = false,
): TemplateResult {
  const date = typeof value === 'string' && value !== '' ? parsePartialDate(value) : undefined;
  const precision = date ? `read as a ${precisionOf(date)}` : 'YYYY, YYYY-MM or YYYY-MM-DD';
  return textField(ctx, path, label, value, { optional, hint: precision });
}

/** One text in the three languages side by side, each missing translation marked. */
export function localizedField(
  ctx: FormContext,
  path: string,
  label: string,
  value: Localized | undefined,
  options: { optional?: boolean; multiline?: boolean } = {},
): TemplateResult {
  const d = described(ctx, path);
  const hasEnglish = (value?.en ?? '') !== '';
  return html`<fieldset class="localized" data-path=${path} aria-describedby=${d.describedBy}>
    <legend>${label}${options.optional ? html` <span class="optional">(optional)</span>` : nothing}</legend>
    <div class="languages">
      ${LANGUAGES.map((lang) => {
        const langPath = child(path, lang);
        const id = fieldId(langPath);
        const ld = described(ctx, langPath);
        const text = value?.[lang] ?? '';
        const missing = lang !== 'en' && hasEnglish && text === '';
        const control = options.multiline
          ? html`<textarea
              id=${id}
              rows="3"
              lang=${lang}
              data-path=${langPath}
              data-owner=${path}
              data-lang=${lang}
              ?data-optional=${options.optional}
              aria-describedby=${ld.describedBy}
              aria-invalid=${ld.invalid}
              .value=${text}
            ></textarea>`
          : html`<input
              id=${id}
              lang=${lang}
              data-path=${langPath}
              data-owner=${path}
              data-lang=${lang}
              ?data-optional=${options.optional}
              aria-describedby=${ld.describedBy}
              aria-invalid=${ld.invalid}
              .value=${text}
            />`;
        return html`<div class="language ${missing ? 'missing' : ''}">
          <label for=${id}
            >${LANGUAGE_NAMES[lang]}${missing ? html` <span class="missing-badge">missing translation</span>` : nothing}</label
          >
          ${control} ${ld.messages}
        </div>`;
      })}
    </div>
    ${d.messages}
  </fieldset>`;
}

/**
 * A text that may change over time. One text is edited as one; dated
 * versions are edited each with its day (adding or removing versions is not
 * part of the editor yet).
 */
export function datedTextField(
  ctx: FormContext,
  path: string,
  label: string,
  value: DatedText | undefined,
  options: { multiline?: boolean } = {},
): TemplateResult {
  if (!Array.isArray(value)) return localizedField(ctx, path, label, value as Localized | undefined, options);
  ctx.rendered.add(path);
  return html`${value.map(
    (version, i) =>
      html`<div class="version">
        ${dateField(ctx, child(child(path, i), 'from'), `${label}, version ${i + 1}: true from`, version.from)}
        ${localizedField(ctx, child(child(path, i), 'text'), `${label}, version ${i + 1}`, version.text, options)}
      </div>`,
  )}`;
}

export function checkboxField(
  ctx: FormContext,
  path: string,
  label: string,
  checked: boolean,
  options: { optional?: boolean; type?: string; value?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const d = described(ctx, path);
  return html`<div class="field check">
    <input
      type="checkbox"
      id=${id}
      data-path=${path}
      data-type=${options.type ?? 'bool'}
      ?data-optional=${options.optional}
      data-value=${options.value ?? nothing}
      aria-describedby=${d.describedBy}
      .checked=${checked}
    />
    <label for=${id}>${label}</label>
    ${d.messages}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
}

export function selectField(
  ctx: FormContext,
  path: string,
  label: string,
  choices: readonly Choice[],
  value: string,
  options: { optional?: boolean; type?: string; placeholder?: string } = {},
): TemplateResult {
  const id = fieldId(path);
  const d = described(ctx, path);
  const known = choices.some((choice) => choice.value === value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-path=${path}
      data-type=${options.type ?? 'select'}
      ?data-optional=${options.optional}
      aria-describedby=${d.describedBy}
      aria-invalid=${d.invalid}
    >
      ${
        !known || options.optional
          ? html`<option value="" ?selected=${!known}>${options.placeholder ?? 'Choose…'}</option>`
          : nothing
      }
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
    ${d.messages}
  </div>`;
}

/**
 * References picked from a list, never typed: the ones chosen, then the
 * first {@link SHOWN_OPTIONS} others that match the filter box, so a list of
 * 2,000 events stays light.
 */
export function referenceField(
  ctx: FormContext,
  path: string,
  label: string,
  choices: readonly Choice[],
  selected: readonly string[],
): TemplateResult {
  const id = fieldId(path);
  const d = described(ctx, path);
  const filter = (ctx.filters.get(path) ?? '').trim().toLowerCase();
  const chosen = new Set(selected);
  const matching = choices.filter(
    (choice) => !chosen.has(choice.value) && (filter === '' || choice.label.toLowerCase().includes(filter)),
  );
  const shown = [
    ...selected.map(
      (value) => choices.find((choice) => choice.value === value) ?? { value, label: `${value} (not in the story)` },
    ),
    ...matching.slice(0, SHOWN_OPTIONS),
  ];
  const hidden = matching.length - Math.min(matching.length, SHOWN_OPTIONS);
  return html`<fieldset class="references" data-path=${path} aria-describedby=${d.describedBy}>
    <legend>${label}</legend>
    ${
      choices.length > 8
        ? html`<label class="filter" for=${`${id}-filter`}>Filter</label>
            <input type="search" id=${`${id}-filter`} data-filter=${path} .value=${ctx.filters.get(path) ?? ''} />`
        : nothing
    }
    ${choices.length === 0 ? html`<p class="hint">Nothing to choose yet.</p>` : nothing}
    <ul class="choices">
      ${shown.map((choice, i) => {
        const optionId = `${id}-${i}`;
        return html`<li>
          <input
            type="checkbox"
            id=${optionId}
            data-path=${path}
            data-type="ref"
            data-value=${choice.value}
            .checked=${chosen.has(choice.value)}
          /><label for=${optionId}>${choice.label}</label>
        </li>`;
      })}
    </ul>
    ${hidden > 0 ? html`<p class="hint">${hidden} more: type in the filter to find them.</p>` : nothing} ${d.messages}
  </fieldset>`;
}
