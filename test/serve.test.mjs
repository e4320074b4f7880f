// `npm start`'s server (scripts/serve.mjs): with its port taken by another
// program it serves on the next free one and says so, rather than failing
// after the build; and it lets any origin read what it serves, as a CDN does.
// Ports here are random ones the system hands out, never 8000, which a
// developer's own server may hold.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findFreePort, isPortFree } from '../scripts/serve.mjs';

const root = resolve(import.meta.dirname, '..');

/** Holds a port the system chooses, as another program would; `host` narrows it to one address. */
async function holdPort(host) {
  const server = createServer();
  server.listen({ port: 0, host });
  await once(server, 'listening');
  return { port: server.address().port, release: () => new Promise((done) => server.close(done)) };
}

describe('scripts/serve.mjs', () => {
  it('takes the preferred port when it is free', async () => {
    const { port, release } = await holdPort();
    await release();
    assert.equal(await findFreePort(port), port);
  });

  it('takes the next free port when the preferred one is held, on any address', async () => {
    for (const host of [undefined, '127.0.0.1']) {
      const held = await holdPort(host);
      try {
        assert.equal(await isPortFree(held.port), false, `held on ${host ?? 'every address'}`);
        const port = await findFreePort(held.port);
        assert.ok(port > held.port && port < held.port + 20, `${port} after ${held.port}`);
        assert.equal(await isPortFree(port), true);
      } finally {
        await held.release();
      }
    }
  });

  it('says which ports are taken when none of them is free', async () => {
    const held = await holdPort();
    try {
      await assert.rejects(findFreePort(held.port, 1), new RegExp(`ports ${held.port}–${held.port} are all taken`));
    } finally {
      await held.release();
    }
  });

  it('serves on the next port when its own is taken, prints the address, and allows any origin', async () => {
    const held = await holdPort();
    const child = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: String(held.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stderr.on('data', (chunk) => (output += chunk));
      const url = await new Promise((found, failed) => {
        const timer = setTimeout(() => failed(new Error(`no address printed:\n${output}`)), 20_000);
        child.on('exit', (code) => failed(new Error(`exited ${code}:\n${output}`)));
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /the demo is at (http:\/\/\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            found(match[1]);
          }
        });
      });
      assert.match(output, new RegExp(`port ${held.port} is taken; serving on \\d+ instead`));
      assert.notEqual(new URL(url).port, String(held.port));
      const response = await fetch(url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(await response.text(), /<html/i);
      assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
        await once(child, 'exit');
      }
      await held.release();
    }
  });
});
