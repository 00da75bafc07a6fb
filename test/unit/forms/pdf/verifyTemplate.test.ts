import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { C100_DOWNLOAD_URL } from '../../../../forms/c100/pdf/c100Widgets';
import { TemplateDamagedError, TemplateEncryptedError, TemplateWrongFormError } from '../../../../forms/c100/pdf/errors';
import { verifyC100Template } from '../../../../forms/c100/pdf/verifyTemplate';
import { templateBytes, templatePath, writeTemp } from './pdfTestSupport';

describe('verifyC100Template', () => {
  it('accepts the official C100 04.24 by its structure', async () => {
    const result = await verifyC100Template(templateBytes(), 'test copy');
    expect(result).toEqual({ pageCount: 31, widgetCount: 435, version: '04.24' });
  });

  it('refuses an unrelated PDF, naming the form and where to download it', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const error = await verifyC100Template(await doc.save(), 'other.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateWrongFormError);
    expect((error as Error).message).toContain('1 pages where the C100 has 31');
    expect((error as Error).message).toContain(C100_DOWNLOAD_URL);
    expect((error as Error).message).toContain('form C100');
  });

  it('refuses a truncated copy as damaged', async () => {
    const bytes = templateBytes();
    await expect(verifyC100Template(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.pdf')).rejects.toBeInstanceOf(TemplateDamagedError);
  });

  it('refuses a file that is not a PDF at all', async () => {
    await expect(verifyC100Template(new TextEncoder().encode('hello, not a pdf'), 'notes.txt')).rejects.toBeInstanceOf(TemplateDamagedError);
  });

  it('refuses a copy with one widget renamed, naming the missing field', async () => {
    const doc = await PDFDocument.load(templateBytes(), { updateMetadata: false });
    const field = doc.getForm().getTextField('First name of first applicant');
    field.acroField.dict.set(PDFName.of('T'), PDFString.of('Renamed field'));
    const error = await verifyC100Template(await doc.save(), 'renamed.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateWrongFormError);
    expect((error as Error).message).toContain('First name of first applicant');
    expect((error as Error).message).toContain('Renamed field');
  });

  it('refuses a copy with a widget removed from its page', async () => {
    const doc = await PDFDocument.load(templateBytes(), { updateMetadata: false });
    const form = doc.getForm();
    form.removeField(form.getTextField('Help with Fees - 1'));
    const error = await verifyC100Template(await doc.save(), 'removed.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateWrongFormError);
    expect((error as Error).message).toContain('Help with Fees - 1');
  });

  it('refuses an encrypted copy', async () => {
    const out = writeTemp('encrypted.pdf', new Uint8Array());
    execFileSync('qpdf', ['--warning-exit-0', '--encrypt', 'user', 'owner', '256', '--', templatePath, out], { stdio: 'ignore' });
    await expect(verifyC100Template(new Uint8Array(readFileSync(out)), 'encrypted.pdf')).rejects.toBeInstanceOf(TemplateEncryptedError);
  });
});
