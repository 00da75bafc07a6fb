import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFilePath, serveAppRequest } from '../../../../electron/main/appProtocol';

describe('resolveAppFilePath', () => {
  const root = path.resolve('/srv/app/renderer');
  it.each([
    ['app://c100/', 'index.html'],
    ['app://c100/index.html', 'index.html'],
    ['app://c100/assets/main-abc.js', 'assets/main-abc.js'],
    ['app://c100/assets/a%20b.css', 'assets/a b.css'],
    ['app://c100/index.html?x=1#top', 'index.html'],
  ])('maps %s inside the renderer folder', (url, relative) => {
    expect(resolveAppFilePath(url, root)).toBe(path.join(root, relative));
  });

  it.each(['app://c100/../secret.txt', 'app://c100/%2e%2e/secret.txt', 'app://c100/assets/../../../secret.txt'])(
    'keeps %s inside the folder (the URL parser resolves dot segments at the root)',
    (url) => {
      expect(resolveAppFilePath(url, root)).toBe(path.join(root, 'secret.txt'));
    },
  );

  it.each([
    'app://c100/assets/..%2f..%2fsecret.txt',
    'app://c100/..%5csecret.txt',
    'app://c100/%00index.html',
    'app://c100/%E0%A4%A',
    'app://other/index.html',
    'app://user@c100/index.html',
    'file:///etc/passwd',
    'https://c100/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFilePath(url, root)).toBeUndefined();
  });
});

describe('serveAppRequest', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'c100-proto-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'secret');
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('serves files with their type, the CSP and nosniff', async () => {
    const response = await serveAppRequest('app://c100/assets/app.js', root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
  });

  it('answers 404 for missing files, folders and symlinks that leave the folder', async () => {
    expect((await serveAppRequest('app://c100/missing.js', root)).status).toBe(404);
    expect((await serveAppRequest('app://c100/assets', root)).status).toBe(404);
    const escaped = await serveAppRequest('app://c100/assets/link.txt', root);
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('secret');
  });
});
