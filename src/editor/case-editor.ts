import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Story } from '../data/types.js';
import { validateStoryInSlices } from '../data/validate.js';
import { VERSION } from '../internal/version.js';
import { DraftStore } from './draft-store.js';
import { styles } from './case-editor.styles.js';
import { draftToolbar, partsNav, previewSettings, problemList } from './editor-chrome.js';
import { entryList } from './entry-list.js';
import { editFromControl } from './field-edits.js';
import { fieldId, type FormContext } from './fields.js';
import { caseForm, reportForm } from './forms/cases.js';
import { entryLabel } from './forms/choices.js';
import { eventForm, quoteForm } from './forms/events.js';
import { personForm } from './forms/people.js';
import { organizationForm, positionForm } from './forms/positions.js';
import { correctionForm, sourceForm } from './forms/sources.js';
import { History } from './history.js';
import { openPanel } from './open-panel.js';
import { openStoryJson, type ImportProblem } from './open-story.js';
import { Preview, type PreviewSettings } from './preview.js';
import { fieldPath, fromValidation, locate, sourcingWarnings, type Problem, type Section } from './problems.js';
import { publishPanel } from './publish-panel.js';
import { inlineBlock, storyFileName, storyJson, widgetSnippets, embedSnippet } from './publish.js';
import { importSheet, sheetTemplate, SHEET_KINDS, type SheetKind } from './spreadsheet.js';
import {
  blankStory,
  entriesOf,
  getIn,
  newEntry,
  parsePath,
  pathOf,
  removeEntry,
  renameFromName,
  setIn,
  type Collection,
} from './story-edit.js';

type Panel = Section | 'open' | 'publish';

const PANELS: { panel: Panel; label: string; noun?: string }[] = [
  { panel: 'open', label: 'Open' },
  { panel: 'cases', label: 'Story', noun: 'a case' },
  { panel: 'people', label: 'People', noun: 'a person' },
  { panel: 'organizations', label: 'Organizations', noun: 'an organization' },
  { panel: 'events', label: 'Events', noun: 'an event' },
  { panel: 'quotes', label: 'Quotes', noun: 'a quote' },
  { panel: 'positions', label: 'Positions', noun: 'a position' },
  { panel: 'sources', label: 'Sources', noun: 'a source' },
  { panel: 'corrections', label: 'Corrections', noun: 'a correction' },
  { panel: 'report', label: 'Reviewed report' },
  { panel: 'publish', label: 'Publish' },
];

/** Objects that are optional as a whole: emptied, they go rather than stay as `{}`. */
const OPTIONAL_OBJECTS = new Set(['nativeName', 'original']);

const TEMPLATES: Record<string, unknown> = {
  role: { title: { en: '' } },
  status: { kind: 'detained', from: '', detail: { en: '' }, sources: [] },
  report: { title: '', date: '', lang: 'en' },
};

/** The field each kind of entry takes its id from (see idFromEntry). */
const NAMED_BY: Record<string, string> = {
  cases: 'headline',
  people: 'name',
  organizations: 'name',
  events: 'title',
  quotes: 'date',
  positions: 'party',
  sources: 'title',
  corrections: 'subject',
};

/**
 * A story editor for newsrooms: forms for every kind of entry, each text in
 * English, French and Simplified Chinese side by side, the story checked as
 * it is typed, the widgets previewed beside the form, drafts saved in the
 * browser (IndexedDB) with undo and redo, and the story published as a JSON
 * file, an inline `<case-data>` block or widget snippets.
 *
 * @summary Writes a Casefile story without writing JSON.
 * @tagname case-editor
 * @fires {Event} change - The story changed (an edit, an undo, an import).
 */
export class CaseEditor extends LitElement {
  static readonly casefileVersion: string = VERSION;
  static override styles = styles;

  /** URL of an example story the Open panel offers, resolved against the page. */
  @property({ attribute: 'example-src' }) exampleSrc = '';

  /** Name of the IndexedDB database that keeps the drafts. */
  @property() database = 'casefile-editor';

  /** The story being edited. Setting it opens that story (an undoable step). */
  get story(): Story {
    return this.current;
  }
  set story(story: Story) {
    this.hostOpened = true;
    this.replaceStory(story);
  }

  /** Resolves once the last draft is restored from the browser. */
  ready: Promise<void> = Promise.resolve();

  @state() private current: Story = blankStory();
  @state() private panel: Panel = 'open';
  @state() private selected: Partial<Record<Section, number>> = {};
  @state() private listFilters: Partial<Record<Section, string>> = {};
  @state() private filters = new Map<string, string>();
  @state() private problems: Problem[] = [];
  @state() private validating = false;
  @state() private draftName = 'Untitled story';
  @state() private draftNames: string[] = [];
  @state() private saveStatus = '';
  @state() private importProblems: ImportProblem[] = [];
  @state() private importMessage = '';
  @state() private sheetKind: SheetKind = 'people';
  @state() private snippet = 0;
  @state() private publishMessage = '';
  @state() private settings: PreviewSettings = { lang: 'en', asOf: '', theme: 'auto', corrections: false };

  private readonly history = new History<Story>();
  /** The host set a story before the draft was restored: that story wins. */
  private hostOpened = false;
  /** Entries whose ids still follow their names: new ones, until the name is first left. */
  private provisional = new Set<string>();
  private store: DraftStore | undefined;
  private preview: Preview | undefined;
  private validation = 0;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    this.store = new DraftStore(this.database);
    this.ready = this.restore();
    this.validate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    void this.saveNow().then(() => this.store?.close());
  }

  protected override firstUpdated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.preview-host');
    if (host) this.preview = new Preview(host);
    if (this.previewed) this.preview?.update(this.previewed, this.settings);
  }

  // ---- the story and its history ----

  private change(next: Story, key?: string): void {
    if (next === this.current) return;
    this.history.record(this.current, key);
    this.current = next;
    this.afterChange();
  }

  private replaceStory(story: Story, undoable = true): void {
    if (undoable) this.history.record(this.current);
    this.current = story;
    this.provisional.clear();
    this.selected = {};
    this.afterChange();
  }

  private afterChange(): void {
    this.later('validate', 150, () => this.validate());
    this.later('save', 400, () => void this.saveNow());
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private later(name: string, ms: number, run: () => void): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      setTimeout(() => {
        this.timers.delete(name);
        run();
      }, ms),
    );
  }

  /** Undoes the last change; false when there is none. */
  undo(): boolean {
    const previous = this.history.undo(this.current);
    if (previous === undefined) return false;
    this.current = previous;
    this.provisional.clear();
    this.afterChange();
    return true;
  }

  /** Redoes the last undone change; false when there is none. */
  redo(): boolean {
    const next = this.history.redo(this.current);
    if (next === undefined) return false;
    this.current = next;
    this.provisional.clear();
    this.afterChange();
    return true;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) this.redo();
      else this.undo();
    }
  };

  // ---- checking ----

  private validate(): void {
    const request = ++this.validation;
    const story = this.current;
    this.validating = true;
    void validateStoryInSlices(story).then(({ errors }) => {
      if (request !== this.validation) return;
      this.validating = false;
      this.problems = [...fromValidation(errors), ...sourcingWarnings(story)];
      // The preview shows the story once it passes the checks, as <case-data> on a page would.
      if (errors.length === 0) this.refreshPreview();
    });
  }

  /** Resolves when the story as it is now has been checked. */
  async checked(): Promise<readonly Problem[]> {
    clearTimeout(this.timers.get('validate'));
    this.timers.delete('validate');
    this.validate();
    const request = this.validation;
    while (this.validating && request === this.validation) await new Promise((resolve) => setTimeout(resolve, 10));
    return this.problems;
  }

  // ---- drafts ----

  private async restore(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const name = (await store.current()) ?? this.draftName;
    const draft = await store.load(name);
    this.draftName = name;
    if (draft && !this.hostOpened) {
      this.current = draft.story;
      this.history.clear();
      this.panel = 'cases';
      this.saveStatus = `Draft “${name}” restored from this browser.`;
      this.validate();
    }
    this.draftNames = await store.names();
  }

  /** Saves the draft now, rather than after the pause in typing. */
  async saveNow(): Promise<void> {
    clearTimeout(this.timers.get('save'));
    this.timers.delete('save');
    if (!this.store) return;
    await this.store.save({ name: this.draftName, story: this.current, savedAt: Date.now() });
    await this.store.setCurrent(this.draftName);
    if (!this.draftNames.includes(this.draftName)) this.draftNames = [...this.draftNames, this.draftName].sort();
    this.saveStatus = `Saved in this browser at ${new Date().toLocaleTimeString()}.`;
  }

  private async switchDraft(name: string, blank: boolean): Promise<void> {
    if (!this.store || name === '') return;
    await this.saveNow();
    const draft = blank ? undefined : await this.store.load(name);
    this.draftName = name;
    this.current = draft?.story ?? blankStory();
    this.history.clear();
    this.provisional.clear();
    this.selected = {};
    this.afterChange();
    await this.saveNow();
  }

  // ---- edits from the forms ----

  private set(path: string, value: unknown, key?: string): void {
    const parts = parsePath(path);
    let next = setIn(this.current, parts, value);
    const parentParts = parts.slice(0, -1);
    const parent = getIn(next, parentParts);
    if (
      value === undefined &&
      parent &&
      typeof parent === 'object' &&
      Object.keys(parent).length === 0 &&
      OPTIONAL_OBJECTS.has(String(parentParts.at(-1)))
    )
      next = setIn(next, parentParts, undefined);
    const [collection, index] = parts;
    if (typeof collection === 'string' && typeof index === 'number') {
      const id = String(getIn(next, [collection, index, 'id']));
      if (this.provisional.has(`${collection}:${id}`)) {
        next = renameFromName(next, collection as Collection, index);
        const renamed = String(getIn(next, [collection, index, 'id']));
        this.provisional.delete(`${collection}:${id}`);
        this.provisional.add(`${collection}:${renamed}`);
      }
    }
    this.change(next, key);
  }

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const data = target.dataset;
    if (data.filter !== undefined) {
      this.filters = new Map(this.filters).set(data.filter, target.value);
      return;
    }
    if (data.listFilter !== undefined) {
      this.listFilters = { ...this.listFilters, [this.panel]: target.value };
      return;
    }
    const edit = editFromControl(this.current, target);
    if (edit) this.set(edit.path, edit.value, edit.key);
  };

  /** Leaving the field an entry is named by fixes the id the entry took from it. */
  private readonly onChange = (event: Event): void => {
    const path = (event.target as HTMLElement).dataset.path;
    if (!path) return;
    const [collection, index, key] = parsePath(path);
    if (typeof collection !== 'string' || typeof index !== 'number' || NAMED_BY[collection] !== key) return;
    this.provisional.delete(`${collection}:${String(getIn(this.current, [collection, index, 'id']))}`);
  };

  private readonly onClick = (event: Event): void => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!button || button.tagName === 'SELECT' || button.tagName === 'INPUT') return;
    void this.act(button.dataset.action ?? '', button);
  };

  private readonly onSelectAction = (event: Event): void => {
    const target = event.target as HTMLSelectElement | HTMLInputElement;
    const action = target.dataset.action;
    if (action === 'sheet-kind') this.sheetKind = target.value as SheetKind;
    else if (action === 'snippet') this.snippet = Number(target.value);
    else if (action === 'draft') void this.switchDraft(target.value, false);
    else if (action === 'open-file' && target instanceof HTMLInputElement && target.files?.[0])
      void this.openFile(target.files[0]);
    else if (action === 'preview') {
      const name = target.name as keyof PreviewSettings;
      const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
      this.settings = { ...this.settings, [name]: value };
      this.refreshPreview();
    }
  };

  private async act(action: string, button: HTMLElement): Promise<void> {
    const section = this.panel as Section;
    switch (action) {
      case 'panel':
        this.panel = button.dataset.panel as Panel;
        return;
      case 'select':
        this.selected = { ...this.selected, [section]: Number(button.dataset.index) };
        return;
      case 'new-entry':
        return this.addEntry(section);
      case 'delete-entry': {
        const index = this.selected[section] ?? 0;
        if (section === 'report') return;
        this.change(
          section === 'cases'
            ? { ...this.current, cases: this.current.cases.filter((_, i) => i !== index) }
            : removeEntry(this.current, section, index),
        );
        this.selected = { ...this.selected, [section]: Math.max(0, index - 1) };
        return;
      }
      case 'add': {
        const path = button.dataset.path ?? '';
        const template = structuredClone(TEMPLATES[button.dataset.template ?? '']);
        const existing = getIn(this.current, parsePath(path));
        this.set(
          path,
          Array.isArray(existing) || path !== 'report' ? [...((existing as unknown[]) ?? []), template] : template,
        );
        return;
      }
      case 'remove': {
        const parts = parsePath(button.dataset.path ?? '');
        const last = parts.at(-1);
        if (typeof last === 'number') {
          const list = getIn(this.current, parts.slice(0, -1)) as unknown[];
          this.change(
            setIn(
              this.current,
              parts.slice(0, -1),
              list.filter((_, i) => i !== last),
            ),
          );
        } else this.change(setIn(this.current, parts, undefined));
        return;
      }
      case 'goto':
        return this.goTo(button.dataset.path ?? '');
      case 'undo':
        this.undo();
        return;
      case 'redo':
        this.redo();
        return;
      case 'new-draft': {
        const input = this.renderRoot.querySelector<HTMLInputElement>('#new-draft-name');
        const name = input?.value.trim() ?? '';
        if (name === '') return;
        if (input) input.value = '';
        return this.switchDraft(name, !this.draftNames.includes(name));
      }
      case 'delete-draft': {
        await this.store?.remove(this.draftName);
        this.draftNames = this.draftNames.filter((name) => name !== this.draftName);
        return this.switchDraft(this.draftNames[0] ?? 'Untitled story', this.draftNames.length === 0);
      }
      default:
        return this.openAction(action);
    }
  }

  private addEntry(section: Section): void {
    if (section === 'report') return;
    const entries = this.current[section] as readonly unknown[];
    const entry =
      section === 'cases'
        ? { ...blankStory().cases[0], id: `case-${entries.length + 1}` }
        : newEntry(this.current, section);
    this.provisional.add(`${section}:${String((entry as { id: string }).id)}`);
    this.change({ ...this.current, [section]: [...entries, entry] } as Story);
    this.selected = { ...this.selected, [section]: entries.length };
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.entry-form input, .entry-form select')?.focus(),
    );
  }

  // ---- opening stories and sheets ----

  private async openAction(action: string): Promise<void> {
    switch (action) {
      case 'open-blank':
        this.opened(blankStory(), 'A blank story: start with its headline under Story.');
        return;
      case 'open-bundled': {
        const { story } = await import('../data/story.js');
        this.opened(structuredClone(story) as unknown as Story, 'The bundled story is open.');
        return;
      }
      case 'open-example': {
        try {
          const response = await fetch(new URL(this.exampleSrc, this.ownerDocument.baseURI));
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await this.openText(await response.text(), 'The fictional demo story is open.');
          return;
        } catch (error) {
          this.importProblems = [{ where: this.exampleSrc, message: `cannot be fetched: ${String(error)}` }];
          return;
        }
      }
      case 'open-pasted':
        await this.openText(
          this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-json')?.value ?? '',
          'The pasted story is open.',
        );
        return;
      case 'open-sheet':
        this.addSheet(this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-sheet')?.value ?? '', this.sheetKind);
        return;
      case 'download-template':
        this.download(`${this.sheetKind}-template.csv`, sheetTemplate(this.sheetKind), 'text/csv');
        return;
      case 'download-json':
        if (this.blockedReason()) {
          this.publishMessage = this.blockedReason();
          return;
        }
        this.download(storyFileName(this.current), storyJson(this.current), 'application/json');
        this.publishMessage = `Downloaded ${storyFileName(this.current)}.`;
        return;
      case 'copy-inline':
        if (this.blockedReason()) {
          this.publishMessage = this.blockedReason();
          return;
        }
        return this.copy(inlineBlock(this.current, ['<case-summary></case-summary>']), 'The <case-data> block');
      case 'copy-snippet': {
        const snippets = widgetSnippets(this.current);
        const chosen = snippets[this.snippet] ?? snippets[0];
        if (chosen) return this.copy(embedSnippet(this.current, chosen.markup), 'The widget’s code');
        return;
      }
    }
  }

  private blockedReason(): string {
    const errors = this.problems.filter((problem) => problem.severity === 'error').length;
    if (this.validating) return 'The story is still being checked; try again in a moment.';
    return errors > 0
      ? `The story has ${errors} ${errors === 1 ? 'error' : 'errors'}: fix them first (see Problems).`
      : '';
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.publishMessage = `${what} is copied.`;
    } catch {
      this.publishMessage = `${what} could not be copied here: select the text in the box and copy it.`;
    }
  }

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = this.ownerDocument.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Opens a story from JSON text: all of it, or nothing, with the problems. */
  async openText(text: string, message = 'The story is open.'): Promise<boolean> {
    const opened = await openStoryJson(text);
    if (opened.problems) {
      this.importProblems = opened.problems;
      this.importMessage = '';
      return false;
    }
    this.opened(opened.story, message);
    return true;
  }

  /** Adds a sheet's rows to the story: all of them, or none, with the problems. */
  addSheet(text: string, kind: SheetKind): boolean {
    const result = importSheet(this.current, kind, text);
    if ('problems' in result) {
      this.importProblems = result.problems;
      this.importMessage = '';
      return false;
    }
    this.change(result.story);
    this.importProblems = [];
    this.importMessage = `${result.added} ${kind === 'people' && result.added === 1 ? 'person' : kind} added.`;
    return true;
  }

  private opened(story: Story, message: string): void {
    this.replaceStory(story);
    this.importProblems = [];
    this.importMessage = message;
  }

  private async openFile(file: File): Promise<void> {
    const text = await file.text();
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      await this.openText(text, `${file.name} is open.`);
      return;
    }
    const kind = SHEET_KINDS.find((name) => file.name.toLowerCase().includes(name)) ?? this.sheetKind;
    this.sheetKind = kind;
    this.addSheet(text, kind);
  }

  private readonly onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.openFile(file);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };

  // ---- problems to fields ----

  /** Shows the field a problem at `path` belongs to, and moves the focus there. */
  async goTo(path: string): Promise<void> {
    const { section, index } = locate(path);
    this.panel = section;
    this.selected = { ...this.selected, [section]: index };
    this.listFilters = { ...this.listFilters, [section]: '' };
    await this.updateComplete;
    let parts = parsePath(fieldPath(path));
    while (parts.length > 0) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathOf(parts))}"]`);
      if (target) {
        const focusable = target.matches('input, select, textarea')
          ? target
          : target.querySelector<HTMLElement>('input, select, textarea, button');
        (focusable ?? target).focus();
        return;
      }
      parts = parts.slice(0, -1);
    }
    this.renderRoot.querySelector<HTMLElement>('#entry-heading')?.focus();
  }

  /** The last story that passed the checks, which the preview shows. */
  @state() private previewed: Story | undefined;

  private refreshPreview(): void {
    if (!this.validating && !this.problems.some((problem) => problem.severity === 'error'))
      this.previewed = this.current;
    if (this.previewed) this.preview?.update(this.previewed, this.settings);
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const panels = PANELS.map(({ panel, label }) => {
      const list = (this.current as unknown as Record<string, unknown>)[panel];
      return { panel, label, ...(Array.isArray(list) && panel !== 'report' ? { count: list.length } : {}) };
    });
    return html`
      <div @click=${this.onClick} @change=${this.onSelectAction}>
        ${draftToolbar(this.draftName, this.draftNames, this.saveStatus)} ${partsNav(panels, this.panel)}
      </div>
      <div class="columns">
        <section
          class="editing"
          aria-labelledby="panel-heading"
          @input=${this.onInput}
          @change=${this.onChange}
          @click=${this.onClick}
          @drop=${this.onDrop}
          @dragover=${this.onDragOver}
        >
          <h2 id="panel-heading">${PANELS.find((p) => p.panel === this.panel)?.label}</h2>
          <div @change=${this.onSelectAction}>${this.renderPanel()}</div>
        </section>
        <aside class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <div @change=${this.onSelectAction} @input=${this.onSelectAction}>${previewSettings(this.settings)}</div>
          <p class="hint" role="status">
            ${
              this.previewed === this.current
                ? 'The widgets show the story as it is now.'
                : this.previewed
                  ? 'The widgets show the story as it last passed its checks: fix the errors to update them.'
                  : 'The widgets appear once the story passes its checks.'
            }
          </p>
          <div class="preview-host"></div>
        </aside>
      </div>
      <div @click=${this.onClick}>${problemList(this.problems, this.validating)}</div>
    `;
  }

  private renderPanel(): TemplateResult {
    switch (this.panel) {
      case 'open':
        return openPanel({
          exampleSrc: this.exampleSrc,
          sheetKind: this.sheetKind,
          problems: this.importProblems,
          message: this.importMessage,
        });
      case 'publish':
        return publishPanel({
          story: this.current,
          errors: this.problems.filter((problem) => problem.severity === 'error').length,
          validating: this.validating,
          snippet: this.snippet,
          message: this.publishMessage,
        });
      case 'report':
        return this.renderEntry('report', 0, reportForm, 'report');
      default:
        return this.renderCollection(this.panel);
    }
  }

  private renderCollection(section: Collection | 'cases'): TemplateResult {
    const entries = entriesOf(this.current, section);
    const noun = PANELS.find((p) => p.panel === section)?.noun ?? 'an entry';
    const selected = Math.min(this.selected[section] ?? 0, entries.length - 1);
    const flagged = new Set<number>();
    for (const problem of this.problems) {
      const at = locate(problem.path);
      if (at.section === section) flagged.add(at.index);
    }
    const form = FORMS[section];
    return html`<div class="master-detail">
      ${entryList(noun, entries, selected, this.listFilters[section] ?? '', flagged)}
      ${selected >= 0 ? this.renderEntry(section, selected, form, `${section}[${selected}]`) : html`<p>None yet.</p>`}
    </div>`;
  }

  private renderEntry(
    section: Section,
    index: number,
    form: (ctx: FormContext, index: number) => TemplateResult,
    path: string,
  ): TemplateResult {
    const problems = new Map<string, Problem[]>();
    for (const problem of this.problems) {
      if (problem.path !== path && !problem.path.startsWith(`${path}.`) && !problem.path.startsWith(`${path}[`))
        continue;
      const key = fieldPath(problem.path);
      problems.set(key, [...(problems.get(key) ?? []), problem]);
    }
    const ctx: FormContext = { story: this.current, problems, filters: this.filters, rendered: new Set() };
    const body = form(ctx, index);
    const elsewhere = [...problems.entries()].filter(([key]) => !ctx.rendered.has(key)).flatMap(([, list]) => list);
    const entry = section === 'report' ? undefined : (entriesOf(this.current, section)[index] ?? {});
    return html`<div class="entry-form">
      <h3 id="entry-heading" tabindex="-1">${entry ? entryLabel(entry) : 'The reviewed report'}</h3>
      ${
        entry
          ? html`<p class="hint">
                Id <code>${String(entry.id)}</code>${
                  this.provisional.has(`${section}:${String(entry.id)}`)
                    ? ' (made from the name when you leave its field)'
                    : ' (stays the same once made)'
                }
              </p>
              <button type="button" data-action="delete-entry">Delete</button>`
          : nothing
      }
      ${
        elsewhere.length > 0
          ? html`<ul class="problems" id=${fieldId(`${path}-other`)}>
              ${elsewhere.map((problem) => html`<li class=${problem.severity}>${problem.path}: ${problem.message}</li>`)}
            </ul>`
          : nothing
      }
      ${body}
    </div>`;
  }
}

const FORMS: Record<Collection | 'cases', (ctx: FormContext, index: number) => TemplateResult> = {
  cases: caseForm,
  people: personForm,
  organizations: organizationForm,
  events: eventForm,
  quotes: quoteForm,
  positions: positionForm,
  sources: sourceForm,
  corrections: correctionForm,
};
