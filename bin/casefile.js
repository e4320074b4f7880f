#!/usr/bin/env node
// casefile fallback <tag> [name=value …] [--lang fr] [--structured-data]
//   Prints the tag with its static fallback HTML inside, for an editor to
//   paste into an article.
// casefile inline <story.json | ->
//   Validates a story and prints a <case-data> block carrying it as inline
//   JSON that no string in the story can break out of.
// Runs the built library (dist/), as installed from npm.
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';

// The widgets, from the library's one list of tags (src/tags.ts), once it is built.
const WIDGETS = await import('../dist/tags.js').then(
  ({ WIDGET_TAGS }) =>
    WIDGET_TAGS.join(', ')
      .replace(/(.{1,50})(?:, |$)/g, '$1,\n                     ')
      .replace(/,\s*$/, ''),
  () => 'see src/tags.ts (run `npm run build` first)',
);

const USAGE = `Usage: casefile fallback <tag> [name=value …] [--lang <lang>] [--structured-data]
       casefile inline <story.json | ->

casefile fallback prints <tag …> with the widget's content inside as static
HTML, readable without JavaScript; once the script loads, the widget replaces it.

  <tag>              a widget: ${WIDGETS}
  name=value         an attribute of the tag, e.g. person=michael-kovrig,
                     as-of=2020-11-20; a bare name (show-original) sets a
                     boolean attribute
  --lang <lang>      the widget's language: en, fr or zh-Hans (written as lang)
  --structured-data  also write the schema.org JSON-LD, and the attribute that keeps it

casefile inline validates a story (the file, or standard input for -) as the
widgets do, and prints a <case-data> block with the story as inline JSON,
with <, >, &, U+2028 and U+2029 written as \\u003c, \\u003e, \\u0026, \\u2028
and \\u2029 so that no string in it can end the <script>. Put the widgets that
show the story inside the block, after the script.

  -h, --help         this help
  -v, --version      the version

Examples:
  npx casefile fallback person-card person=michael-kovrig --lang fr
  npx casefile inline story.json

Exit codes: 0 written; 1 the story cannot be read or is not JSON;
2 bad command, tag, attribute or value, or a story that breaks the schema
(the reasons, with their JSON paths, on stderr).`;

/** Wrong input from the person typing the command: a message and exit code 2. */
class UsageError extends Error {}

/** Input the command cannot use (an unreadable file, malformed JSON): a message and exit code 1. */
class InputError extends Error {}

function parse(args) {
  const [command, ...rest] = args;
  if (command === undefined)
    throw new UsageError('missing command: casefile fallback <tag> … or casefile inline <story.json>');
  if (command === 'inline') return parseInline(rest);
  if (command !== 'fallback')
    throw new UsageError(`unknown command "${command}"; the commands are "fallback" and "inline".`);
  const attributes = {};
  const options = {};
  let tag;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value === undefined || value === '' || value.startsWith('-'))
        throw new UsageError('--lang needs a language, e.g. --lang fr');
      options.lang = value;
    } else if (arg === '--structured-data') {
      options.structuredData = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}".`);
    } else if (tag === undefined) {
      tag = arg;
    } else {
      const equals = arg.indexOf('=');
      const name = equals === -1 ? arg : arg.slice(0, equals);
      if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError(`"${arg}" is not name=value.`);
      if (Object.hasOwn(attributes, name)) throw new UsageError(`attribute "${name}" is given twice.`);
      attributes[name] = equals === -1 ? true : arg.slice(equals + 1);
    }
  }
  if (tag === undefined) throw new UsageError('missing tag: casefile fallback <tag> …');
  return { command, tag, attributes, options };
}

function parseInline(rest) {
  const files = rest.filter((arg) => arg === '-' || !arg.startsWith('-'));
  const unknown = rest.find((arg) => arg !== '-' && arg.startsWith('-'));
  if (unknown !== undefined) throw new UsageError(`unknown option "${unknown}".`);
  if (files.length === 0) throw new UsageError('missing story: casefile inline <story.json>, or - for standard input');
  if (files.length > 1) throw new UsageError('casefile inline reads one story.');
  return { command: 'inline', file: files[0] };
}

async function readStory(file) {
  let source;
  try {
    source = file === '-' ? await text(process.stdin) : readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${error.code ?? error.message}`);
  }
  // A byte-order mark is no part of the JSON: JSON.parse, in the browser too, refuses it.
  source = source.replace(/^\uFEFF/, '').trim();
  const where = file === '-' ? 'standard input' : file;
  if (source === '') throw new InputError(`${where} is empty; expected a story as JSON.`);
  try {
    return { source, json: JSON.parse(source) };
  } catch (error) {
    throw new InputError(`${where} is not valid JSON: ${error.message}`);
  }
}

async function inline(file) {
  let validator;
  let scriptSafe;
  try {
    // The escaping lives in the library (src/data/script-safe-json.ts), shared with <case-editor>.
    [validator, scriptSafe] = await Promise.all([
      import('../dist/data/validate.js'),
      import('../dist/data/script-safe-json.js'),
    ]);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('casefile: dist/ is missing; run `npm run build` first.');
    return 1;
  }
  let story;
  try {
    story = await readStory(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`casefile: ${error.message}`);
    return 1;
  }
  const { errors } = validator.validateStory(story.json);
  if (errors.length > 0) {
    const where = file === '-' ? 'the story on standard input' : file;
    const more = errors.length >= validator.MAX_ERRORS ? `\n  (the first ${errors.length}; there may be more)` : '';
    console.error(
      `casefile: ${where} breaks the story schema; nothing written.\n${errors.map(({ path, message }) => `  ${path || 'story'}: ${message}`).join('\n')}${more}`,
    );
    return 2;
  }
  process.stdout.write(scriptSafe.inlineCaseData(story.source));
  return 0;
}

async function main(args) {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (args.includes('-v') || args.includes('--version')) {
    console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  let request;
  try {
    request = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`casefile: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (request.command === 'inline') return inline(request.file);
  let library;
  try {
    library = await import('../dist/fallback/index.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    // The server renderer is an optional peer: a page that only shows widgets never needs it.
    if (String(error.message).includes('@lit-labs/ssr')) {
      console.error(
        "casefile: `casefile fallback` renders the widgets with Lit's server renderer, an optional dependency\n" +
          'that is not installed. Add it beside casefile:\n\n  npm install --save-dev @lit-labs/ssr',
      );
      return 1;
    }
    console.error('casefile: dist/ is missing; run `npm run build` first.');
    return 1;
  }
  try {
    console.log(library.renderFallback(request.tag, request.attributes, request.options));
    return 0;
  } catch (error) {
    if (!(error instanceof library.FallbackError)) throw error;
    console.error(error.message.startsWith('casefile:') ? error.message : `casefile: ${error.message}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
