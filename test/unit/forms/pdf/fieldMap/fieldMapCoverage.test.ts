/**
 * Map coverage against the REAL template (issue 3 "Field map"): every widget of C100 04.24 is either
 * mapped or listed as unmapped with a reason, and every mapped name exists in the template with the
 * same type. The template is read two ways with pdf-lib: the page /Annots widgets (all 438, with /T
 * and /FT on the widget or its parent) and the /AcroForm /Fields (only 234 before repair).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { c100FieldMap, c100RepairedFieldMap } from '../../../../../forms/c100/pdf/fieldMap/c100FieldMap';
import { loadC100Template } from '../../../../../forms/c100/pdf/C100Template';
import { repoRoot, templateBytes } from '../pdfTestSupport';

type WidgetType = 'text' | 'checkbox';

interface InventoryRow {
  page: number;
  name: string;
  type: WidgetType;
}

const inventory = JSON.parse(
  readFileSync(path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24-widgets.json'), 'utf8'),
) as InventoryRow[];

function decode(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Every widget annotation on every page: name → type (from /FT on the widget or its parent). */
function pageWidgets(doc: PDFDocument): Map<string, WidgetType> {
  const widgets = new Map<string, WidgetType>();
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (!annot || annot.get(PDFName.of('Subtype')) !== PDFName.of('Widget')) continue;
      const holder = annot.has(PDFName.of('T')) ? annot : annot.lookupMaybe(PDFName.of('Parent'), PDFDict);
      const name = decode(holder?.lookup(PDFName.of('T')));
      const ft = holder?.lookup(PDFName.of('FT'));
      if (!name || !ft) continue;
      widgets.set(name, ft === PDFName.of('Tx') ? 'text' : 'checkbox');
    }
  }
  return widgets;
}

function expectedType(kind: 'text' | 'check'): WidgetType {
  return kind === 'text' ? 'text' : 'checkbox';
}

let original: PDFDocument;
let widgetsOnPages: Map<string, WidgetType>;

beforeAll(async () => {
  original = await PDFDocument.load(templateBytes(), { updateMetadata: false });
  widgetsOnPages = pageWidgets(original);
});

describe('C100 04.24 field map coverage', () => {
  it('reads 435 distinct widget names from the template pages, the same set as the inventory JSON', () => {
    expect(widgetsOnPages.size).toBe(435);
    expect(new Set(inventory.map((w) => w.name))).toEqual(new Set(widgetsOnPages.keys()));
  });

  it('maps or lists as unmapped every widget of the template, and nothing else', () => {
    const mapped = new Set(Object.keys(c100FieldMap));
    const missing = [...widgetsOnPages.keys()].filter((name) => !mapped.has(name));
    const unknown = [...mapped].filter((name) => !widgetsOnPages.has(name));
    expect(missing, 'widgets neither mapped nor listed as unmapped').toEqual([]);
    expect(unknown, 'mapped names the template does not have').toEqual([]);
  });

  it('gives every mapped widget the type it has in the template (pages and AcroForm) and in the inventory', () => {
    const registered = new Map(
      original
        .getForm()
        .getFields()
        .map((f) => [f.getName(), f.constructor.name] as const),
    );
    expect(registered.size).toBe(234);
    const byInventory = new Map(inventory.map((w) => [w.name, w.type]));
    const wrong: string[] = [];
    for (const [name, mapping] of Object.entries(c100FieldMap)) {
      if (mapping.kind === 'unmapped') continue;
      const want = expectedType(mapping.kind);
      if (widgetsOnPages.get(name) !== want || byInventory.get(name) !== want) wrong.push(name);
      const formType = registered.get(name);
      if (formType && formType !== (want === 'text' ? 'PDFTextField' : 'PDFCheckBox'))
        wrong.push(`${name} (AcroForm ${formType})`);
    }
    expect(wrong).toEqual([]);
  });

  it('states a reason for every unmapped widget', () => {
    const unmapped = Object.entries(c100FieldMap).filter(([, m]) => m.kind === 'unmapped');
    for (const [name, mapping] of unmapped) {
      expect(mapping.kind === 'unmapped' && mapping.reason.length > 20, name).toBe(true);
    }
    // Court-only, signature, mediator-only and not-collected boxes; the figure is in the report.
    expect(unmapped.length).toBeGreaterThan(10);
    expect(unmapped.length).toBeLessThan(30);
  });

  it('labels every mapped widget with a section and the printed question', () => {
    for (const [name, mapping] of Object.entries(c100FieldMap)) {
      if (mapping.kind === 'unmapped') continue;
      expect(mapping.section.length, name).toBeGreaterThan(2);
      expect(mapping.question.length, name).toBeGreaterThan(2);
    }
  });

  it('maps the fields the repair creates, which exist after repair and not in the original template', async () => {
    const repaired = await loadC100Template(templateBytes(), 'test copy');
    const form = repaired.doc.getForm();
    for (const [name, mapping] of Object.entries(c100RepairedFieldMap)) {
      expect(widgetsOnPages.has(name)).toBe(false);
      const field = form.getFieldMaybe(name);
      expect(field?.constructor.name, name).toBe(mapping.kind === 'text' ? 'PDFTextField' : 'PDFCheckBox');
    }
    // All 435 template widgets are fields after repair, with the mapped types.
    for (const [name, mapping] of Object.entries(c100FieldMap)) {
      if (mapping.kind === 'unmapped') continue;
      expect(form.getFieldMaybe(name)?.constructor.name, name).toBe(
        mapping.kind === 'text' ? 'PDFTextField' : 'PDFCheckBox',
      );
    }
  });
});
