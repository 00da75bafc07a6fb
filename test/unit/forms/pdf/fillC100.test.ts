import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFCheckBox, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../electron/services/pdf/loadFonts';
import { STATEMENT_OF_TRUTH_FIELD } from '../../../../forms/c100/pdf/c100Widgets';
import { C100_WIDGETS } from '../../../../forms/c100/pdf/c100Widgets';
import { loadC100Template } from '../../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../../forms/c100/pdf/C100Template';
import { UnknownCheckBoxOptionError, UnknownWidgetError } from '../../../../forms/c100/pdf/errors';
import { fillC100, saveFilledC100 } from '../../../../forms/c100/pdf/fillC100';
import type { FillInstruction } from '../../../../forms/c100/pdf/FillInstruction';
import type { FontBytes } from '../../../../forms/c100/pdf/fonts';
import { qpdfCheck, run, templateBytes, writeTemp } from './pdfTestSupport';

const NAMES: FillInstruction[] = [
  { widget: 'First name of first applicant', kind: 'text', value: 'Łukasz' },
  { widget: 'Last name of first applicant', kind: 'text', value: 'Wójcik' },
  { widget: 'First name of second applicant', kind: 'text', value: 'Siân' },
  { widget: 'Last name of second applicant', kind: 'text', value: 'Llŷr' },
  { widget: 'First name of first respondent', kind: 'text', value: 'Nguyễn Thị Minh' },
  { widget: 'First name of second respondent', kind: 'text', value: 'Ayşe Yılmaz' },
  { widget: '11. First names - applicant 1', kind: 'text', value: 'محمد علي' },
];
const NATURE = 'Please specify the nature of the order you seek. For example, an order about with whom a child is to live, or how often they spend time with the applicant and for how long';

let template: C100Template;
let fonts: FontBytes;

beforeAll(async () => {
  template = await loadC100Template(templateBytes(), 'test copy');
  fonts = await loadFonts();
});

async function fillAndSave(instructions: readonly FillInstruction[], flatten = false, extra: Parameters<typeof fillC100>[3] = {}) {
  const filled = await fillC100(template, fonts, instructions, extra);
  const bytes = await saveFilledC100(template, filled, { flatten });
  return { filled, bytes, file: writeTemp(flatten ? 'flat.pdf' : 'filled.pdf', bytes) };
}

describe('template repair', () => {
  it('registers the 201 unregistered widgets and splits the statement of truth off Check Box1', () => {
    expect(template.repair.registered).toHaveLength(201);
    expect(template.repair.splitStatementOfTruth).toBe(true);
    // Every check box widget (239 named + the 3 extra kids of multi-widget boxes).
    expect(template.repair.inlinedCheckBoxStates).toBe(242);
  });

  it('makes every widget reachable through pdf-lib on the saved bytes, and pdftk lists them all', async () => {
    const { bytes, file } = await fillAndSave([]);
    const form = (await PDFDocument.load(bytes)).getForm();
    for (const widget of C100_WIDGETS) {
      const field = widget.type === 'text' ? form.getTextField(widget.name) : form.getCheckBox(widget.name);
      expect(field.getName()).toBe(widget.name);
    }
    const names = run('pdftk', [file, 'dump_data_fields_utf8'])
      .split('\n')
      .filter((l) => l.startsWith('FieldName: '))
      .map((l) => l.slice('FieldName: '.length));
    expect(new Set(names)).toEqual(new Set([...C100_WIDGETS.map((w) => w.name), STATEMENT_OF_TRUTH_FIELD]));
  });

  it('saves a file qpdf --check finds clean (the template itself has 187 warnings)', async () => {
    const { file } = await fillAndSave(NAMES);
    const check = qpdfCheck(file);
    expect(check.output).not.toContain('WARNING');
    expect(check.status).toBe(0);
  });
});

describe('fillC100', () => {
  it('embeds a Unicode font: pdftotext extracts every name', async () => {
    const { file, bytes } = await fillAndSave(NAMES);
    const text = run('pdftotext', [file, '-']);
    for (const name of ['Łukasz', 'Wójcik', 'Siân', 'Llŷr', 'Nguyễn Thị Minh', 'Ayşe Yılmaz']) expect(text).toContain(name);
    // pdftotext wraps right-to-left text in bidi embedding marks; the letters are in logical order.
    expect(text.replace(/[\u202a-\u202e]/g, '')).toContain('محمد علي');
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getTextField('Last name of first applicant').getText()).toBe('Wójcik');
  });

  it('moves text that does not fit onto a numbered continuation sheet and points to it', async () => {
    const long = 'The children should live with me during the school term and see their father every other weekend. '.repeat(30);
    const { filled, file, bytes } = await fillAndSave([{ widget: NATURE, kind: 'text', value: long, question: 'Nature of the order you seek', section: 'Page 1 – Nature of application' }], false, {
      continuationItems: [{ title: 'Child 5', section: '1. The child(ren)', rows: [['First name(s)', 'Zofia'], ['Last name', 'Wójcik']] }],
      partiesHeader: 'Applicant: Łukasz Wójcik · Respondent: Siân Llŷr',
    });
    expect(filled.continuationSheets.map((s) => [s.number, s.reason, s.title])).toEqual([
      [1, 'extra', 'Child 5'],
      [2, 'overflow', 'Nature of the order you seek'],
    ]);
    expect((await PDFDocument.load(bytes)).getForm().getTextField(NATURE).getText()).toBe('See continuation sheet 2');
    const text = run('pdftotext', ['-layout', file, '-']);
    expect(text).toContain('Continuation sheet 1: Child 5');
    expect(text).toContain('Continuation sheet 2: Nature of the order you seek');
    expect(text).toContain('Zofia');
    expect(text).toContain('Continuation sheets – Page 1 of');
    expect(filled.pageCount).toBeGreaterThan(31);
  });

  it('overflows a value longer than MaxLen with a pointer that fits MaxLen', async () => {
    const { bytes, filled } = await fillAndSave([{ widget: '11. Year of date of birth - applicant 1', kind: 'text', value: '19845' }]);
    expect(filled.continuationSheets).toHaveLength(1);
    expect((await PDFDocument.load(bytes)).getForm().getTextField('11. Year of date of birth - applicant 1').getText()).toBe('*1');
  });

  it('ticks check boxes, including a chosen state of a multi-widget check box', async () => {
    const { bytes } = await fillAndSave([
      { widget: 'Check Box1', kind: 'check', checked: true },
      { widget: STATEMENT_OF_TRUTH_FIELD, kind: 'check', checked: true, option: 'The applicant believes' },
      { widget: 'Check Box3', kind: 'check', checked: true, option: "Applicant's legal rep" },
    ]);
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getCheckBox('Check Box1').isChecked()).toBe(true);
    const sot = form.getField(STATEMENT_OF_TRUTH_FIELD);
    expect(sot).toBeInstanceOf(PDFCheckBox);
    expect(sot.acroField.dict.get(PDFName.of('V'))?.toString()).toBe('/The#20applicant#20believes');
  });

  it('rejects unknown widgets, wrong kinds and unknown options with a field-map error', async () => {
    await expect(fillC100(template, fonts, [{ widget: 'No such box', kind: 'text', value: 'x' }])).rejects.toBeInstanceOf(UnknownWidgetError);
    await expect(fillC100(template, fonts, [{ widget: 'Check Box1', kind: 'text', value: 'x' }])).rejects.toBeInstanceOf(UnknownWidgetError);
    await expect(fillC100(template, fonts, [{ widget: 'Check Box3', kind: 'check', checked: true, option: 'Judge' }])).rejects.toBeInstanceOf(UnknownCheckBoxOptionError);
  });

  it('flattens: no fields remain, text stays extractable, qpdf clean', async () => {
    const { bytes, file } = await fillAndSave([...NAMES, { widget: 'Check Box1', kind: 'check', checked: true }], true);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getForm().getFields()).toHaveLength(0);
    expect(run('pdftk', [file, 'dump_data_fields_utf8']).trim()).toBe('');
    expect(run('pdftotext', [file, '-'])).toContain('Łukasz');
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('sets document metadata: title, language en-GB, producer C100 Prep, blank author', async () => {
    const { file } = await fillAndSave([]);
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Title:\s+C100 – Application under section 8 of the Children Act 1989 \(04\.24\)/);
    expect(info).toMatch(/Producer:\s+C100 Prep/);
    expect(info).not.toMatch(/Author:[ \t]*\S/);
    expect(Buffer.from(readFileSync(file)).toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('renders values inside their boxes (pdftoppm output for visual checks)', async () => {
    const { file } = await fillAndSave(NAMES);
    const out = path.join(path.dirname(file), 'page');
    run('pdftoppm', ['-png', '-r', '60', '-f', '3', '-l', '3', file, out]);
    expect(readFileSync(`${out}-03.png`).length).toBeGreaterThan(1000);
  });
});
