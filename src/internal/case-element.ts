import { consume } from '@lit/context';
import { html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { settingsContext, type StorySettings } from '../context/settings-context.js';
import { storyContext } from '../context/story-context.js';
import { parseDay } from '../data/partial-date.js';
import { indexStory } from '../data/story-index.js';
import { today } from '../data/status.js';
import type { Story } from '../data/types.js';
import { languagePack, stringsFor, untilLanguagePack } from '../i18n/packs.js';
import { bundledStoryIn, hasParts, loadParts } from '../data/bundled-story.js';
import type { StoryPart } from '../data/story-split.js';
import { baseStyles } from './base-styles.js';
import { renderNoticeBox } from '../render/notice.js';
import { describeProblem, isProblem, noticeText, type Problem } from '../render/problem.js';
import { RenderContext } from '../render/context.js';
import type { JsonLd } from '../structured-data/schema-org.js';
import { loadSchemaOrg, schemaOrg, type SchemaOrg } from './schema-org-loader.js';
import { VERSION } from './version.js';
import { keepsDefault } from './keeps-default.js';
import { attachContextRoot } from './context-root.js';
import { LOAD_TIMEOUT_MS, withDeadline } from '../data/deadline.js';
import { LanguageController } from './controllers/language-controller.js';
import { StructuredDataController } from './controllers/structured-data-controller.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Checks an attribute against its allowed values, as a Problem an editor can
 * read when it is not one of them.
 */
export function checkChoice(attribute: string, value: string, allowed: readonly string[]): Problem | undefined {
  return allowed.includes(value) ? undefined : { kind: 'bad-value', attribute, value, valid: allowed };
}

/** What one update of a widget resolved. */
type Resolution<Model> =
  /** A provider's story is on its way. */
  | { state: 'waiting' }
  /** A provider's story could not be used. */
  | { state: 'failed' }
  | { state: 'problem'; problem: Problem; ctx?: RenderContext | undefined }
  | { state: 'ready'; model: Model; ctx: RenderContext };

/** Whether a page has been told that its `<case-data>` is never defined. */
let providerWarned = false;

/**
 * The base of every Casefile widget. Once per update, in `willUpdate`, it
 * resolves what the widget will show: the story (from a provider such as
 * `<case-data>`, or the bundled one), the language and the day described, then
 * the widget's own model from its attributes (`resolve`), or the Problem that
 * keeps it from rendering. The template (`renderModel`) and the structured
 * data (`jsonLd`) both read that one model, so they cannot disagree; bad input
 * becomes a visible notice and one console warning, never an exception.
 *
 * @cssprop [--casefile-accent=currentColor] - Links, the rule above the widget, markers.
 * @cssprop [--casefile-background=transparent] - The widget's background.
 * @cssprop --casefile-color - Text colour (light and dark themes only; `auto` inherits the page's).
 * @cssprop [--casefile-rule=2px solid var(--casefile-accent)] - The rule above the widget.
 * @cssprop [--casefile-border=none] - A box around the widget.
 * @cssprop [--casefile-border-color=color-mix(in srgb, currentColor 28%, transparent)] - Hairlines inside the widget.
 * @cssprop [--casefile-padding=0.75em 0 0] - Space inside the widget (`1em 1.25em` in the light and dark themes).
 * @cssprop [--casefile-radius=0] - Corner radius, for a box.
 * @cssprop [--casefile-margin-block=1.5em] - Space above and below the widget.
 * @csspart base - The widget's box.
 * @csspart notice - The notice shown instead of the widget when its input is wrong.
 * @csspart sources - The numbered sources the widget cites.
 * @csspart correction - A correction to the source article.
 */
export abstract class CaseElement<Model = unknown> extends LitElement {
  /** Read by the define guard to tell two versions apart. */
  static readonly casefileVersion: string = VERSION;

  static override styles: CSSResultGroup = baseStyles;

  /** `auto` (the page's colours), `light` or `dark`. */
  @property({ reflect: true })
  @keepsDefault
  theme: Theme = 'auto';

  /** Render the story as it stood on this day (`YYYY-MM-DD`); default: its latest state. */
  @property({ attribute: 'as-of' })
  @keepsDefault
  asOf = '';

  /**
   * Also publish what the widget shows as schema.org JSON-LD, in a
   * `<script type="application/ld+json">` child (light DOM, where crawlers read it).
   */
  @property({ type: Boolean, attribute: 'structured-data', reflect: true }) structuredData = false;

  /**
   * Also show the dataset's corrections and clarifications to the report it
   * reviews, and which events that report carried. Off by default; set on
   * `<case-data>`, it applies to every widget inside.
   */
  @property({ type: Boolean, reflect: true }) corrections = false;

  /** The story from the closest provider, if any. */
  @consume({ context: storyContext, subscribe: true })
  @state()
  protected providedStory?: Story;

  /** The `as-of` (and loading state) set by the closest provider, if any. */
  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected providedSettings?: StorySettings;

  /** What this update resolved: made in `willUpdate`, read by `render` and the structured data. */
  private resolution: Resolution<Model> = { state: 'waiting' };

  private lastWarning = '';

  private readonly language = new LanguageController(this);

  /**
   * The widget's model from its attributes, in the context this update
   * resolved (story, language, day), or the Problem that keeps it from
   * rendering. Called once per update.
   */
  protected abstract resolve(ctx: RenderContext): Model | Problem;

  /** The widget's content for a model `resolve` made. */
  protected abstract renderModel(model: Model, ctx: RenderContext): TemplateResult;

  /**
   * schema.org nodes for what the widget shows, from the same model, written
   * with `schema` (loaded only where a widget has `structured-data`); none by default.
   */
  protected jsonLd(_model: Model, _ctx: RenderContext, _schema: SchemaOrg): JsonLd[] {
    return [];
  }

  constructor() {
    super();
    new StructuredDataController(this, () => {
      const { state } = this.resolution;
      // Waiting, or without what it needs from the network: it cannot tell what it would publish.
      if (this.structuredData && (state === 'waiting' || state === 'failed' || !schemaOrg())) return null;
      return this.structuredDataDocument();
    });
  }

  override connectedCallback(): void {
    attachContextRoot(this.ownerDocument);
    // Moved out of a provider, the widget shows the bundled story again; a provider where it
    // now is gives its story back as it connects.
    this.providedStory = undefined;
    this.providedSettings = undefined;
    super.connectedCallback();
    if (!providerWarned && this.insideProvider() && !customElements.get('case-data')) this.watchForProvider();
  }

  /**
   * Inside a `<case-data>` that is not defined yet, the widget waits for its
   * story with the page's HTML: if the element is still not defined when
   * the chunks' deadline passes (its script missing, or never loaded), an
   * editor is told, once a page, instead of a widget waiting in silence.
   */
  private watchForProvider(): void {
    const defined = customElements.whenDefined('case-data').then(() => true);
    void withDeadline(defined, () => false).then((inTime) => {
      if (inTime || providerWarned || !this.isConnected || this.providedStory || !this.insideProvider()) return;
      providerWarned = true;
      console.warn(
        `casefile: <${this.localName}> is inside <case-data>, which is still not defined after ${LOAD_TIMEOUT_MS / 1000} s, ` +
          "so it keeps the page's HTML. Add casefile.js or loader.js to the page, and check that its files load.",
      );
    });
  }

  /**
   * The parts of the bundled story the widget shows as it renders, loaded
   * before its first render: its class's own (`shows`, from `WIDGET_PARTS`);
   * the sources' details with structured data and with corrections (which
   * cite them). Source lists behind a closed disclosure load the details
   * when a reader is about to open one.
   *
   * @internal
   */
  storyParts(): StoryPart[] {
    const parts = new Set((this.constructor as typeof CaseElement).shows);
    if (this.structuredData) parts.add('sources');
    if (this.corrections || this.providedSettings?.corrections === true) {
      for (const part of ['corrections', 'cases', 'sources'] as const) parts.add(part);
    }
    return [...parts];
  }

  /** The parts of the bundled story a widget of this class always shows (`WIDGET_PARTS`). */
  static readonly shows: readonly StoryPart[] = [];

  /** Whether loading the parts of the story this widget shows failed (a warning said why). */
  private partsFailed = false;

  /** The language whose sources' details could not be loaded when a reader last reached for them. */
  private sourceDetailsFailedIn?: string | undefined;

  /**
   * Whether a reader has reached for one of the widget's source lists: until
   * then they stay empty, since most readers never open them and each listed
   * source costs a dozen template parts (the fallback HTML lists them all).
   */
  private sourcesReached = false;

  /**
   * For a closed source list a reader is about to open: fills the widget's
   * lists, loading the bundled story's source details in its language first
   * if they are still to come.
   */
  private readonly reachForSources = (): void => {
    const lang = this.language.value;
    if (!this.sourcesReached) {
      this.sourcesReached = true;
      this.requestUpdate();
    }
    // Another widget may have loaded them since this one rendered.
    if (this.providedStory || hasParts(lang, ['sources'])) {
      this.requestUpdate();
      return;
    }
    if (this.sourceDetailsFailedIn === lang) {
      // Busy again while it tries again.
      this.sourceDetailsFailedIn = undefined;
      this.requestUpdate();
    }
    void loadParts(lang, ['sources']).then((loaded) => {
      if (!loaded) this.sourceDetailsFailedIn = lang;
      this.requestUpdate();
    });
  };

  /** What is wrong with the attributes every widget shares, if anything; a subclass adds its own. */
  protected checkAttributes(): Problem | undefined {
    return checkChoice('theme', this.theme, THEMES);
  }

  /**
   * Shows what the page put inside the tag until the first render, which may
   * wait for a language pack and parts of the story.
   */
  private placeholder?: HTMLSlotElement | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!languagePack(this.language.value) || !hasParts(this.language.value, this.bundledParts())) {
      this.placeholder = this.ownerDocument.createElement('slot');
      root.append(this.placeholder);
      // dist/fallback.css keeps laying the page's HTML out as the widget until it renders.
      this.states?.add('loading');
    }
    return root;
  }

  /** The element's custom states (`:state(loading)`), where the browser has them. */
  private readonly states: Set<string> | undefined = (() => {
    try {
      return this.attachInternals().states as Set<string> | undefined;
    } catch {
      return undefined;
    }
  })();

  /**
   * Waits for the pack of the language the widget will speak, and the parts
   * of the story it shows, before it updates, so `updateComplete` includes
   * the loads, the first render is already whole and in that language, and
   * after a change of `lang` or of attributes the widget keeps its last
   * render until what they need has arrived.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // The parts of the story it shows, and the structured-data writer if it publishes JSON-LD,
    // are fetched beside its language's pack, not after it. If the language or the attributes
    // change meanwhile, the widget keeps its last render until what they need is there too.
    const lang = this.language.value;
    const needed = !languagePack(lang) || !hasParts(lang, this.bundledParts()) || (this.structuredData && !schemaOrg());
    if (needed) await this.loadWhatItShows();
    return super.scheduleUpdate();
  }

  /** Loads what the widget needs for the language and attributes it will have when they are there. */
  private async loadWhatItShows(): Promise<void> {
    let writerTried = false;
    for (;;) {
      const lang = this.language.value;
      const parts = this.bundledParts();
      const story = hasParts(lang, parts) ? undefined : loadParts(lang, parts);
      const schema: Promise<unknown> | undefined =
        this.structuredData && !schemaOrg() && !writerTried ? loadSchemaOrg() : undefined;
      writerTried ||= schema !== undefined;
      if (!languagePack(lang)) await untilLanguagePack(() => this.language.value);
      const [loaded] = await Promise.all([story ?? true, schema]);
      this.partsFailed = !loaded;
      if (!loaded) break;
      if (lang === this.language.value && hasParts(lang, this.bundledParts())) break;
    }
    // `structured-data` set while the last loads were on their way.
    if (this.structuredData && !schemaOrg() && !writerTried) await loadSchemaOrg();
  }

  /**
   * The parts of the bundled story this widget shows: none inside a provider
   * such as `<case-data>`, whose own story it shows, once there, and no other.
   */
  private bundledParts(): StoryPart[] {
    return this.providedStory || this.insideProvider() ? [] : this.storyParts();
  }

  /**
   * Whether the widget is inside `<case-data>` (across shadow roots): then
   * it never shows the bundled story, even before the provider is defined.
   */
  private insideProvider(): boolean {
    for (let node = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.localName === 'case-data') return true;
    }
    return false;
  }

  /** A source list a reader opened stays open through a change of language: its details follow. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { resolution } = this;
    const details = resolution.state === 'ready' ? resolution.ctx.sourceDetails : undefined;
    if (
      details &&
      (details.pending || !details.reached) &&
      this.renderRoot.querySelector('details[part~="sources"][open] ol[aria-busy]')
    ) {
      this.reachForSources();
    }
  }

  protected override update(changed: PropertyValues): void {
    this.placeholder?.remove();
    this.placeholder = undefined;
    this.states?.delete('loading');
    // Nothing to show but what the page put inside the tag (`:state(failed)`): an empty tag then takes no room.
    if (this.resolution.state === 'failed') this.states?.add('failed');
    else this.states?.delete('failed');
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.resolution = this.resolveUpdate();
  }

  private resolveUpdate(): Resolution<Model> {
    // The provider's own story is on its way: the bundled one meanwhile would flash another story.
    if (this.providedSettings?.loading) return { state: 'waiting' };
    // The provider's story failed (its notice tells the editor why): any other story would be the wrong one.
    if (this.providedSettings?.failed) return { state: 'failed' };
    // The language's pack could not be loaded (a warning said so): keep what the page put inside the tag.
    if (!languagePack(this.language.value)) return { state: 'failed' };
    // Inside a provider not yet defined, or still without a story: its story is on its way.
    if (!this.providedStory && this.insideProvider()) return { state: 'waiting' };
    let ctx: RenderContext | Problem | undefined;
    try {
      ctx = this.createContext();
      if (isProblem(ctx)) return { state: 'problem', problem: ctx };
      // The update waited for them (`scheduleUpdate`): missing, they could not be loaded.
      if (!hasParts(ctx.lang, this.bundledParts())) return { state: this.partsFailed ? 'failed' : 'waiting' };
      const model = this.resolve(ctx);
      return isProblem(model) ? { state: 'problem', problem: model, ctx } : { state: 'ready', model, ctx };
    } catch (error) {
      // A malformed story must cost one widget, never the page's other widgets.
      return {
        state: 'problem',
        problem: { kind: 'unexpected', error },
        ctx: ctx instanceof RenderContext ? ctx : undefined,
      };
    }
  }

  override render(): TemplateResult {
    const { resolution } = this;
    switch (resolution.state) {
      // Meanwhile any fallback HTML the page put inside the tag stays in view.
      case 'waiting':
        return html`<div part="base" aria-busy="true"><slot></slot></div>`;
      case 'failed':
        return html`<div part="base"><slot></slot></div>`;
      case 'problem':
        return this.renderNotice(resolution.problem, resolution.ctx);
      case 'ready':
        try {
          const content = this.renderModel(resolution.model, resolution.ctx);
          this.lastWarning = '';
          return html`<div class="widget" part="base" lang=${resolution.ctx.lang}>${content}</div>`;
        } catch (error) {
          this.resolution = { state: 'problem', problem: { kind: 'unexpected', error }, ctx: resolution.ctx };
          return this.renderNotice({ kind: 'unexpected', error }, resolution.ctx);
        }
    }
  }

  private createContext(): RenderContext | Problem {
    const problem = this.checkAttributes();
    if (problem) return problem;
    const found = stringsFor(this.language.value);
    const story = found && (this.providedStory ?? bundledStoryIn(found.lang));
    if (!found || !story) return { kind: 'unexpected', error: new Error('no language pack') };
    const { strings, lang } = found;
    const asOf = this.asOf.trim() || (this.providedSettings?.asOf ?? '').trim();
    const day = asOf === '' ? today() : parseDay(asOf);
    if (!day) return { kind: 'bad-date', attribute: 'as-of', value: asOf };
    const corrections = this.corrections || this.providedSettings?.corrections === true;
    return new RenderContext(indexStory(story), lang, strings, day, asOf !== '', corrections, {
      pending: !this.providedStory && !hasParts(lang, ['sources']),
      failed: this.sourceDetailsFailedIn === lang,
      reached: this.sourcesReached,
      reach: this.reachForSources,
    });
  }

  /**
   * Resolves and renders in one go, outside Lit's update cycle: for the
   * fallback-HTML generator, which renders a widget on the server.
   */
  renderStatically(): TemplateResult {
    this.sourcesReached = true;
    this.resolution = this.resolveUpdate();
    return this.render();
  }

  /**
   * The JSON-LD document for what the widget shows, or undefined.
   * The fallback-HTML generator writes it beside the static HTML.
   */
  structuredDataDocument(): string | undefined {
    const { resolution } = this;
    const schema = schemaOrg();
    if (!this.structuredData || resolution.state !== 'ready' || !schema) return undefined;
    const nodes = this.jsonLd(resolution.model, resolution.ctx, schema);
    return nodes.length > 0 ? schema.jsonLdDocument(nodes) : undefined;
  }

  private renderNotice(problem: Problem, ctx: RenderContext | undefined): TemplateResult {
    const warning = describeProblem(this.localName, problem);
    if (warning !== this.lastWarning) {
      this.lastWarning = warning;
      console.warn(warning);
    }
    const found = ctx ?? stringsFor(this.language.value);
    if (!found) return html`<div part="base"><slot></slot></div>`;
    const { strings, lang } = found;
    return renderNoticeBox(this.renderRoot, strings, lang, html`<p>${noticeText(problem, strings)}</p>`);
  }
}
