import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import {
  CaseCorrections,
  CaseData,
  CaseSides,
  CaseSources,
  CaseSummary,
  CaseTimeline,
  PersonCard,
  QuoteBlock,
  TAGS,
  type CasefileTag,
} from '../src/index.js';
import { define } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { part, watchWarnings } from './helpers.js';

describe('registration', () => {
  it('registers every tag of the one list, each with the class casefile/classes.js exports', () => {
    const classes = {
      'case-data': CaseData,
      'case-corrections': CaseCorrections,
      'case-sides': CaseSides,
      'case-sources': CaseSources,
      'case-summary': CaseSummary,
      'case-timeline': CaseTimeline,
      'person-card': PersonCard,
      'quote-block': QuoteBlock,
    } satisfies Record<CasefileTag, CustomElementConstructor>;
    expect([...TAGS].sort()).to.deep.equal(Object.keys(classes).sort());
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.equal(classes[tag]);
      expect(document.createElement(tag)).to.be.instanceOf(classes[tag]);
    }
  });

  it('running the same registration twice neither throws nor warns', () => {
    const warnings = watchWarnings();
    try {
      expect(() => define('person-card', PersonCard)).not.to.throw();
      expect(() => define('person-card', class extends PersonCard {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the first definition and warns once when another version registers', async () => {
    const warnings = watchWarnings();
    try {
      class Older extends PersonCard {
        static override readonly casefileVersion = '0.0.1';
      }
      define('person-card', class extends Older {});
      define('quote-block', class extends Older {});
      expect(customElements.get('person-card')).to.equal(PersonCard);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('person-card').and.contain(VERSION).and.contain('0.0.1');
    } finally {
      warnings.restore();
    }
    const el = await fixture(html`<person-card person="michael-kovrig"></person-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Michael Kovrig');
  });

  it('can register a class under another tag name', async () => {
    customElements.define('story-person', class extends PersonCard {});
    const el = await fixture(html`<story-person person="meng-wanzhou"></story-person>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Meng Wanzhou');
  });

  it('keeps the version in step with package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
