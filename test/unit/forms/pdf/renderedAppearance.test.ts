/**
 * What a reader actually draws (issue 3 "Done when": render each page and look): these tests render
 * parts of filled pages with poppler's pdftoppm and check the pixels, so a tick that is set in
 * /V and /AS but not drawn, or text drawn outside its box, fails here.
 */
import { PDFDocument } from 'pdf-lib';
import { createGeneratedDocument, DocumentLayout } from '../../../../forms/c100/pdf/DocumentLayout';
import { embedFonts, placedGlyphs, splitRuns } from '../../../../forms/c100/pdf/fonts';
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

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The words pdftotext finds on a page, with their boxes (top-left origin, points). */
function wordsOf(file: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5] ?? '',
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

/** The words on the same line as `anchor`, left to right. */
function lineWith(words: readonly Word[], anchor: string): Word[] {
  const found = words.find((w) => w.text === anchor);
  if (!found) throw new Error(`no word "${anchor}" in ${words.map((w) => w.text).join(' ')}`);
  const middle = (found.yMin + found.yMax) / 2;
  return words.filter((w) => w.yMin < middle && w.yMax > middle).sort((a, b) => a.xMin - b.xMin);
}

function overlaps(line: readonly Word[]): string[] {
  const found: string[] = [];
  for (let i = 1; i < line.length; i++) {
    const [before, after] = [line[i - 1], line[i]];
    if (before && after && after.xMin < before.xMax - 0.2) found.push(`${before.text} [${before.xMin}–${before.xMax}] overlaps ${after.text} [${after.xMin}–${after.xMax}]`);
  }
  return found;
}

const stripBidi = (text: string): string => text.replace(/[\u202a-\u202e]/g, '');

describe('lines that mix Arabic and Latin', () => {
  it('places the marks of an Arabic run on its letters, inside the run, and measures it by its shaped advances', async () => {
    const doc = await createGeneratedDocument('Arabic');
    const fonts = await embedFonts(doc, await loadFonts());
    const arabic = fonts.arabic;
    if (!arabic) throw new Error('the Arabic font was not embedded');
    const glyphs = placedGlyphs(arabic, 'محمد علي') ?? [];
    const width = arabic.widthOfTextAtSize('محمد علي', 1);
    expect(glyphs.length).toBeGreaterThan(8);
    // The two dots of final ي are a separate glyph below the baseline, not on it at the run's start.
    expect(glyphs.some((g) => g.y < -0.1)).toBe(true);
    for (const g of glyphs) expect(g.x >= 0 && g.x <= width).toBe(true);
    expect(placedGlyphs(fonts.regular, 'Urdu')).toBeUndefined();
  });

  it('keeps the space between an Arabic run and the next word on the Latin side', async () => {
    const doc = await createGeneratedDocument('Arabic');
    const fonts = await embedFonts(doc, await loadFonts());
    expect(splitRuns('محمد علي Smith', fonts).map((r) => [r.text, r.font === fonts.arabic])).toEqual([
      ['محمد علي', true],
      [' Smith', false],
    ]);
    expect(splitRuns('Mr محمد علي: Urdu ', fonts).map((r) => r.text)).toEqual(['Mr ', 'محمد علي', ': Urdu ']);
  });

  it('draws a generated line (C1A, review copy) in order without overlap; pdftotext still extracts محمد علي', async () => {
    const doc = await createGeneratedDocument('C1A');
    const layout = new DocumentLayout(doc, await embedFonts(doc, await loadFonts()), { documentName: 'C1A' });
    layout.question('7.3', 'Who needs an interpreter, and for which language and dialect', 'محمد علي: Urdu (Pahari-Pothwari if available)');
    layout.paragraph('Since March the children have lived with me and my husband, محمد علي, at our home in Armley.');
    layout.finish();
    const file = writeTemp('mixed.pdf', await doc.save());
    const words = wordsOf(file, 1);
    for (const anchor of ['Urdu', 'Armley.']) {
      const line = lineWith(words, anchor);
      expect(line.length).toBeGreaterThan(3);
      expect(overlaps(line)).toEqual([]);
    }
    const text = stripBidi(run('pdftotext', [file, '-']));
    expect(text).toContain('محمد علي');
    expect(text).toContain('Urdu (Pahari-Pothwari if available)');
  });

  it('draws a C100 box with Arabic and Latin in order without overlap', async () => {
    const file = writeTemp(
      'mixed-c100.pdf',
      await saveFilledC100(
        template,
        await fillC100(template, fonts, [
          { widget: '11. First names - applicant 1', kind: 'text', value: 'محمد علي Hassan' },
          { widget: 'First name of first applicant', kind: 'text', value: 'Dr محمد علي Hassan' },
        ]),
      ),
    );
    for (const page of [3, widget('11. First names - applicant 1').page]) {
      const line = lineWith(wordsOf(file, page), 'Hassan');
      expect(line.length).toBeGreaterThan(2);
      expect(overlaps(line)).toEqual([]);
    }
    expect(stripBidi(run('pdftotext', [file, '-']))).toContain('محمد علي');
  });
});

describe('text inside its printed box', () => {
  const LONG =
    'A child arrangements order that Kai, Amara and Leo live with me; that they spend time with their mother as she and the refuge can safely arrange, and with their father only at a supervised contact centre. Ągnieszka Łukasz Jóżefowicz gy.';
  const FILLED: FillInstruction[] = [
    { widget: 'Family Mediation Service name', kind: 'text', value: 'Taf Family Mediation Łódź Ägypten gjpqy' },
    { widget: 'Sole trader name', kind: 'text', value: 'Eleri Prys ÂŁgjpqy' },
    { widget: "Authorised Family Mediator's address", kind: 'text', value: '12 Heol y Frenhines\nCaerdydd ÂŁ\nCF10 1AA gjpqy' },
    { widget: 'If you have any reason to believe that there may be an issue as to jurisdiction in this case, please give details', kind: 'text', value: LONG },
    { widget: 'Please specify the nature of the order you seek. For example, an order about with whom a child is to live, or how often they spend time with the applicant and for how long', kind: 'text', value: LONG },
    { widget: 'First name of first applicant', kind: 'text', value: 'Łukasz Ągnieszka Jóżefowicz gjpqy' },
    { widget: '5a Reasons for permission if permission is required', kind: 'text', value: 'Ÿ' + LONG.repeat(3) },
    {
      // The guidance printed inside the top of this box stays readable.
      widget:
        '5b. Please give brief details of: any previous agreements (formal or informal) or parenting plans, and how they have broken down, your reasons for bringing this application to the court, what you want the court to do, and reasons given by the respondent(s) for their actions in relation to this application',
      kind: 'text',
      value: `Ÿ ${LONG}`,
    },
  ];

  function band(name: string, y: number): readonly [number, number, number, number] {
    const [x1, , x2] = widget(name).rect;
    return [x1 + 4, y - 1.2, x2 - 4, y + 1.2];
  }

  it('measures printed boxes only for text widgets of the template, inside their rectangles', async () => {
    const { PRINTED_BOX_WIDGETS, printedBoxInset } = await import('../../../../forms/c100/pdf/printedBoxes');
    expect(PRINTED_BOX_WIDGETS.length).toBeGreaterThan(20);
    for (const name of PRINTED_BOX_WIDGETS) {
      const { type, rect } = widget(name);
      const inset = printedBoxInset(name);
      expect([name, type, inset.top + inset.bottom < (rect[3] - rect[1]) / 2]).toEqual([name, 'text', true]);
    }
  });

  it('leaves the printed borders untouched and puts the text inside the box (top-aligned or centred)', async () => {
    const blank = writeTemp('blank.pdf', await saveFilledC100(template, await fillC100(template, fonts, [])));
    const filled = writeTemp('boxes.pdf', await saveFilledC100(template, await fillC100(template, fonts, FILLED)));
    const { printedBoxInset } = await import('../../../../forms/c100/pdf/printedBoxes');
    for (const { widget: name } of FILLED) {
      const { page, rect } = widget(name);
      const inset = printedBoxInset(name);
      const top = rect[3] - inset.top;
      const bottom = rect[1] + inset.bottom;
      for (const y of [top, bottom]) {
        const before = renderGray(blank, page, band(name, y));
        const after = renderGray(filled, page, band(name, y));
        const changed = after.pixels.filter((p, i) => Math.abs(p - (before.pixels[i] ?? p)) > 48).length;
        expect({ name, border: y === top ? 'top' : 'bottom', changed }).toEqual({ name, border: y === top ? 'top' : 'bottom', changed: 0 });
      }
      // And the text is there: the inside of the box changed.
      const inner: [number, number, number, number] = [rect[0] + 3, bottom + 2, rect[2] - 3, top - 2];
      const before = renderGray(blank, page, inner);
      const after = renderGray(filled, page, inner);
      expect(after.pixels.filter((p, i) => p < (before.pixels[i] ?? 0) - 80).length).toBeGreaterThan(20);
    }
  });
});

describe('long answers in short boxes', () => {
  it('sets a long answer in a two-line-high single-line box on two readable lines instead of one at 6 pt', async () => {
    const name = 'Child 1 - Orders applied for';
    const value = 'Child Arrangements Order (lives with, spends time with); Prohibited Steps Order (holidays, moving outside England and Wales)';
    const filled = await fillC100(template, fonts, [{ widget: name, kind: 'text', value }]);
    expect(filled.continuationSheets).toEqual([]);
    const file = writeTemp('orders.pdf', await saveFilledC100(template, filled));
    const { page, rect } = widget(name);
    const words = wordsOf(file, page).filter((w) => w.xMin >= rect[0] && w.xMax <= rect[2] && 841.89 - w.yMax >= rect[1] - 1 && 841.89 - w.yMin <= rect[3] + 1);
    const lines = new Set(words.map((w) => Math.round(w.yMin)));
    expect(lines.size).toBe(2);
    // Word boxes are about 1.36 em high: at least 7 pt text.
    for (const w of words) expect(w.yMax - w.yMin).toBeGreaterThan(7 * 1.3);
    expect(words.map((w) => w.text).join(' ')).toBe(value);
  });
});
