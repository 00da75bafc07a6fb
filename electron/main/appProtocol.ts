/**
 * The `app://c100/` protocol that serves the built renderer (Electron security checklist item 18:
 * prefer a custom protocol over `file://`). Only files under the renderer folder are served; every
 * response carries the CSP and `nosniff`. This module imports no `electron` at run time, so its
 * path checks are unit-tested directly.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../forms/host';

export const APP_SCHEME = 'app';
export const APP_HOST = 'c100';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged` (must run before `app` is ready):
 * `standard` gives the scheme real origins and relative URLs, `secure` lets it count as a secure
 * context; no `bypassCSP`, no `corsEnabled`, no `allowServiceWorkers`, no `stream` (not needed).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether `url` is on the app's own origin (`app://c100/...`). Never throws. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * The file under `rootDir` that an `app://c100/...` URL names, or `undefined` when the URL is not
 * ours, is malformed, or points outside `rootDir` (`..`, encoded `%2e%2e`, `%2f`, NUL bytes,
 * backslashes). Pure: does not touch the disk (symlinks are checked by `serveAppRequest`).
 */
export function resolveAppFilePath(url: string, rootDir: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  const { pathname } = new URL(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved === root || !resolved.startsWith(root + path.sep)) return undefined;
  return resolved;
}

/** The response headers of every `app://` response. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Answers one `app://` request from files under `rootDir` (404 for anything else). */
export async function serveAppRequest(url: string, rootDir: string): Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const filePath = resolveAppFilePath(url, rootDir);
  if (filePath === undefined) return notFound();
  try {
    // A symlink inside the folder could still point outside it: compare real paths too.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(filePath)]);
    if (!realFile.startsWith(realRoot + path.sep)) return notFound();
    const body = await readFile(realFile);
    return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(realFile) });
  } catch {
    return notFound();
  }
}

/** Installs the `app://` handler on `protocol` (after `app` is ready). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rootDir));
}
