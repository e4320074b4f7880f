// `casefile inline story.json` as an editor runs it: the story is validated
// as the widgets validate it, and the <case-data> block it prints carries the
// JSON so that no string in it can end the <script> element or open a comment.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const cliPath = resolve(root, 'bin/casefile.js');
const demoPath = resolve(root, 'demo/stories/fictional-harbour-inquiry.json');
const demo = JSON.parse(readFileSync(demoPath, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'casefile-inline-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI as `npx casefile …` would, with `input` on standard input. */
function casefile(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: work,
    encoding: 'utf8',
    input,
  });
  return { status, stdout, stderr };
}

function storyFile(name, content) {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** The demo story with markup where an editor might paste it: a headline, a summary, a quote. */
function hostileStory() {
  const story = structuredClone(demo);
  story.cases[0].headline.en = 'Pier </script><script>alert(1)</script> inquiry <!-- & --> </SCRIPT >';
  story.cases[0].summary.fr = 'Un <!-- commentaire et une balise <script> ouverte';
  story.cases[0].summary['zh-Hans'] += '\u2028\u2029 & > < </scr' + 'ipt';
  return story;
}

/** The block's parts: what is before, inside and after the one <script>. */
function parts(html) {
  const match = /^<case-data>\n {2}<script type="application\/json">([\s\S]*)<\/script>\n<\/case-data>\n$/.exec(html);
  assert.ok(match, `a <case-data> block with one inline script:\n${html.slice(0, 200)}`);
  return match[1];
}

describe('casefile inline', () => {
  it('writes a <case-data> block whose JSON parses back to the story', () => {
    const result = casefile(['inline', demoPath]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(JSON.parse(parts(result.stdout)), demo);
  });

  it('escapes </script>, <!-- and the rest so that only the closing tag ends the script', () => {
    const story = hostileStory();
    const result = casefile(['inline', storyFile('hostile.json', story)]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.match(/<\/script/gi)?.length, 1, 'the only </script is the closing tag');
    assert.ok(result.stdout.trimEnd().endsWith('</script>\n</case-data>'));
    assert.doesNotMatch(result.stdout, /<!--/);
    const json = parts(result.stdout);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.match(json, /\\u003c\/script\\u003e\\u003cscript\\u003ealert\(1\)/);
    assert.deepEqual(JSON.parse(json), story, 'the escapes mean the same characters');
  });

  it('changes nothing but those characters: the layout and every other character stay', () => {
    const source = JSON.stringify(hostileStory(), null, 2);
    const json = parts(casefile(['inline', storyFile('layout.json', source)]).stdout);
    const unescaped = json.replace(/\\u(003c|003e|0026|2028|2029)/g, (_, hex) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    assert.equal(unescaped, source);
  });

  it('reads standard input for -', () => {
    const story = hostileStory();
    const result = casefile(['inline', '-'], JSON.stringify(story));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(parts(result.stdout)), story);
  });

  it('writes nothing for a story that breaks the schema, and names each error by its JSON path (exit 2)', () => {
    const story = structuredClone(demo);
    delete story.people[0].name.en;
    story.cases[0].id = 'Not An Id';
    const result = casefile(['inline', storyFile('invalid.json', story)]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /breaks the story schema/);
    assert.match(result.stderr, /^ {2}people\[0\]\.name\.en: /m);
    assert.match(result.stderr, /^ {2}cases\[0\]\.id: /m);
  });

  it('says clearly when the input cannot be read or is not JSON (exit 1)', () => {
    for (const [args, input, message] of [
      [['inline', join(work, 'missing.json')], undefined, /cannot read .*missing\.json: ENOENT/],
      [['inline', storyFile('malformed.json', '{"cases": [}')], undefined, /malformed\.json is not valid JSON/],
      [['inline', '-'], '', /standard input is empty/],
      [['inline', '-'], '{"cases": ', /standard input is not valid JSON/],
    ]) {
      const result = casefile(args, input);
      assert.equal(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'a message, not a stack trace');
    }
  });

  it('takes one story and no options (exit 2, with the usage)', () => {
    for (const args of [['inline'], ['inline', 'a.json', 'b.json'], ['inline', '--pretty', 'a.json']]) {
      const result = casefile(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /casefile inline <story\.json \| ->/);
    }
  });

  it('is in the usage text', () => {
    const result = casefile(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /casefile inline <story\.json \| ->/);
    assert.match(result.stdout, /\\u003c/);
  });
});
