#!/usr/bin/env node
// `npm start`, after the build: serves the repository with web-dev-server
// (web-dev-server.config.mjs) on port 8000, or on the next free port when
// another program has it, and prints the address. PORT=9000 npm start
// prefers another port. Exits 1, saying so, when no port near it is free.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How many ports, from the preferred one up, are tried before giving up. */
export const PORT_ATTEMPTS = 20;

/**
 * Whether a TCP port can be listened on, as the dev server listens (every
 * interface, IPv6 and IPv4): false when any program holds it, on any address.
 */
export function isPortFree(port) {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolvePromise(false);
      else reject(error);
    });
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolvePromise(true)));
  });
}

/** The preferred port if it is free, else the next free one of the PORT_ATTEMPTS from it; throws if none is. */
export async function findFreePort(preferred, attempts = PORT_ATTEMPTS) {
  if (!Number.isInteger(preferred) || preferred < 1 || preferred > 65535)
    throw new RangeError(`${preferred} is not a TCP port.`);
  const last = Math.min(65535, preferred + attempts - 1);
  for (let port = preferred; port <= last; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`ports ${preferred}–${last} are all taken; free one, or choose another with PORT=<port> npm start.`);
}

async function main() {
  const { default: config } = await import('../web-dev-server.config.mjs');
  const preferred = process.env.PORT ? Number(process.env.PORT) : (config.port ?? 8000);
  let port;
  try {
    port = await findFreePort(preferred);
  } catch (error) {
    console.error(`casefile: ${error.message}`);
    return 1;
  }
  if (port !== preferred) console.log(`casefile: port ${preferred} is taken; serving on ${port} instead.`);
  const { startDevServer } = await import('@web/dev-server');
  await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false });
  console.log(`casefile: the demo is at http://${config.hostname ?? 'localhost'}:${port}/demo/`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
