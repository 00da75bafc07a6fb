/**
 * End to end: applications filled into the REAL C100 04.24 template through the field map and the
 * fill engine, saved, and read back by independent readers (pdftk dump_data_fields_utf8, pdftotext,
 * qpdf --check). The rendered pages were also inspected by eye with pdftoppm (after
 * `qpdf --flatten-annotations=all`: poppler does not draw this template's check box widgets in the
 * editable file, while the flattened appearance shows each tick in its box).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../../electron/services/pdf/loadFonts';
import type { C100Application } from '../../../../../forms/c100/application';
import { loadC100Template } from '../../../../../forms/c100/pdf/C100Template';
import type { C100Template } from '../../../../../forms/c100/pdf/C100Template';
import { buildC100Fill } from '../../../../../forms/c100/pdf/fieldMap/buildC100Fill';
import { confidentialValues } from '../../../../../forms/c100/pdf/fieldMap/confidentiality';
import { fillC100, saveFilledC100 } from '../../../../../forms/c100/pdf/fillC100';
import type { FontBytes } from '../../../../../forms/c100/pdf/fonts';
import { qpdfCheck, run, templateBytes, writeTemp } from '../pdfTestSupport';
import { crowdedApplication, simpleApplication } from './applicationFixture';

interface DumpedField {
  name: string;
  value: string;
  states: string[];
}

/** Parse `pdftk dump_data_fields_utf8` (values may span lines). */
function parseDump(dump: string): Map<string, DumpedField> {
  const fields = new Map<string, DumpedField>();
  for (const record of dump.split(/^---$/m)) {
    const entries: [string, string][] = [];
    for (const line of record.split('\n')) {
      const match = /^(Field\w+): ?(.*)$/.exec(line);
      if (match) entries.push([match[1] ?? '', match[2] ?? '']);
      else if (entries.length > 0 && line !== '') {
        const last = entries[entries.length - 1];
        if (last) last[1] += `\n${line}`;
      }
    }
    const name = entries.find(([k]) => k === 'FieldName')?.[1];
    if (!name) continue;
    fields.set(name, {
      name,
      value: entries.find(([k]) => k === 'FieldValue')?.[1] ?? '',
      states: entries.filter(([k]) => k === 'FieldStateOption').map(([, v]) => v),
    });
  }
  return fields;
}

let template: C100Template;
let fonts: FontBytes;

beforeAll(async () => {
  template = await loadC100Template(templateBytes(), 'test copy');
  fonts = await loadFonts();
});

async function fillAndRead(app: C100Application) {
  const fill = buildC100Fill(app);
  const filled = await fillC100(template, fonts, fill.instructions, {
    continuationItems: fill.continuation,
    partiesHeader: fill.partiesHeader,
  });
  const bytes = await saveFilledC100(template, filled);
  const file = writeTemp('c100.pdf', bytes);
  return {
    fill,
    filled,
    file,
    fields: parseDump(run('pdftk', [file, 'dump_data_fields_utf8'])),
    text: run('pdftotext', [file, '-']),
  };
}

describe.each([
  ['a simple application', simpleApplication],
  ['an application beyond the paper’s capacity', crowdedApplication],
])('%s filled into the real template', (_label, makeApp) => {
  const app = makeApp();
  let result: Awaited<ReturnType<typeof fillAndRead>>;

  beforeAll(async () => {
    result = await fillAndRead(app);
  });

  it('reads back every text instruction from the saved file (or its continuation-sheet pointer)', () => {
    const overflowed = new Map(
      result.filled.continuationSheets
        .filter((s) => s.reason === 'overflow')
        .map((s) => [s.widget, s.number]),
    );
    for (const instruction of result.fill.instructions) {
      if (instruction.kind !== 'text') continue;
      const read = result.fields.get(instruction.widget)?.value;
      const sheet = overflowed.get(instruction.widget);
      // The dump parser drops blank lines, so compare with blank lines collapsed.
      if (sheet === undefined) expect(read, instruction.widget).toBe(instruction.value.replace(/\n+/g, '\n'));
      else expect(read, instruction.widget).toMatch(new RegExp(`${sheet}$`));
    }
  });

  it('reads back every tick and every cleared box', () => {
    for (const instruction of result.fill.instructions) {
      if (instruction.kind !== 'check') continue;
      const field = result.fields.get(instruction.widget);
      expect(field, instruction.widget).toBeDefined();
      const on = field?.value !== '' && field?.value !== 'Off';
      expect(on, instruction.widget).toBe(instruction.checked);
      if (instruction.checked && instruction.option) expect(field?.value).toBe(instruction.option);
      if (instruction.checked) expect(field?.states).toContain(field?.value);
    }
  });

  it('agrees with the application: names, dates, postcode and statement of truth', () => {
    const value = (name: string) => result.fields.get(name)?.value;
    const [first] = app.applicants;
    expect(value('11. First names - applicant 1')).toBe(first?.firstNames);
    expect(value('First name of first respondent')).toBe(app.respondents[0]?.firstNames);
    expect(value('Child 1 - First name(s)')).toBe(app.children[0]?.firstNames);
    const dob = app.children[0]?.dateOfBirth;
    expect(value('Child 1 - date of birth')).toBe(
      dob?.known ? dob.date.split('-').reverse().join('') : undefined,
    );
    expect(value('12. Address postcode 1 - respondent 1')).toBe(
      app.respondents[0]?.address?.postcode?.split(' ')[0],
    );
    expect(value('Text7')).toBe(app.statementOfTruth.fullName);
    expect(value('Text2sot')).toBe('');
  });

  it('shows the names in the page text and no confidential detail anywhere in the C100’s text', () => {
    for (const person of [...app.applicants, ...app.respondents.slice(0, 2)]) {
      if (/[\u0600-\u06ff]/.test(person.firstNames)) continue; // Arabic runs come back in bidi marks; the engine's own test covers them
      expect(result.text).toContain(person.firstNames);
    }
    const secrets = confidentialValues(app);
    for (const secret of secrets) {
      expect(result.text, secret).not.toContain(secret);
      for (const field of result.fields.values())
        expect(field.value, `${field.name} holds ${secret}`).not.toContain(secret);
    }
  });

  it('appends one continuation sheet per extra block, titled in the page text', () => {
    const extras = result.filled.continuationSheets.filter((s) => s.reason === 'extra');
    expect(extras.map((s) => s.title)).toEqual(result.fill.continuation.map((c) => c.title));
    for (const sheet of extras)
      expect(result.text.replace(/\s+/g, ' ')).toContain(
        `Continuation sheet ${sheet.number}: ${sheet.title}`,
      );
  });

  it('is a clean PDF for qpdf --check', () => {
    expect(qpdfCheck(result.file).status).toBe(0);
  });
});

it('keeps a crowded application’s confidential values in the test data (so the check above can fail)', () => {
  expect(confidentialValues(crowdedApplication()).length).toBeGreaterThan(8);
});
