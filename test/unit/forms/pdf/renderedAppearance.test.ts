/**
 * What a reader actually draws (issue 3 "Done when": render each page and look): these tests render
 * parts of filled pages with poppler's pdftoppm and check the pixels, so a tick that is set in
 * /V and /AS but not drawn, or text drawn outside its box, fails here.
 */
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../electron/services/pdf/loadFonts';
import { C100_WIDGETS_BY_NAME } from '../../../../forms/c100/pdf/c100Widgets';
import { loadC100Template } from '../../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../../forms/c100/pdf/C100Template';
import { fillC100, saveFilledC100 } from '../../../../forms/c100/pdf/fillC100';
import type { FillInstruction } from '../../../../forms/c100/pdf/FillInstruction';
import type { FontBytes } from '../../../../forms/c100/pdf/fonts';
import { darkShare, qpdfCheck, renderGray, run, templateBytes, writeTemp } from './pdfTestSupport';

let template: C100Template;
let fonts: FontBytes;

beforeAll(async () => {
  template = await loadC100Template(templateBytes(), 'test copy');
  fonts = await loadFonts();
});

function widget(name: string) {
  const found = C100_WIDGETS_BY_NAME.get(name);
  if (!found) throw new Error(`test names a widget the inventory lacks: ${name}`);
  return found;
}

/** The middle of a check box (away from its printed border), where a tick draws. */
function inside(name: string): readonly [number, number, number, number] {
  const [x1, y1, x2, y2] = widget(name).rect;
  const dx = (x2 - x1) * 0.25;
  const dy = (y2 - y1) * 0.25;
  return [x1 + dx, y1 + dy, x2 - dx, y2 - dy];
}

// Ticked and unticked neighbours on the pages the template's check boxes are spread over.
const TICKED = [
  'Child Arrangements Order - Yes',
  'child abuse - Yes',
  'any form of domestic abuse - No',
  '2b. Are you claiming exemption from the requirement to attend a MIAM? Yes',
  'Domestic violence you must complete section 13a',
  'a relevant protective injunction',
  'Check Box12',
  '10a - need for Welsh, Yes',
  'person needs both spoken and written Welsh - 2',
];
const UNTICKED = [
  'Prohibited Steps Order - Yes',
  'child abuse - No',
  'any form of domestic abuse - Yes',
  '2b. Are you claiming exemption from the requirement to attend a MIAM? No',
  'Child protection concerns you must complete section 13b',
  'evidence of a relevant conviction for a domestic violence offence',
  'Check Box13',
  '10a - need for Welsh, No',
  'person only needs spoken Welsh - 2',
];

describe('check box ticks as poppler draws them', () => {
  const instructions: FillInstruction[] = [
    ...TICKED.map((name): FillInstruction => ({ widget: name, kind: 'check', checked: true })),
    ...UNTICKED.map((name): FillInstruction => ({ widget: name, kind: 'check', checked: false })),
  ];

  for (const flatten of [false, true]) {
    it(`draws a tick in every ticked box and none in the unticked ones (${flatten ? 'flattened' : 'editable'})`, async () => {
      const bytes = await saveFilledC100(template, await fillC100(template, fonts, instructions), { flatten });
      const file = writeTemp('ticks.pdf', bytes);
      for (const name of TICKED) expect({ name, dark: darkShare(renderGray(file, widget(name).page, inside(name))) > 0.08 }).toEqual({ name, dark: true });
      for (const name of UNTICKED) expect({ name, dark: darkShare(renderGray(file, widget(name).page, inside(name))) }).toEqual({ name, dark: 0 });
    });
  }

  it('keeps the editable file a working form: qpdf clean, pdftk and pdf-lib read the ticks back', async () => {
    const bytes = await saveFilledC100(template, await fillC100(template, fonts, instructions));
    const file = writeTemp('ticks.pdf', bytes);
    expect(qpdfCheck(file).status).toBe(0);
    const dump = run('pdftk', [file, 'dump_data_fields_utf8']);
    const values = new Map<string, string>();
    for (const block of dump.split('---')) {
      const name = /FieldName: (.*)/.exec(block)?.[1];
      const value = /FieldValue: (.*)/.exec(block)?.[1];
      if (name !== undefined) values.set(name, value ?? '');
    }
    for (const name of TICKED) expect([name, values.get(name)]).toEqual([name, expect.not.stringMatching(/^(Off)?$/)]);
    for (const name of UNTICKED) expect([name, values.get(name) ?? 'Off']).toEqual([name, 'Off']);
    const form = (await PDFDocument.load(bytes)).getForm();
    for (const name of TICKED) expect([name, form.getCheckBox(name).isChecked()]).toEqual([name, true]);
    for (const name of UNTICKED) expect([name, form.getCheckBox(name).isChecked()]).toEqual([name, false]);
  });
});
