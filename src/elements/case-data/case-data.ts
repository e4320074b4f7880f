import { provide } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { settingsContext, type StorySettings } from '../../context/settings-context.js';
import { storyContext } from '../../context/story-context.js';
import type { Story } from '../../data/types.js';
import { LanguageController } from '../../internal/controllers/language-controller.js';
import { stringsFor, untilLanguagePack } from '../../i18n/packs.js';
import { VERSION } from '../../internal/version.js';
import { CasefileErrorEvent, type DatasetError } from './casefile-error-event.js';
import { DEFAULT_TIMEOUT_SECONDS, forgetStory, loadStoryFrom, parseStory, type LoadResult } from './load-story.js';
import { keepsDefault } from '../../internal/keeps-default.js';
import { renderNoticeBox } from '../../render/notice.js';

/** What an empty provider reports once the page has loaded. */
const NO_STORY: LoadResult = {
  errors: [
    {
      path: '',
      message: 'there is no story: give it a src, or the story as a <script type="application/json"> child',
    },
  ],
};

/** Resolves once the document has loaded (at once if it has). */
function pageLoaded(doc: Document): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise(
    (resolve) => doc.defaultView?.addEventListener('load', () => resolve(), { once: true }) ?? resolve(),
  );
}

/** How many of a dataset's errors the notice lists; the console gets them all. */
const SHOWN_ERRORS = 5;

/**
 * Gives the widgets inside it another story: from `src` (a URL, fetched once
 * per page however many providers use it) or from an inline
 * `<script type="application/json">` child, validated against the story
 * schema. It can also set `as-of` (and, as any element, `lang`) for everything
 * inside. When the data cannot be used (the fetch fails or takes longer than
 * `timeout`, the JSON is malformed, too large or invalid) it says so, in a
 * visible notice, in one `console.warn` and in a `casefile-error` event, and
 * its widgets show only the fallback HTML inside them: never another story.
 * Widgets outside it are not affected.
 *
 * @summary Provides a newsroom's own dataset to the widgets inside it.
 * @tagname case-data
 * @slot - The widgets that use this story.
 * @fires {CasefileErrorEvent} casefile-error - The dataset could not be used; `errors` lists why.
 * @csspart notice - The notice listing the dataset's errors.
 */
export class CaseData extends LitElement {
  static readonly casefileVersion: string = VERSION;

  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .notice {
      margin: 0 0 1em;
      padding: 0.6em 0.8em;
      border: 1px dashed currentColor;
      border-radius: 0.5rem;
      font-size: 0.875em;
    }
    .notice ul {
      margin: 0.35em 0 0;
      padding-inline-start: 1.25em;
    }
    code {
      overflow-wrap: anywhere;
    }
  `;

  /** URL of a dataset JSON, resolved against the page. */
  @property({ reflect: true })
  @keepsDefault
  src = '';

  /** The day every widget inside describes, unless it sets its own `as-of`. */
  @property({ attribute: 'as-of' })
  @keepsDefault
  asOf = '';

  /** Every widget inside shows the dataset's corrections and clarifications. */
  @property({ type: Boolean, reflect: true }) corrections = false;

  /** Seconds to wait for `src` before giving up with a notice. */
  @property({ type: Number })
  @keepsDefault
  timeout = DEFAULT_TIMEOUT_SECONDS;

  @provide({ context: storyContext })
  @state()
  protected story?: Story;

  @provide({ context: settingsContext })
  @state()
  protected settings: StorySettings = {};

  @state() private errors: readonly DatasetError[] = [];

  private readonly language = new LanguageController(this);

  private loading = false;
  private failed = false;
  private request = 0;
  /** The inline JSON last loaded, so a mutation that leaves it unchanged loads nothing. */
  private inlineText: string | undefined;

  // Inline JSON may arrive or change after the element starts: streamed
  // HTML, or a CMS or single-page app filling the element in later.
  private readonly inlineWatcher = new MutationObserver(() => {
    if (this.src.trim() === '' && this.inlineJson() !== this.inlineText) this.load();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.inlineWatcher.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineWatcher.disconnect();
  }

  /** Loads the story again: from `src` through the network (a copy the page already has is not reused), or from the inline JSON. */
  reload(): void {
    const src = this.src.trim();
    if (src !== '') forgetStory(src, this.ownerDocument.baseURI);
    this.load();
  }

  /** Its notice speaks the page's language: that language's pack comes first. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.errors.length > 0) await untilLanguagePack(() => this.language.value);
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load();
    if (changed.has('asOf') || changed.has('src') || changed.has('corrections')) this.updateSettings();
  }

  private inlineJson(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  private load(): void {
    const request = ++this.request;
    const src = this.src.trim();
    const inline = src === '' ? this.inlineJson() : undefined;
    this.inlineText = inline;
    this.failed = false;
    if (src === '' && inline === undefined) {
      // No story yet: its inline JSON may still be on its way (streamed HTML, a
      // CMS filling the element in). The widgets inside wait, showing nothing of
      // another story; once the page has loaded with still no story, it is an error.
      this.story = undefined;
      this.errors = [];
      this.loading = true;
      this.updateSettings();
      void pageLoaded(this.ownerDocument).then(() => {
        if (request === this.request) this.apply(NO_STORY, null);
      });
      return;
    }
    this.loading = true;
    this.updateSettings();
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_SECONDS;
    const result = src !== '' ? loadStoryFrom(src, this.ownerDocument.baseURI, timeout) : parseStory(inline ?? '');
    void result.then((loaded) => {
      // A response for a src (or inline JSON) that has since changed is dropped.
      if (request === this.request) this.apply(loaded, src === '' ? null : src);
    });
  }

  private apply(loaded: LoadResult, src: string | null): void {
    this.loading = false;
    this.failed = loaded.errors !== undefined;
    this.story = loaded.story;
    this.errors = loaded.errors ?? [];
    this.updateSettings();
    if (loaded.errors) {
      const what = src
        ? `src="${src}" cannot be used`
        : loaded === NO_STORY
          ? 'has no story'
          : 'its inline JSON cannot be used';
      console.warn(
        `casefile: <case-data> ${what}; the widgets inside show only their fallback HTML.\n` +
          loaded.errors.map((error) => `  ${error.path ? `${error.path}: ` : ''}${error.message}`).join('\n'),
      );
      this.dispatchEvent(new CasefileErrorEvent(src, loaded.errors));
    }
  }

  private updateSettings(): void {
    const asOf = this.asOf.trim();
    this.settings = {
      ...(asOf ? { asOf } : {}),
      ...(this.corrections ? { corrections: true } : {}),
      loading: this.loading,
      failed: this.failed,
    };
  }

  override render(): TemplateResult {
    return html`${this.errors.length > 0 ? this.renderNotice() : nothing}<slot></slot>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const found = stringsFor(this.language.value);
    if (!found) return nothing;
    const { strings, lang } = found;
    const shown = this.errors.slice(0, SHOWN_ERRORS);
    const more = this.errors.length - shown.length;
    return renderNoticeBox(
      this.renderRoot,
      strings,
      lang,
      html`<p>${strings.datasetUnusable}</p>
        <ul>
          ${shown.map(
            (error) => html`<li>${error.path ? html`<code>${error.path}</code>: ` : nothing}${error.message}</li>`,
          )}
          ${more > 0 ? html`<li>${strings.moreErrors(more)}</li>` : nothing}
        </ul>`,
    );
  }
}
