import { expect } from '@open-wc/testing';
import { parseSheet } from '../src/editor/csv.js';
import { importSheet, sheetTemplate } from '../src/editor/spreadsheet.js';
import { blankStory } from '../src/editor/story-edit.js';
import { inlineBlock } from '../src/editor/publish.js';
import { $, editor, panel, press, until } from './editor-helpers.js';
import type { CaseEditor } from '../src/editor/case-editor.js';

const EXAMPLE = '/demo/stories/fictional-harbour-inquiry.json';

async function paste(el: CaseEditor, selector: string, text: string, action: string): Promise<void> {
  await panel(el, 'open');
  ($(el, selector) as HTMLTextAreaElement).value = text;
  await press(el, action);
  await until(() => $(el, '.import-result').textContent!.trim() !== '', 'the import result');
}

const resultText = (el: CaseEditor) => $(el, '.import-result').textContent!.replace(/\s+/g, ' ');

describe('the sheet reader', () => {
  it('reads quoted cells with commas, line breaks and doubled quotes, and keeps each row’s line', () => {
    const rows = parseSheet('a,b,c\r\n"x, y","two\nlines","say ""hi"""\n\nlast,,\n');
    expect(rows).to.deep.equal([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'two\nlines', 'say "hi"'] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('reads tab-separated rows as pasted from a spreadsheet', () => {
    expect(parseSheet('name_en\tbio_en\nAda\t"A, b"')).to.deep.equal([
      { line: 1, cells: ['name_en', 'bio_en'] },
      { line: 2, cells: ['Ada', 'A, b'] },
    ]);
  });

  it('writes a blank template whose columns it reads back', () => {
    const header = parseSheet(sheetTemplate('events'))[0]!.cells;
    expect(header).to.deep.equal([
      'date',
      'title_en',
      'title_fr',
      'title_zh-Hans',
      'people',
      'in_report',
      'key_event',
      'sources',
    ]);
  });

  it('refuses an impossible date with its line and column, and adds nothing', () => {
    const story = blankStory();
    const result = importSheet(story, 'events', 'date,title_en\n2021-02-28,Fine\n2021-02-30,Not a day');
    expect(result).to.deep.equal({
      problems: [
        {
          where: 'line 3, column date',
          message: '"2021-02-30" is not a date that exists; write YYYY, YYYY-MM or YYYY-MM-DD',
        },
      ],
    });
  });

  it('writes an inline block no string can break out of', () => {
    const story = blankStory();
    const hostile = { ...story, cases: [{ ...story.cases[0]!, headline: { en: '</script><!-- & \u2028' } }] };
    const block = inlineBlock(hostile);
    expect(block.match(/<\/script/g)).to.have.length(1);
    expect(block).not.to.contain('<!--');
    const json = /<script type="application\/json">([\s\S]*)<\/script>/.exec(block)![1]!;
    expect(JSON.parse(json)).to.deep.equal(hostile);
  });
});

describe('<case-editor>: opening stories and sheets', function () {
  this.timeout(20_000);

  it('opens the fictional demo story, and adds rows pasted from a spreadsheet', async () => {
    const el = await editor();
    await press(el, 'open-example');
    await until(() => el.story.people.length === 2, 'the demo story');
    expect(el.story.people[0]!.id).to.equal('ines-varga');
    const errors = (await el.checked()).filter((problem) => problem.severity === 'error');
    expect(errors).to.deep.equal([]);

    const sources = [
      'publisher\tkind\ttitle_en\turl\tpublished',
      'Harbour Times\tnews\t"Ferry, pier and ""inquiry"""\thttps://example.org/ht\t2025-06',
    ].join('\n');
    await paste(el, '#paste-sheet', sources, 'open-sheet');
    // The kind is still "people": the rows are checked against that sheet's columns.
    expect(resultText(el)).to.contain('unknown column "publisher"');
    const kind = $(el, '#sheet-kind') as HTMLSelectElement;
    kind.value = 'sources';
    kind.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await paste(el, '#paste-sheet', sources, 'open-sheet');
    expect(resultText(el)).to.contain('1 sources added');
    expect(el.story.sources.at(-1)!.title.en).to.equal('Ferry, pier and "inquiry"');

    kind.value = 'events';
    kind.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const events = [
      'date\ttitle_en\ttitle_fr\tpeople\tin_report\tkey_event\tsources',
      '2025-07\tThe ferry returns\tLe traversier revient\tInes Varga\tno\tyes\thttps://example.org/ht',
      '2026\tA second inquiry\t\t\t\t\thttps://example.org/ht',
    ].join('\n');
    await paste(el, '#paste-sheet', events, 'open-sheet');
    expect(el.story.events.slice(-2).map((event) => [event.id, event.date, event.people])).to.deep.equal([
      ['the-ferry-returns', '2025-07', ['ines-varga']],
      ['a-second-inquiry', '2026', []],
    ]);
    expect(el.story.cases[0]!.keyDates).to.include('the-ferry-returns');
    expect((await el.checked()).filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('opens the bundled story, which passes its checks', async () => {
    const el = await editor();
    await press(el, 'open-bundled');
    await until(() => el.story.people.length > 5, 'the bundled story');
    expect((await el.checked()).filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    await panel(el, 'people');
    expect($(el, '#entry-heading').textContent).to.contain('Michael Kovrig');
    await expect(el).to.be.accessible();
  });

  it('imports nothing from malformed JSON, and says where it breaks', async () => {
    const el = await editor();
    await press(el, 'open-example');
    await until(() => el.story.people.length === 2, 'the demo story');
    const before = el.story;
    await paste(el, '#paste-json', '{\n  "cases": [\n    { "id": "x", }\n  ]\n}', 'open-pasted');
    expect(resultText(el)).to.match(/Nothing was imported: line 3, column 1\d/);
    expect(el.story).to.equal(before);
  });

  it('imports nothing from a story with a date that does not exist, and names its JSON path', async () => {
    const el = await editor();
    const story = (await (await fetch(EXAMPLE)).json()) as { events: { date: string }[] };
    story.events[1]!.date = '2025-02-29';
    const before = el.story;
    await paste(el, '#paste-json', JSON.stringify(story), 'open-pasted');
    expect(resultText(el)).to.contain('events[1].date');
    expect(el.story).to.equal(before);
  });

  it('imports no row of a sheet with an unknown column or an impossible date', async () => {
    const el = await editor();
    await press(el, 'open-example');
    await until(() => el.story.people.length === 2, 'the demo story');
    const before = el.story;
    await paste(el, '#paste-sheet', 'name_en,shoe_size\nAda Lind,38', 'open-sheet');
    expect(resultText(el)).to.contain('line 1, column 2: unknown column "shoe_size"');
    expect(el.story).to.equal(before);
    await paste(
      el,
      '#paste-sheet',
      'name_en,role_en,role_from\nAda Lind,Pilot,2019\nBo Ek,Pilot,2023-13',
      'open-sheet',
    );
    expect(resultText(el)).to.contain('line 3, column role_from: "2023-13" is not a date that exists');
    expect(el.story).to.equal(before);
  });

  it('opens a JSON file dropped on it', async () => {
    const el = await editor();
    await panel(el, 'open');
    const file = new File([await (await fetch(EXAMPLE)).text()], 'harbour.json', { type: 'application/json' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    $(el, '.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true }));
    await until(() => el.story.people.length === 2, 'the dropped story');
  });
});
