import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importTemplate, importedTemplatePath, locateTemplate, TemplateNotFoundError } from '../../../../electron/services/template/locateTemplate';
import { TemplateWrongFormError } from '../../../../forms/c100/pdf/errors';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const checkoutCopy = path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24.pdf');
const temp = () => mkdtempSync(path.join(tmpdir(), 'c100-template-'));

describe('locateTemplate', () => {
  it('prefers an explicit path, then C100_TEMPLATE', async () => {
    expect(await locateTemplate({ explicitPath: 'x.pdf', env: { C100_TEMPLATE: 'y.pdf' } })).toEqual({ path: path.resolve('x.pdf'), origin: 'explicit' });
    expect((await locateTemplate({ env: { C100_TEMPLATE: '/tmp/y.pdf' } })).path).toBe('/tmp/y.pdf');
  });

  it('falls back to ../shared/forms beside the checkout, resolved from the repo root', async () => {
    expect(await locateTemplate({ env: {}, dataDir: temp() })).toEqual({ path: checkoutCopy, origin: 'checkout' });
  });

  it('says where it looked and where to download the form when there is none', async () => {
    // A repo root inside a fresh temp folder: its ../shared is that folder's own, which does not exist.
    const error = await locateTemplate({ env: {}, dataDir: temp(), repoRoot: path.join(temp(), 'repo') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateNotFoundError);
    expect((error as Error).message).toContain('gov.uk');
  });

  it('imports a verified template into the data folder and then finds it there first', async () => {
    const dataDir = temp();
    const target = await importTemplate(checkoutCopy, { dataDir });
    expect(target).toBe(importedTemplatePath(dataDir));
    expect(await locateTemplate({ env: {}, dataDir })).toEqual({ path: target, origin: 'imported' });
  });

  it('refuses to import another PDF and leaves nothing behind', async () => {
    const dataDir = temp();
    const other = path.join(temp(), 'other.pdf');
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    writeFileSync(other, await doc.save());
    await expect(importTemplate(other, { dataDir })).rejects.toBeInstanceOf(TemplateWrongFormError);
    expect(existsSync(importedTemplatePath(dataDir))).toBe(false);
  });
});
