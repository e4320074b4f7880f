// The fallback-HTML generator as an editor runs it: `casefile fallback <tag> …`
// from the built package. What it prints is pasted into articles, so these
// tests read the facts in it, and check it carries nothing but static HTML.
//
// It also keeps the checked-in fixtures under test/fixtures/fallback/ (which
// the browser test, test/fallback.test.ts, renders with and without
// JavaScript) equal to what the CLI prints today. After a deliberate change:
//   UPDATE_FALLBACK_FIXTURES=1 node --test test/fallback.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const cliPath = resolve(root, 'bin/casefile.js');

/** Runs the CLI as `npx casefile …` would. */
function casefile(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, encoding: 'utf8' });
  return { status, stdout, stderr };
}

function fallback(...args) {
  const result = casefile('fallback', ...args);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '', 'a valid fallback warns about nothing');
  return result.stdout;
}

/** What a fallback must never carry: script, or Lit's hydration markers. */
function assertStaticHtml(html) {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /lit-part|lit-node|<\?/);
  assert.doesNotMatch(html, /<template|<slot|<style/i, 'no shadow DOM or styles: plain light-DOM HTML');
  assert.doesNotMatch(html, /\s(?:class|part)="/, 'no hooks for shadow styles that the page could catch');
  const links = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]);
  assert.ok(links.length > 0, 'cites its sources as links');
  for (const href of links) assert.match(href, /^https?:\/\//);
  // Every id is unique in the fallback, and every reference to one resolves.
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(new Set(ids).size, ids.length);
  for (const [, ref] of html.matchAll(/aria-labelledby="([^"]+)"/g)) assert.ok(ids.includes(ref), ref);
}

describe('casefile fallback person-card', () => {
  it('writes the tag with the card as static HTML: name, native name, role, status with dates, sources (en)', () => {
    const html = fallback('person-card', 'person=michael-kovrig');
    assertStaticHtml(html);
    assert.match(html, /^<person-card person="michael-kovrig">\n/);
    assert.match(html, /\n<\/person-card>\n$/);
    assert.match(html, /<div lang="en">/);
    assert.match(html, /<h3>Michael Kovrig<\/h3>/);
    assert.doesNotMatch(html, /<span lang="zh-Hans">康明凯<\/span>/);
    assert.match(fallback('person-card', 'person=meng-wanzhou'), /<span lang="zh-Hans">孟晚舟<\/span>/);
    assert.match(html, /Senior adviser for North East Asia, International Crisis Group/);
    assert.match(html, /<dt>Nationality<\/dt>\s*<dd>Canadian<\/dd>/);
    assert.match(
      html,
      /Released; China said it had granted him bail on health grounds[^<]*, <time datetime="2021-09-24">24 September 2021<\/time> · after 1,019 days in detention/,
    );
    assert.match(
      html,
      /<details>\s*<summary>Sources \(\d+\)<\/summary>\s*<ol>\s*<li value="\d+">\s*<a href="https:\/\//,
    );
  });

  it('speaks French with --lang fr, and says so on the tag and on the content', () => {
    const html = fallback('person-card', 'person=michael-kovrig', '--lang', 'fr');
    assertStaticHtml(html);
    assert.match(html, /^<person-card person="michael-kovrig" lang="fr">\n<div lang="fr">/);
    assert.match(html, /<h3>Michael Kovrig<\/h3>/);
    assert.match(html, /Conseiller principal pour l’Asie du Nord-Est/);
    assert.match(html, /<dt>Nationalité<\/dt>/);
    assert.match(html, /<time datetime="2021-09-24">24 septembre 2021<\/time> · après 1\s019 jours de détention/);
  });

  it('renders the story as of a day, and keeps the attribute on the tag for the widget', () => {
    const html = fallback('person-card', 'person=kang-mingkai', 'as-of=2020-11-20', 'heading-level=2');
    assert.match(html, /^<person-card person="kang-mingkai" as-of="2020-11-20" heading-level="2">/);
    assert.match(html, /<h2>Michael Kovrig<\/h2>/);
    assert.match(html, /711 days/);
    assert.doesNotMatch(html, /Released/);
  });
});

describe('casefile fallback quote-block', () => {
  it('writes the quotation as figure, blockquote and figcaption, with speaker, date and sources (en)', () => {
    const html = fallback('quote-block', 'quote=zhao-lijian-2020-11-20');
    assertStaticHtml(html);
    assert.match(html, /^<quote-block quote="zhao-lijian-2020-11-20">/);
    assert.match(
      html,
      /<figure>\s*<blockquote data-length="long" cite="https:\/\/[^"]+">\s*<p>… no matter how much the Canadian government covers up the truth/,
    );
    assert.match(
      html,
      /<figcaption>[\s\S]*<span>Zhao Lijian<\/span>, Spokesperson of the Ministry of Foreign Affairs of China/,
    );
    assert.match(html, /<time datetime="2020-11-20">20 November 2020<\/time>/);
    assert.match(html, /<\/figcaption>\s*<\/figure>/);
  });

  it('in French, with show-original as a bare boolean attribute, shows the Chinese wording marked zh-Hans', () => {
    const html = fallback('quote-block', 'quote=zhao-lijian-2020-11-20', 'show-original', '--lang', 'fr');
    assertStaticHtml(html);
    assert.match(html, /^<quote-block quote="zhao-lijian-2020-11-20" show-original lang="fr">/);
    assert.match(html, /<p>\[…\] le gouvernement canadien aura beau dissimuler la vérité/);
    assert.match(html, /<blockquote lang="zh-Hans"><p>……无论加政府如何/);
    assert.match(html, /<time datetime="2020-11-20">20 novembre 2020<\/time>/);
  });
});

describe('casefile fallback case-summary', () => {
  it('writes the headline, the summary, key people and dates with <time datetime>, and the sources (en)', () => {
    const html = fallback('case-summary');
    assertStaticHtml(html);
    assert.match(html, /^<case-summary>\n<div lang="en">/);
    // Without as-of, today's headline: the men were released in September 2021.
    assert.match(
      html,
      /<h3>Michael Kovrig and Michael Spavor, visited virtually by Canada’s ambassador in November 2020, were released in September 2021<\/h3>/,
    );
    assert.match(html, /<h4>Key people<\/h4>/);
    assert.match(html, /<li><strong>Michael Kovrig<\/strong>: /);
    assert.match(
      html,
      /<li><time datetime="2018-12-10">10 December 2018<\/time>: Michael Kovrig is detained in Beijing/,
    );
  });

  it('in French', () => {
    const html = fallback('case-summary', '--lang', 'fr');
    assertStaticHtml(html);
    assert.match(html, /^<case-summary lang="fr">\n<div lang="fr">/);
    assert.match(html, /<h4>Personnes clés<\/h4>/);
    // French sets a narrow no-break space before the colon.
    assert.match(
      html,
      /<time datetime="2018-12-10">10 décembre 2018<\/time>\u202f: Michael Kovrig est placé en détention à Pékin/,
    );
  });
});

describe('the other widgets', () => {
  for (const tag of ['case-timeline', 'case-sides', 'case-sources']) {
    it(`writes <${tag}> as static HTML`, () => {
      const html = fallback(tag, '--lang', 'fr');
      assertStaticHtml(html);
      assert.match(html, new RegExp(`^<${tag} lang="fr">\\n<div lang="fr">`));
      assert.match(html, /<time datetime="\d{4}(-\d\d){0,2}">/);
    });
  }
});

describe('what the CLI writes on the tag', () => {
  it('escapes attribute values', () => {
    const html = fallback('person-card', 'person=michael-kovrig', 'title=He said "no" & <left>');
    assert.match(html, /^<person-card person="michael-kovrig" title="He said &quot;no&quot; &amp; &lt;left&gt;">\n/);
  });

  it('gives the same input the same HTML, and two widgets different ids, so fallbacks can share a page', () => {
    const first = fallback('person-card', 'person=michael-kovrig');
    assert.equal(fallback('person-card', 'person=michael-kovrig'), first);
    const idsOf = (html) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const other = idsOf(fallback('person-card', 'person=michael-spavor'));
    for (const id of idsOf(first)) assert.ok(!other.includes(id), id);
  });

  it("with --structured-data, adds the widget's JSON-LD, marked so the widget replaces it", () => {
    const args = ['person-card', 'person=michael-kovrig'];
    const html = fallback(...args, '--structured-data');
    const script = html.match(/<script type="application\/ld\+json" data-casefile>([^<]*)<\/script>/);
    assert.ok(script, 'a JSON-LD script');
    const data = JSON.parse(script[1]);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@graph'][0]['@type'], 'Person');
    assert.equal(data['@graph'][0].name, 'Michael Kovrig');
    assert.match(
      html,
      /^<person-card person="michael-kovrig" structured-data>/,
      'the tag keeps the attribute, so the widget keeps the JSON-LD',
    );
    assert.ok(!fallback(...args).includes('<script'), 'none without the flag');
  });
});

describe('bad input: a message on stderr, nothing on stdout, exit code 2', () => {
  const cases = [
    {
      args: ['fallback', 'people-card', 'person=michael-kovrig'],
      says: /"people-card" is not a Casefile widget.*person-card/,
    },
    { args: ['fallback', 'person-card', 'persn=michael-kovrig'], says: /no attribute "persn".*person/ },
    { args: ['fallback', 'person-card', 'person=michael-kovrg'], says: /person="michael-kovrg".*michael-kovrig/ },
    { args: ['fallback', 'person-card'], says: /needs a "person" attribute/ },
    { args: ['fallback', 'person-card', 'person=michael-kovrig', 'as-of=2020-13-45'], says: /as-of="2020-13-45"/ },
    { args: ['fallback', 'person-card', 'person=michael-kovrig', 'variant=tiny'], says: /variant="tiny"/ },
    { args: ['fallback', 'quote-block', 'quote=zhao-lijian-2020-11-20', 'as-of=2020-01-01'], says: /quote/ },
    { args: ['fallback', 'person-card', 'person=michael-kovrig', '--lang'], says: /--lang needs a language/ },
    { args: ['fallback', 'person-card', 'person=michael-kovrig', '--bogus'], says: /unknown option "--bogus"/ },
    { args: ['fallback', 'person-card', '=x'], says: /not name=value/ },
    { args: ['fallback'], says: /missing tag/ },
    { args: ['render', 'person-card'], says: /unknown command "render"/ },
    { args: [], says: /missing command/ },
  ];
  for (const { args, says } of cases) {
    it(`casefile ${args.join(' ')}`, () => {
      const { status, stdout, stderr } = casefile(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, says);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('--help prints the usage on stdout and exits 0', () => {
    const { status, stdout } = casefile('--help');
    assert.equal(status, 0);
    assert.match(stdout, /casefile fallback <tag>/);
  });
});

describe('renderFallback(), the function behind the CLI', async () => {
  const { renderFallback, FallbackError, FALLBACK_TAGS } = await import('../dist/fallback/index.js');

  it('takes booleans for boolean attributes and the language as an option', () => {
    const html = renderFallback(
      'quote-block',
      { quote: 'zhao-lijian-2020-11-20', 'show-original': true },
      { lang: 'fr' },
    );
    assert.match(html, /^<quote-block quote="zhao-lijian-2020-11-20" show-original lang="fr">/);
    assert.match(html, /<blockquote lang="zh-Hans">/);
  });

  it('throws a FallbackError where the widget would show a notice', () => {
    assert.throws(() => renderFallback('person-card', { person: 'nobody' }), FallbackError);
    assert.throws(() => renderFallback('not-a-widget', {}), FallbackError);
  });

  it('writes every widget of the one list of tags', async () => {
    const { WIDGET_TAGS } = await import('../dist/tags.js');
    assert.deepEqual([...FALLBACK_TAGS].sort(), [...WIDGET_TAGS].sort());
    // The attribute each widget needs; the others need none.
    const needs = { 'person-card': { person: 'michael-kovrig' }, 'quote-block': { quote: 'zhao-lijian-2020-11-20' } };
    for (const tag of FALLBACK_TAGS) assert.match(renderFallback(tag, needs[tag] ?? {}), new RegExp(`^<${tag}[ >]`));
  });
});

/** The fixtures test/fallback.test.ts renders in Chromium, with the command that writes each. */
const FIXTURES = {
  'person-card.en.html': ['person-card', 'person=michael-kovrig'],
  'person-card.fr.html': ['person-card', 'person=michael-kovrig', '--lang', 'fr'],
  'quote-block.en.html': ['quote-block', 'quote=zhao-lijian-2020-11-20'],
  'case-summary.fr.html': ['case-summary', '--lang', 'fr'],
  'case-sides.en.html': ['case-sides', 'as-of=2020-11-20'],
  'case-corrections.en.html': ['case-corrections'],
  'quote-block.original.en.html': ['quote-block', 'quote=zhao-lijian-2020-11-20', 'show-original'],
};

describe('the browser test’s fixtures are what the CLI prints today', () => {
  for (const [file, args] of Object.entries(FIXTURES)) {
    it(`test/fixtures/fallback/${file} = casefile fallback ${args.join(' ')}`, () => {
      const path = resolve(root, 'test/fixtures/fallback', file);
      const html = fallback(...args);
      if (process.env.UPDATE_FALLBACK_FIXTURES) writeFileSync(path, html);
      assert.equal(readFileSync(path, 'utf8'), html, 'stale: rerun with UPDATE_FALLBACK_FIXTURES=1');
    });
  }
});
