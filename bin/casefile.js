#!/usr/bin/env node
// casefile fallback <tag> [name=value …] [--lang fr] [--structured-data]
// Prints the tag with its static fallback HTML inside, for an editor to paste
// into an article. Runs the built library (dist/), as installed from npm.
import { readFileSync } from 'node:fs';

const USAGE = `Usage: casefile fallback <tag> [name=value …] [--lang <lang>] [--structured-data]

Prints <tag …> with the widget's content inside as static HTML, readable
without JavaScript; once the script loads, the widget replaces it.

  <tag>              case-summary, person-card, quote-block, case-timeline,
                     case-sides or case-sources
  name=value         an attribute of the tag, e.g. person=michael-kovrig,
                     as-of=2020-11-20; a bare name (show-original) sets a
                     boolean attribute
  --lang <lang>      the widget's language: en, fr or zh-Hans (written as lang)
  --structured-data  also write the schema.org JSON-LD, and the attribute that keeps it
  -h, --help         this help
  -v, --version      the version

Example:
  npx casefile fallback person-card person=michael-kovrig --lang fr

Exit codes: 0 written, 2 bad tag, attribute or value (the reason on stderr).`;

/** Wrong input from the person typing the command: a message and exit code 2. */
class UsageError extends Error {}

function parse(args) {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('missing command: casefile fallback <tag> …');
  if (command !== 'fallback') throw new UsageError(`unknown command "${command}"; the command is "fallback".`);
  const attributes = {};
  const options = {};
  let tag;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? rest[++i] : arg.slice('--lang='.length);
      if (value === undefined || value === '' || value.startsWith('-')) throw new UsageError('--lang needs a language, e.g. --lang fr');
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
  return { tag, attributes, options };
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
  let library;
  try {
    library = await import('../dist/fallback/index.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
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
