import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CHANNEL_NAME_PATTERN,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  HOST_CHANNELS,
  HOST_ERROR_CODES,
  HOST_METHODS,
  HOST_METHOD_NAMES,
  HostCallError,
  hostResultSchema,
} from '../../../../forms/host';

describe('the HostApi channel table', () => {
  it('names every channel c100:<noun>:<verb>, each used once', () => {
    const channels = Object.values(HOST_CHANNELS);
    for (const channel of channels) expect(channel).toMatch(CHANNEL_NAME_PATTERN);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('has a request and a response schema for every method, and no extra ones', () => {
    expect(Object.keys(HOST_METHODS).sort()).toEqual([...HOST_METHOD_NAMES].sort());
  });
});

describe('request schemas', () => {
  it('refuse unknown keys, so a page cannot smuggle options in', () => {
    expect(HOST_METHODS.openDraft.request.safeParse({ id: 'abc', path: '/etc/passwd' }).success).toBe(false);
    expect(HOST_METHODS.exportPdf.request.safeParse({ id: 'abc', options: { mode: 'editable', layout: 'combined', folder: '/tmp' } }).success).toBe(false);
    expect(HOST_METHODS.listDrafts.request.safeParse({ anything: 1 }).success).toBe(false);
  });

  it('accept an empty call for methods that take nothing', () => {
    expect(HOST_METHODS.listDrafts.request.safeParse(undefined).success).toBe(true);
    expect(HOST_METHODS.vaultStatus.request.safeParse({}).success).toBe(true);
  });

  it('accept only draft ids that are safe as file names', () => {
    const open = HOST_METHODS.openDraft.request;
    expect(open.safeParse({ id: '3f2c1a9e-7b4d-4c1a-9d2e-0a1b2c3d4e5f' }).success).toBe(true);
    for (const id of ['', '../x', 'a/b', 'a\\b', 'x'.repeat(65), 'a b', 'con.txt']) expect(open.safeParse({ id }).success, id).toBe(false);
  });

  it('parse the draft payload with the domain draft schema (schemaVersion 2, unknown keys stripped)', () => {
    const save = HOST_METHODS.saveDraft.request;
    const parsed = save.parse({ id: 'd1', draft: { schemaVersion: 2, smuggled: 'x' } });
    expect(parsed.draft).toEqual({ schemaVersion: 2 });
    expect(save.safeParse({ id: 'd1', draft: { schemaVersion: 1 } }).success).toBe(false);
    expect(save.safeParse({ id: 'd1', draft: 'not a draft' }).success).toBe(false);
  });

  it('ask for a new passphrase of at least 8 characters, and bound every passphrase', () => {
    expect(HOST_METHODS.setUpPassphrase.request.safeParse({ passphrase: 'short' }).success).toBe(false);
    expect(HOST_METHODS.setUpPassphrase.request.safeParse({ passphrase: 'three random words' }).success).toBe(true);
    expect(HOST_METHODS.unlockVault.request.safeParse({ passphrase: 'x'.repeat(1025) }).success).toBe(false);
  });

  it('never name a file path: export and import choose through a dialog in main', () => {
    const requestKeys = Object.values(HOST_METHODS).flatMap((method) => {
      const shape = z.toJSONSchema(method.request, { unrepresentable: 'any', io: 'input' }) as { properties?: object; anyOf?: { properties?: object }[] };
      const options = shape.anyOf?.map((option) => option.properties ?? {}) ?? [shape.properties ?? {}];
      return options.flatMap((properties) => Object.keys(properties));
    });
    expect(requestKeys).toContain('passphrase');
    for (const key of requestKeys) expect(key).not.toMatch(/path|file|folder|dir/i);
  });
});

describe('results', () => {
  it('are { ok: true, value } or { ok: false, error: { code, message } } with a known code', () => {
    const schema = hostResultSchema(z.number());
    expect(schema.safeParse({ ok: true, value: 1 }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'locked', message: 'Unlock first.' } }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'made_up', message: 'x' } }).success).toBe(false);
    expect(schema.safeParse({ ok: true }).success).toBe(false);
  });

  it('HostCallError carries one of the codes', () => {
    const error = new HostCallError('not_found', 'No draft d1 was found.');
    expect(HOST_ERROR_CODES).toContain(error.code);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('the Content Security Policy', () => {
  it('allows nothing but the app itself: no remote origin, no eval, no inline script', () => {
    const sources = Object.values(CSP_DIRECTIVES).flat();
    for (const source of sources) expect(["'self'", "'none'", 'data:']).toContain(source);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'; /);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
