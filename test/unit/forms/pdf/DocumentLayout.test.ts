import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../electron/services/pdf/loadFonts';
import { createGeneratedDocument, DocumentLayout } from '../../../../forms/c100/pdf/DocumentLayout';
import { embedFonts } from '../../../../forms/c100/pdf/fonts';
import { run, writeTemp } from './pdfTestSupport';

describe('DocumentLayout', () => {
  it('wraps numbered questions across pages with header, "Page x of y" and a DRAFT watermark', async () => {
    const doc = await createGeneratedDocument('Review copy', new Date('2024-05-01T00:00:00Z'));
    const layout = new DocumentLayout(doc, await embedFonts(doc, await loadFonts()), {
      documentName: 'C100 review copy',
      header: 'Applicant: Siân Llŷr · Respondent: محمد علي',
      watermark: 'DRAFT',
    });
    layout.heading('C100 review copy', 1);
    layout.yesNoTable([
      ['Any form of domestic abuse', 'Yes'],
      ['Child abduction', 'No'],
    ]);
    for (let i = 1; i <= 60; i++) layout.question(`1.${i}`, `Question ${i}`, i === 7 ? '' : `Answer ${i} `.repeat(12));
    layout.finish();
    expect(layout.pages.length).toBeGreaterThan(2);
    const file = writeTemp('layout.pdf', await doc.save());
    const text = run('pdftotext', ['-layout', file, '-']);
    expect(text).toContain(`Page 1 of ${layout.pages.length}`);
    expect(text).toContain(`Page ${layout.pages.length} of ${layout.pages.length}`);
    expect(text).toContain('Siân Llŷr');
    expect(text).toContain('1.60');
    expect(text).toContain('Not answered');
    expect(run('pdfinfo', [file])).toMatch(/Title:\s+Review copy/);
  });

  it('draws the diagonal watermark (pdftotext skips 45° text, so compare renders)', async () => {
    const render = async (watermark: string | undefined) => {
      const doc = await createGeneratedDocument('W');
      const layout = new DocumentLayout(doc, await embedFonts(doc, await loadFonts(), { arabic: false }), { documentName: 'W', watermark });
      layout.paragraph('Same content');
      layout.finish();
      const file = writeTemp('w.pdf', await doc.save());
      run('pdftoppm', ['-png', '-r', '20', file, `${file}-img`]);
      return readFileSync(`${file}-img-1.png`);
    };
    expect((await render('DRAFT')).equals(await render(undefined))).toBe(false);
  });
});

describe('DocumentLayout running header', () => {
  it('wraps a long header naming many parties onto a second line, and ends a longer one with "…"', async () => {
    const parties = (n: number) => `Applicant(s): Siân Llŷr and Łukasz Wójcik – Respondent(s): ${Array.from({ length: n }, (_, i) => `Respondent Number${i + 1} Lastname`).join(', ')}`;
    const render = async (header: string) => {
      const doc = await createGeneratedDocument('Header');
      const layout = new DocumentLayout(doc, await embedFonts(doc, await loadFonts(), { arabic: false }), { documentName: 'H', header });
      layout.paragraph('Body');
      layout.finish();
      return run('pdftotext', [writeTemp('header.pdf', await doc.save()), '-']);
    };
    const two = await render(parties(4));
    expect(two).toContain('Respondent Number4 Lastname');
    const many = await render(parties(12));
    expect(many).toContain('…');
    expect(many).not.toContain('Respondent Number12 Lastname');
  });
});
