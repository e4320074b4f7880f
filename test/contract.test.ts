import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { WIDGET_TAGS, type WidgetTag } from '../src/tags.js';
import { expectBadInputNotice, part } from './helpers.js';

// What every widget promises, checked for every tag of the one list: bad
// input gets a notice and one warning, never an exception; heading-level
// sets its heading; it survives being moved in the page.

/** Attributes that make each widget render (the others need none). */
const NEEDS: Partial<Record<WidgetTag, Record<string, string>>> = {
  'person-card': { person: 'michael-kovrig' },
  'quote-block': { quote: 'zhao-lijian-2020-11-20' },
};

/** The part that holds each widget's main heading; <quote-block> has none. */
const HEADING: Record<Exclude<WidgetTag, 'quote-block'>, string> = {
  'case-corrections': 'heading',
  'case-sides': 'heading',
  'case-sources': 'heading',
  'case-summary': 'headline',
  'case-timeline': 'heading',
  'person-card': 'name',
};

function widget(tag: WidgetTag, extra: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...NEEDS[tag], ...extra })) el.setAttribute(name, value);
  return el;
}

/** A widget as a template, for the helpers that take one. */
function template(tag: WidgetTag, extra: Record<string, string>): TemplateResult {
  return html`${widget(tag, extra)}`;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

describe('every widget keeps the contract', () => {
  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      it('shows a notice and warns once for a bad theme, and for a bad as-of date', async () => {
        await expectBadInputNotice(template(tag, { theme: 'neon' }), /theme="neon"/, 'dark');
        await expectBadInputNotice(template(tag, { 'as-of': '2020-13-45' }), /as-of="2020-13-45"/, 'YYYY-MM-DD');
      });

      if (tag !== 'quote-block') {
        it('shows a notice and warns once for a heading level outside 2 to 6', async () => {
          await expectBadInputNotice(template(tag, { 'heading-level': '9' }), /heading-level="9"/, '6');
        });

        it('puts its main heading at the level the page asks for', async () => {
          for (const level of [2, 5]) {
            const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
              template(tag, { 'heading-level': String(level) }),
            );
            expect(part(el, HEADING[tag as keyof typeof HEADING])!.localName, `heading-level="${level}"`).to.equal(
              `h${level}`,
            );
          }
        });
      }

      it('renders again, the same, when it is moved in the page, and stops following a lang it has left', async () => {
        const first = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
        const second = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        const el = widget(tag, { 'structured-data': '' }) as Widget;
        first.append(el);
        await el.updateComplete;
        const inFrench = el.shadowRoot!.innerHTML;
        second.append(el);
        await el.updateComplete;
        expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
        first.append(el);
        await el.updateComplete;
        expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
        expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
        expect(el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')).to.equal(inFrench.replace(/<!--[^]*?-->/g, ''));
        // Out of the page, it no longer re-renders when a lang changes.
        el.remove();
        let updates = 0;
        const original = el.requestUpdate.bind(el);
        el.requestUpdate = () => {
          updates++;
          original();
        };
        first.lang = 'zh-Hans';
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(updates).to.equal(0);
      });
    });
  }
});
