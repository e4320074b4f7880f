import { expect } from '@open-wc/testing';
import { validateStory } from '../src/data/validate.js';
import { storyJson } from '../src/editor/publish.js';
import { visibleText } from './helpers.js';
import { $, editor, field, panel, pick, press, settle, type, until } from './editor-helpers.js';

describe('<case-editor>: a story from blank', function () {
  this.timeout(20_000);

  it('builds a person, two events at different precisions, a quote and two sources through the form', async () => {
    const el = await editor();
    await press(el, 'open-blank');
    await panel(el, 'cases');
    await type(el, 'cases[0].headline.en', 'The ferry inquiry (fictional)');
    await type(el, 'cases[0].summary.en', 'An invented inquiry into an invented ferry.');
    await type(el, 'cases[0].articleDate', '2025-06-20');

    await panel(el, 'sources');
    await press(el, 'new-entry');
    await type(el, 'sources[0].publisher', 'Example Gazette');
    await type(el, 'sources[0].kind', 'news');
    await type(el, 'sources[0].title.en', 'Ferry inquiry opens');
    await type(el, 'sources[0].url', 'https://example.org/ferry');
    await type(el, 'sources[0].published', '2025-03');
    await press(el, 'new-entry');
    await type(el, 'sources[1].publisher', 'Port Authority');
    await type(el, 'sources[1].kind', 'official');
    await type(el, 'sources[1].title.en', 'Statement on the ferry');
    await type(el, 'sources[1].url', 'https://example.org/statement');
    expect(el.story.sources.map((source) => source.id)).to.deep.equal([
      'example-gazette-ferry-inquiry-opens',
      'port-authority-statement-on-the-ferry',
    ]);

    await panel(el, 'people');
    await press(el, 'new-entry');
    await type(el, 'people[0].name.en', 'Ada Lind');
    await type(el, 'people[0].name["zh-Hans"]', '阿达·林德');
    await type(el, 'people[0].nativeName.text', 'Ada Lind');
    await type(el, 'people[0].nativeName.lang', 'sv');
    await type(el, 'people[0].nationality.en', 'Fictional');
    await type(el, 'people[0].bio.en', 'An invented harbour pilot.');
    await press(el, 'add', '[data-template="role"]');
    await type(el, 'people[0].roles[0].title.en', 'Harbour pilot');
    await type(el, 'people[0].roles[0].from', '2019');
    await pick(el, 'people[0].sources', 'example-gazette-ferry-inquiry-opens');
    expect(el.story.people[0]!.id).to.equal('ada-lind');
    // Renaming later keeps the id: references stay valid.
    await type(el, 'people[0].name.en', 'Ada Lind-Berg');
    expect(el.story.people[0]!.id).to.equal('ada-lind');
    expect(field(el, 'people[0].name.fr').closest('.language')!.textContent).to.contain('missing translation');

    await panel(el, 'events');
    await press(el, 'new-entry');
    await type(el, 'events[0].date', '2025-03');
    await type(el, 'events[0].title.en', 'The ferry runs aground');
    await pick(el, 'events[0].people', 'ada-lind');
    await pick(el, 'events[0].sources', 'example-gazette-ferry-inquiry-opens');
    await pick(el, 'cases[0].keyDates', 'the-ferry-runs-aground');
    await press(el, 'new-entry');
    await type(el, 'events[1].date', '2025-06-20');
    await type(el, 'events[1].title.en', 'The inquiry reports');
    await pick(el, 'events[1].sources', 'port-authority-statement-on-the-ferry');
    expect(el.story.events.map((event) => event.date)).to.deep.equal(['2025-03', '2025-06-20']);
    expect($(el, '#f-events-1-date-hint').textContent).to.contain('day');

    await panel(el, 'quotes');
    await press(el, 'new-entry');
    await type(el, 'quotes[0].date', '2025-06-20');
    await type(el, 'quotes[0].text.en', 'We will learn from this.');
    await type(el, 'quotes[0].setting.en', 'Press conference');
    await pick(el, 'quotes[0].sources', 'port-authority-statement-on-the-ferry');
    expect(el.story.quotes[0]!.speaker).to.deep.equal({ person: 'ada-lind' });

    await panel(el, 'cases');
    await pick(el, 'cases[0].sources', 'example-gazette-ferry-inquiry-opens');
    await pick(el, 'cases[0].keyPeople', 'ada-lind');

    const problems = await el.checked();
    expect(problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    const exported = JSON.parse(storyJson(el.story)) as unknown;
    expect(validateStory(exported).errors).to.deep.equal([]);

    const card = $(el, '.preview-host person-card');
    await until(() => visibleText(card).includes('Ada Lind-Berg'), 'the preview to show the person');
    const timeline = $(el, '.preview-host case-timeline');
    await until(() => visibleText(timeline).includes('The ferry runs aground'), 'the preview timeline');

    await panel(el, 'publish');
    const block = (field as unknown as never, $(el, '#inline-block') as HTMLTextAreaElement).value;
    expect(block).to.match(/^<case-data>\n {2}<script type="application\/json">/);
    await expect(el).to.be.accessible();
  });

  it('shows each error beside its field, and its entry in the list moves the focus there', async () => {
    const el = await editor();
    await press(el, 'open-blank');
    await el.checked();
    await el.updateComplete;
    const entry = $(el, '.problem-list button[data-path="cases[0].headline.en"]');
    entry.click();
    await el.updateComplete;
    await settle();
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.path).to.equal('cases[0].headline.en');
    expect(focused.getAttribute('aria-invalid')).to.equal('true');
    const described = el.shadowRoot!.getElementById(focused.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(described.textContent).to.contain('Error');
    await expect(el).to.be.accessible();
  });

  it('warns of a source without a kind and of a fact carried only by a reference source', async () => {
    const el = await editor();
    await press(el, 'open-blank');
    await panel(el, 'sources');
    await press(el, 'new-entry');
    await type(el, 'sources[0].publisher', 'Encyclopedia');
    await type(el, 'sources[0].title.en', 'Ferry');
    await type(el, 'sources[0].url', 'https://example.org/wiki');
    let problems = await el.checked();
    expect(problems.some((p) => p.severity === 'warning' && p.path === 'sources[0].kind')).to.equal(true);
    await type(el, 'sources[0].kind', 'reference');
    await panel(el, 'events');
    await press(el, 'new-entry');
    await pick(el, 'events[0].sources', 'encyclopedia-ferry');
    problems = await el.checked();
    const warning = problems.find((p) => p.severity === 'warning' && p.path === 'events[0].sources');
    expect(warning?.message).to.contain('only by reference');
    await el.updateComplete;
    expect($(el, '#f-events-0-sources-problems').textContent).to.contain('Warning');
  });

  it('undoes and redoes with the buttons and with Ctrl+Z, Shift+Ctrl+Z', async () => {
    const el = await editor();
    await press(el, 'open-blank');
    await panel(el, 'cases');
    await type(el, 'cases[0].headline.en', 'First');
    await settle(20);
    await type(el, 'cases[0].summary.en', 'Second');
    const input = field(el, 'cases[0].summary.en');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.story.cases[0]!.summary).to.deep.equal({ en: '' });
    expect(field(el, 'cases[0].summary.en').value).to.equal('');
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(el.story.cases[0]!.summary).to.deep.equal({ en: 'Second' });
    await press(el, 'undo');
    await press(el, 'undo');
    expect(el.story.cases[0]!.headline).to.deep.equal({ en: '' });
    await press(el, 'redo');
    expect(el.story.cases[0]!.headline).to.deep.equal({ en: 'First' });
  });

  it('restores the draft after a reload, and keeps several drafts by name', async () => {
    const database = `casefile-editor-reload-${Date.now()}`;
    const first = await editor(database);
    await press(first, 'open-blank');
    await panel(first, 'cases');
    await type(first, 'cases[0].headline.en', 'Kept across reloads');
    await first.saveNow();
    first.remove();

    const again = await editor(database);
    expect(again.story.cases[0]!.headline).to.deep.equal({ en: 'Kept across reloads' });

    ($(again, '#new-draft-name') as HTMLInputElement).value = 'Second story';
    await press(again, 'new-draft');
    await until(
      () =>
        again.story.cases[0]!.headline.toString() !== '' &&
        'en' in again.story.cases[0]!.headline &&
        again.story.cases[0]!.headline.en === '',
      'a blank new draft',
    );
    await panel(again, 'cases');
    await type(again, 'cases[0].headline.en', 'The other one');
    await again.saveNow();
    again.remove();

    const third = await editor(database);
    expect(third.story.cases[0]!.headline).to.deep.equal({ en: 'The other one' });
    const choice = $(third, '#draft-choice') as HTMLSelectElement;
    expect([...choice.options].map((option) => option.value)).to.deep.equal(['Second story', 'Untitled story']);
    choice.value = 'Untitled story';
    choice.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await until(
      () => JSON.stringify(third.story.cases[0]!.headline) === '{"en":"Kept across reloads"}',
      'the first draft',
    );
  });
});
