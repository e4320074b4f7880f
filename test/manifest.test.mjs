// custom-elements.json, as `npm run build` writes it, read as an editor or a
// documentation tool would: each element's events are exactly the ones it
// documents with @fires, and nothing the analyzer guessed from code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);

/** What each tag fires: <case-data> reports a dataset it cannot use; the widgets fire nothing. */
const DOCUMENTED_EVENTS = {
  'case-corrections': [],
  'case-data': ['casefile-error'],
  'case-sides': [],
  'case-sources': [],
  'case-summary': [],
  'case-timeline': [],
  'person-card': [],
  'quote-block': [],
};

describe('custom-elements.json', () => {
  it('describes every element once', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), Object.keys(DOCUMENTED_EVENTS));
  });

  it("lists exactly each element's documented events", () => {
    for (const element of elements) {
      assert.deepEqual(
        (element.events ?? []).map((event) => event.name).sort(),
        DOCUMENTED_EVENTS[element.tagName],
        element.tagName,
      );
    }
  });

  it('gives casefile-error its event class and a description', () => {
    const [event] = elements.find((element) => element.tagName === 'case-data').events;
    assert.equal(event.type?.text, 'CasefileErrorEvent');
    assert.match(event.description, /dataset could not be used/);
    assert.doesNotMatch(event.description, /[{}]/, 'the type is not left in the description');
  });
});
