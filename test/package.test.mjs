// Packs the package as npm would publish it, installs it into a fresh
// consumer project, type-checks a consumer file against the shipped types and
// bundles it with rollup: what a developer who runs `npm install casefile` gets.
//
// It packs the dist/ that `npm run build` made (npm test builds first) and
// never rebuilds it: `npm pack` would run `prepack`, which deletes and
// rebuilds dist/ while the other test files, running at the same time, read it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work;
let consumer;
let tarball;
/** dist/index.js's inode and modification time before packing: a rebuild would change them. */
let builtBefore;
const built = () => {
  const { ino, mtimeMs } = statSync(join(root, 'dist/index.js'));
  return { ino, mtimeMs };
};

before(() => {
  assert.ok(
    existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'custom-elements.json')),
    'run `npm run build` first',
  );
  builtBefore = built();
  work = mkdtempSync(join(tmpdir(), 'casefile-package-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  tarball = packed[0];
  consumer = join(work, 'consumer');
  cpSync(join(root, 'test/package/consumer.ts'), join(consumer, 'src/main.ts'), { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      include: ['src'],
    }),
  );
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball.filename)], {
    cwd: consumer,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('installs no server renderer for a page that only shows widgets: @lit-labs/ssr is an optional peer', () => {
    assert.equal(existsSync(join(consumer, 'node_modules/@lit-labs/ssr')), false);
    assert.equal(existsSync(join(consumer, 'node_modules/lit')), true);
  });

  it('its CLI says how to add the server renderer when `casefile fallback` needs it', () => {
    const run = spawnSync(
      process.execPath,
      [join(consumer, 'node_modules/casefile/bin/casefile.js'), 'fallback', 'person-card', 'person=michael-kovrig'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /npm install --save-dev @lit-labs\/ssr/);
  });

  it('is packed from the build as it is: dist/, which other tests read meanwhile, is not rebuilt', () => {
    assert.deepEqual(built(), builtBefore);
  });

  it('ships the build, its types and the manifest, and no sources, tests or build statistics', () => {
    const files = tarball.files.map((file) => file.path);
    for (const expected of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/classes.js',
      'dist/data/index.js',
      'dist/embed.html',
      'dist/cdn/casefile.js',
      'dist/cdn/loader.js',
      'dist/elements/person-card/define.d.ts',
    ]) {
      assert.ok(files.includes(expected), `${expected} is in the package`);
    }
    assert.deepEqual(
      files.filter((path) => /^(src|test|demo|scripts|dist\/stats)\//.test(path)),
      [],
    );
  });

  it('type-checks a consumer that uses document.createElement("person-card") with its typed properties', () => {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumer, 'tsconfig.json')],
      {
        stdio: 'inherit',
      },
    );
  });

  it('bundles with rollup: one copy of Lit, and only the element imported is registered', async () => {
    const bundle = await rollup({
      input: join(consumer, 'src/main.ts'),
      plugins: [nodeResolve({ rootDir: consumer }), esbuild({ target: 'es2022' })],
      onwarn: (warning) => assert.fail(`rollup warned: ${warning.message}`),
    });
    const { output } = await bundle.generate({ format: 'es' });
    const code = output[0].code;
    assert.equal(code.match(/litElementVersions/g)?.length, 1, 'Lit is bundled exactly once');
    assert.match(code, /define\(["']person-card["']/);
    for (const other of ['quote-block', 'case-summary', 'case-timeline', 'case-sides', 'case-sources']) {
      assert.doesNotMatch(code, new RegExp(`define\\(["']${other}["']`), `${other} is not registered`);
    }
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/casefile/package.json'), 'utf8'));
    assert.equal(pkg.name, 'casefile');
  });
});
