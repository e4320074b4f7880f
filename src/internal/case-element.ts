import { consume } from '@lit/context';
import { html, LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { settingsContext, type StorySettings } from '../context/settings-context.js';
import { storyContext } from '../context/story-context.js';
import { parseDay } from '../data/partial-date.js';
import { story as bundledStory } from '../data/story.js';
import { indexStory } from '../data/story-index.js';
import { today } from '../data/status.js';
import type { Story } from '../data/types.js';
import { stringsFor } from '../i18n/strings.js';
import { baseStyles } from './base-styles.js';
import { renderNoticeBox } from '../render/notice.js';
import { describeProblem, isProblem, noticeText, type Problem } from '../render/problem.js';
import { RenderContext } from '../render/context.js';
import { jsonLdDocument, type JsonLd } from '../structured-data/schema-org.js';
import { VERSION } from './version.js';
import { keepsDefault } from './keeps-default.js';
import { attachContextRoot } from './context-root.js';
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

/**
 * The base of every Casefile widget: it finds the story (from a provider such
 * as `<case-data>`, or the bundled one), resolves the language and the day to
 * describe, and turns bad input into a visible notice and one console warning
 * instead of an exception.
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
export abstract class CaseElement extends LitElement {
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

  private lastWarning = '';

  /** The context of the last successful render, for the structured data that mirrors it. */
  private rendered?: RenderContext;

  /** The widget's content, or the Problem that keeps it from rendering. */
  protected abstract renderContent(ctx: RenderContext): TemplateResult | Problem;

  /** schema.org nodes for what the widget shows, given the context it rendered with; none by default. */
  protected jsonLd(_ctx: RenderContext): JsonLd[] {
    return [];
  }

  private readonly language = new LanguageController(this);

  constructor() {
    super();
    new StructuredDataController(this, () => (this.structuredData && this.rendered ? this.jsonLd(this.rendered) : []));
  }

  override connectedCallback(): void {
    attachContextRoot(this.ownerDocument);
    super.connectedCallback();
  }

  /** What is wrong with the attributes every widget shares, if anything; a subclass adds its own. */
  protected checkAttributes(): Problem | undefined {
    return checkChoice('theme', this.theme, THEMES);
  }

  override render(): TemplateResult {
    // The provider's own story is on its way: showing the bundled one meanwhile would flash another story.
    // Meanwhile any fallback HTML the page put inside the tag stays in view.
    if (this.providedSettings?.loading) {
      this.rendered = undefined;
      return html`<div part="base" aria-busy="true"><slot></slot></div>`;
    }
    // The provider's story failed (its notice tells the editor why): any other story would be the wrong one.
    if (this.providedSettings?.failed) {
      this.rendered = undefined;
      return html`<div part="base"><slot></slot></div>`;
    }
    let ctx: RenderContext | Problem | undefined;
    try {
      ctx = this.createContext();
      if (isProblem(ctx)) return this.renderNotice(ctx, undefined);
      const result = this.renderContent(ctx);
      if (isProblem(result)) return this.renderNotice(result, ctx);
      this.rendered = ctx;
      this.lastWarning = '';
      return html`<div class="widget" part="base" lang=${ctx.lang}>${result}</div>`;
    } catch (error) {
      // A malformed story must cost one widget, never the page's other widgets.
      return this.renderNotice({ kind: 'unexpected', error }, ctx instanceof RenderContext ? ctx : undefined);
    }
  }

  private createContext(): RenderContext | Problem {
    const problem = this.checkAttributes();
    if (problem) return problem;
    const language = this.language.value;
    const { strings, lang } = stringsFor(language);
    const asOf = this.asOf.trim() || (this.providedSettings?.asOf ?? '').trim();
    const day = asOf === '' ? today() : parseDay(asOf);
    if (!day) return { kind: 'bad-date', attribute: 'as-of', value: asOf };
    const corrections = this.corrections || this.providedSettings?.corrections === true;
    return new RenderContext(
      indexStory(this.providedStory ?? bundledStory),
      lang,
      strings,
      day,
      asOf !== '',
      corrections,
    );
  }

  /**
   * The JSON-LD document for what the widget last rendered, or undefined.
   * The fallback-HTML generator writes it beside the static HTML.
   */
  structuredDataDocument(): string | undefined {
    if (!this.rendered) return undefined;
    const nodes = this.jsonLd(this.rendered);
    return nodes.length > 0 ? jsonLdDocument(nodes) : undefined;
  }

  private renderNotice(problem: Problem, ctx: RenderContext | undefined): TemplateResult {
    this.rendered = undefined;
    const warning = describeProblem(this.localName, problem);
    if (warning !== this.lastWarning) {
      this.lastWarning = warning;
      console.warn(warning);
    }
    const { strings, lang } = ctx ?? stringsFor(this.language.value);
    return renderNoticeBox(this.renderRoot, strings, lang, html`<p>${noticeText(problem, strings)}</p>`);
  }
}
