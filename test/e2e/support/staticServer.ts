/**
 * A tiny static file server for the production build, on 127.0.0.1 only and a free port. It sends
 * the app's Content Security Policy as a header, as main does for `app://` (forms/host), and refuses
 * anything outside the served folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../forms/host/contentSecurityPolicy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The address of index.html. */
  url: string;
  close(): Promise<void>;
}

export class BuildMissingError extends Error {
  override readonly name = 'BuildMissingError';
  constructor(folder: string) {
    super(`No production build of the renderer at ${folder}. Run \`npm run build\` (or \`npm run test:e2e\`, which builds first).`);
  }
}

/** Serves `rootDir`; throws `BuildMissingError` when it has no index.html. */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  try {
    await stat(path.join(root, 'index.html'));
  } catch {
    throw new BuildMissingError(root);
  }
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
      if (file !== root && !file.startsWith(`${root}${path.sep}`)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/index.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
