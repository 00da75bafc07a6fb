/**
 * electron-builder.yml against electron-builder's own JSON schema (issue 4 "Shell"), plus the
 * security choices the schema cannot know about (fuses, files allow-list, hardened runtime).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const config = YAML.parse(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

/**
 * The schema is JSON Schema draft-07 (Ajv 8's default draft). It uses union types
 * (`"type": ["null", "string"]`), which strict mode allows only with `allowUnionTypes`, and the
 * `typeof` keyword from ajv-keywords (for hook functions), declared here so strict mode stays on.
 */
function compileBuilderSchema() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

describe('electron-builder.yml', () => {
  const validate = compileBuilderSchema();

  it('is valid against electron-builder’s JSON schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught by the schema check if it had a typo', () => {
    expect(validate({ ...config, electronFuse: {} })).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
  });

  it('names the app and targets NSIS, dmg, AppImage and deb', () => {
    expect(config.productName).toBe('C100 Prep');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect((config.linux as { category?: string }).category).toBeTruthy();
  });

  it('packs into asar and flips the security fuses', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('ships only the built app and package.json, never a PDF', () => {
    const files = config.files as string[];
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/**', 'package.json']);
    expect(files).toContain('!**/*.pdf');
    expect(JSON.stringify(config)).not.toMatch(/extraResources|extraFiles/);
  });

  it('has a hardened-runtime entitlements file that grants JIT only', () => {
    const plist = readFileSync(path.join(repoRoot, 'build/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
