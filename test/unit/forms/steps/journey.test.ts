import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { z } from 'zod';
import { C100DraftSchema, type C100Draft } from '../../../../forms/c100/draft';
import {
  STEPS,
  allInstances,
  ensureStepData,
  firstStep,
  journeyPath,
  nextStep,
  pathPattern,
  pathsAskedBy,
  previousStep,
  sameRef,
  stepById,
  stepContent,
  stepForPath,
  stepRefForPath,
  validateStep,
  type FieldDescriptor,
  type StepRef,
} from '../../../../forms/c100/steps';
import { TODAY, gatePairVariations, gateVariations, richDraft } from './journeyDrafts';

const EXITS = new Set(STEPS.filter((s) => s.kind === 'exit').map((s) => s.id));
const label = (ref: StepRef) => `${ref.id}${JSON.stringify(ref.params)}`;

/** The page instances of a draft with every page's parameters set up as the renderer would. */
function instancesOf(draft: C100Draft): { draft: C100Draft; ref: StepRef }[] {
  return allInstances(draft).map((ref) => ({ draft: ensureStepData(draft, ref), ref }));
}

describe('the step table', () => {
  it('has unique ids and the three declared exits', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...EXITS].sort()).toEqual(['exit-miam-attend', 'exit-miam-document', 'exit-not-england-or-wales']);
  });

  it('reaches every step from the start for some answers to the gate questions', () => {
    const reached = new Set<string>();
    for (const draft of gatePairVariations()) for (const ref of journeyPath(draft, TODAY)) reached.add(ref.id);
    const unreached = STEPS.map((s) => s.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
  });

  it('has no dead end: every page but the exits and check your answers has a next page that exists', () => {
    for (const draft of gateVariations()) {
      const path = journeyPath(draft, TODAY);
      const last = path[path.length - 1] as StepRef;
      expect(['check-your-answers', ...EXITS]).toContain(last.id);
      path.forEach((ref, i) => {
        const step = stepById(ref.id);
        const next = step.next(draft, ref.params, TODAY);
        if (i === path.length - 1) {
          expect(next, label(ref)).toBeUndefined();
        } else {
          expect(next, label(ref)).toEqual(path[i + 1]);
          expect(() => stepById((next as StepRef).id)).not.toThrow();
        }
      });
    }
  });

  it('goes back to the page before, and never visits a page twice', () => {
    for (const draft of gateVariations()) {
      const path = journeyPath(draft, TODAY);
      expect(new Set(path.map(label)).size).toBe(path.length);
      path.forEach((ref, i) => expect(previousStep(draft, ref, TODAY)).toEqual(i === 0 ? undefined : path[i - 1]));
    }
  });

  it('continues from a page that is no longer on the path to a later page', () => {
    const draft = richDraft();
    const withoutUrgency = { ...draft, application: { ...draft.application, urgent: 'no' as const } };
    const next = nextStep(withoutUrgency, { id: 'urgent-hearing-details', params: {} }, TODAY);
    expect(next?.id).toBe('without-notice');
  });
});

/** The zod schema at a dotted path of the draft schema, or undefined when the path does not exist. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}
function schemaAt(path: string): z.ZodType | undefined {
  let s: z.ZodType | undefined = C100DraftSchema;
  for (const segment of path.split('.')) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    if (def.type === 'object') s = def.shape?.[segment];
    else if (def.type === 'array') s = /^\d+$/.test(segment) ? def.element : undefined;
    else if (def.type === 'record') s = def.keyType && Object.values(defOf(def.keyType).entries ?? {}).includes(segment) ? def.valueType : undefined;
    else return undefined;
  }
  return s;
}

/** Leaf paths of the draft schema as patterns (`children.*.dateOfBirth.day`). */
function schemaLeaves(schema: z.ZodType, prefix: string): string[] {
  const def = defOf(unwrap(schema));
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([k, v]) => schemaLeaves(v, join(k)));
  if (def.type === 'array' && def.element) return schemaLeaves(def.element, join('*'));
  if (def.type === 'record' && def.keyType && def.valueType) {
    const valueType = def.valueType;
    return Object.values(defOf(def.keyType).entries ?? {}).flatMap((k) => schemaLeaves(valueType, join(k)));
  }
  return [prefix];
}

function walkFields(fields: readonly FieldDescriptor[], visit: (f: FieldDescriptor) => void): void {
  for (const f of fields) {
    visit(f);
    if (f.kind === 'checkbox' && f.reveal) walkFields(f.reveal, visit);
    if (f.kind === 'radios' || f.kind === 'checkboxes') for (const o of f.options) if (o.reveal) walkFields(o.reveal, visit);
  }
}

describe('fields and paths', () => {
  const cases = instancesOf(richDraft());

  it('asks only paths that exist in C100DraftSchema', () => {
    const missing: string[] = [];
    for (const { draft, ref } of cases) for (const path of pathsAskedBy(draft, ref, TODAY)) if (!schemaAt(path)) missing.push(`${label(ref)}: ${path}`);
    expect(missing).toEqual([]);
  });

  it('maps every path a page asks back to that page (stepForPath) and to that page instance (stepRefForPath)', () => {
    const wrong: string[] = [];
    for (const { draft, ref } of cases) {
      for (const path of pathsAskedBy(draft, ref, TODAY)) {
        if (stepForPath(path) !== ref.id) wrong.push(`${path} → ${stepForPath(path)}, asked by ${ref.id}`);
        const located = stepRefForPath(draft, path, TODAY);
        if (!sameRef(located, ref)) wrong.push(`${path} → ${label(located)}, asked by ${label(ref)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('maps the paths toApplication reports for groups and missing entries', () => {
    expect(stepForPath('children.3.dateOfBirth')).toBe('child-details');
    expect(stepForPath('applicants.0.relationships.child:abc')).toBe('applicant-relationship');
    expect(stepForPath('miam.exemptions')).toBe('miam-exemptions-domestic');
    expect(stepForPath('safety.protectiveOrders')).toBe('protective-orders-details');
    expect(stepForPath('applicants')).toBe('applicants');
    expect(stepForPath('not.a.path')).toBe('check-your-answers');
    const draft = richDraft();
    expect(stepRefForPath(draft, 'applicants.0.relationships.child:c2', TODAY)).toEqual({ id: 'applicant-relationship', params: { personId: 'a1', childId: 'c2' } });
    expect(stepRefForPath(draft, 'respondents.1.email', TODAY)).toEqual({ id: 'respondent-contact', params: { personId: 'r2' } });
  });

  it('asks every answer of the draft on some page, except those listed with a reason', () => {
    const NOT_ASKED: Record<string, string> = {
      schemaVersion: 'set by the app',
      'reviewComments.*': 'reviewer comments, not part of the application',
      '.id': 'ids are made by the list pages',
      'relationships.*.childId': 'set by ensureStepData for the relationship page',
      'applicants.*.dateOfBirthUnknown': 'an applicant gives their own date of birth (C100-DOMAIN §4.7)',
      'applicants.*.dateOfBirthEstimate': 'as above',
      'applicants.*.placeOfBirthUnknown': 'an applicant gives their own place of birth',
      'applicants.*.addressUnknown': 'an applicant gives their own address',
      'applicants.*.phoneUnknown': 'applicants say whether they can give a phone number instead',
      'applicants.*.emailUnknown': 'applicants say whether they can give an email address instead',
      'respondents.*.canProvidePhone': 'asked of applicants only (C100-DOMAIN §4.7 contact_details)',
      'respondents.*.noPhoneReason': 'as above',
      'respondents.*.voicemail': 'as above',
      'respondents.*.canProvideEmail': 'as above',
      'otherPeople.*.canProvidePhone': 'as above',
      'otherPeople.*.noPhoneReason': 'as above',
      'otherPeople.*.voicemail': 'as above',
      'otherPeople.*.canProvideEmail': 'as above',
      'otherPeople.*.phoneUnknown': 'contact details of other people are optional (C100-DOMAIN §4.9)',
      'otherPeople.*.emailUnknown': 'as above',
      'otherPeople.*.placeOfBirthUnknown': 'place of birth of other people is optional (MoJ asks none)',
    };
    const asked = new Set<string>();
    for (const { draft, ref } of cases) for (const path of pathsAskedBy(draft, ref, TODAY)) asked.add(pathPattern(path));
    const isAsked = (leaf: string) => {
      const parts = leaf.split('.');
      for (let n = parts.length; n >= 1; n -= 1) if (asked.has(parts.slice(0, n).join('.'))) return true;
      return false;
    };
    const excused = (leaf: string) => Object.keys(NOT_ASKED).some((k) => leaf === k || leaf.endsWith(k) || leaf.startsWith(k.replace('*', '')) || leaf.includes(`${k}.`) || (k.startsWith('.') && leaf.endsWith(k)));
    const unasked = schemaLeaves(C100DraftSchema, '').filter((leaf) => !isAsked(leaf) && !excused(leaf));
    expect(unasked).toEqual([]);
  });
});

const DEFAULT_ZOD_MESSAGES = /Invalid input|expected |Required|Invalid option|Too small|Too big|received|Invalid element/;

describe('page schemas', () => {
  it('give a plain message on an empty submit of every page, and on every revealed follow-up', () => {
    const bad: string[] = [];
    const check = (draft: C100Draft, ref: StepRef) => {
      const result = validateStep(draft, ref, TODAY);
      if (result.ok) return;
      for (const e of result.errors) if (!e.message.trim() || DEFAULT_ZOD_MESSAGES.test(e.message)) bad.push(`${label(ref)} ${e.path}: ${e.message}`);
    };
    for (const { draft, ref } of instancesOf(richDraft())) {
      if (stepById(ref.id).kind === 'exit') continue;
      const content = stepContent(draft, ref, TODAY);
      // Empty every answer of the page, then open each reveal in turn.
      let empty = draft;
      const paths: string[] = [];
      walkFields(content.fields, (f) => paths.push(f.path));
      for (const path of paths) empty = setPath(empty, path, undefined);
      check(empty, ref);
      walkFields(content.fields, (f) => {
        if (f.kind === 'radios' || f.kind === 'checkboxes') {
          for (const option of f.options) if (option.reveal) check(setPath(empty, f.path, f.kind === 'radios' ? option.value : [option.value]), ref);
        }
        if (f.kind === 'checkbox' && f.reveal) check(setPath(empty, f.path, true), ref);
      });
    }
    expect(bad).toEqual([]);
  });

  it('fail an empty required page with the message toApplication uses, and pass once answered', () => {
    const draft: C100Draft = { schemaVersion: 2 };
    expect(validateStep(draft, firstStep(), TODAY)).toEqual({
      ok: false,
      errors: [{ path: 'screening.inEnglandOrWales', message: 'Select yes if the children live in England or Wales' }],
    });
    const answered = setPath(setPath(draft, 'screening.inEnglandOrWales', 'yes'), 'screening.childrenPostcode', 'sw1a1aa');
    expect(validateStep(answered, firstStep(), TODAY)).toEqual({ ok: true });
  });

  it('rejects "None of these" with another option', () => {
    const draft = setPath(richDraft(), 'miam.exemptions.domestic', ['police_arrested', 'misc_domestic_none']);
    const result = validateStep(draft, { id: 'miam-exemptions-domestic', params: {} }, TODAY);
    expect(result).toEqual({ ok: false, errors: [{ path: 'miam.exemptions.domestic', message: 'Untick “None of these” if you want to select any of the other options' }] });
  });

  it('rejects a date of birth together with "I don\'t know", and a child aged 18', () => {
    const ref = { id: 'child-details', params: { personId: 'c1' } };
    const both = setPath(setPath(setPath(richDraft(), 'children.0.dateOfBirth', { day: '1', month: '2', year: '2019' }), 'children.0.dateOfBirthUnknown', true), 'children.0.sex', 'female');
    const withEstimate = setPath(both, 'children.0.dateOfBirthEstimate', { day: '1', month: '1', year: '2019' });
    expect(validateStep(withEstimate, ref, TODAY)).toEqual({ ok: false, errors: [{ path: 'children.0.dateOfBirth', message: 'Remove the date of birth, or untick “I don’t know the date of birth”' }] });
    const adult = setPath(setPath(both, 'children.0.dateOfBirthUnknown', undefined), 'children.0.dateOfBirth', { day: '1', month: '1', year: '2005' });
    expect(validateStep(adult, ref, TODAY)).toEqual({ ok: false, errors: [{ path: 'children.0.dateOfBirth', message: 'Enter a date of birth for a child under 18' }] });
  });
});

function setPath(draft: C100Draft, path: string, value: unknown): C100Draft {
  const parts = path.split('.');
  const walk = (node: unknown, i: number): unknown => {
    const key = parts[i] as string;
    if (i === parts.length) return value;
    const isIndex = /^\d+$/.test(key);
    const container: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node] : node && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : isIndex ? [] : {};
    (container as Record<string, unknown>)[key] = walk((container as Record<string, unknown>)[key], i + 1);
    return container;
  };
  return walk(draft, 0) as C100Draft;
}

/** Random drafts: gates with any answer (or none), lists of people of any size with random relations. */
const yesNo = fc.constantFrom('yes', 'no', undefined);
const person = (prefix: string) =>
  fc.record({
    firstNames: fc.constantFrom('Ana', 'محمد', undefined),
    refuge: fc.constantFrom('yes', 'no', 'unknown', undefined),
    relation: fc.constantFrom('mother', 'grand_parent', 'other', undefined),
    permission: fc.dictionary(fc.constantFrom('parental_responsibility', 'living_order', 'amendment', 'time_order', 'living_arrangement', 'consent', 'family', 'local_authority', 'relative'), fc.constantFrom('yes', 'no')),
    dateOfBirth: fc.constantFrom(undefined, { day: '1', month: '1', year: '1990' }, { day: '1', month: '1', year: '2012' }, { day: '31', month: '2', year: '2000' }),
  }).map((p) => ({ ...p, prefix }));

const randomDraft = fc
  .record({
    gates: fc.array(yesNo, { minLength: 22, maxLength: 22 }),
    children: fc.array(fc.constantFrom(['child_arrangements_home'], ['prohibited_steps_holiday'], undefined), { maxLength: 5 }),
    otherChildren: fc.nat({ max: 2 }),
    applicants: fc.array(person('a'), { maxLength: 3 }),
    respondents: fc.array(person('r'), { maxLength: 3 }),
    otherPeople: fc.array(person('o'), { maxLength: 2 }),
    grounds: fc.subarray(['police_arrested', 'misc_domestic_none', 'misc_previous_attendance', 'misc_existing_proceedings_exemption', 'misc_access', 'misc_access3', 'misc_none']),
    proceedings: fc.nat({ max: 3 }),
  })
  .map(({ gates, children, otherChildren, applicants, respondents, otherPeople, grounds, proceedings }): C100Draft => {
    const g = (i: number) => gates[i] as 'yes' | 'no' | undefined;
    const kids = children.map((orders, i) => ({ id: `c${i}`, ...(orders ? { orders: orders as ['child_arrangements_home'] } : {}) }));
    const minors = [...kids.map((k) => k.id), ...Array.from({ length: otherChildren }, (_, i) => `oc${i}`)];
    const adults = (list: { relation?: string; permission: Record<string, string>; refuge?: string; firstNames?: string; dateOfBirth?: object }[], prefix: string) =>
      list.map((p, i) => ({
        id: `${prefix}${i}`,
        ...(p.firstNames ? { firstNames: p.firstNames } : {}),
        ...(p.refuge ? { refuge: p.refuge } : {}),
        ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
        relationships: minors.map((childId) => ({ childId, ...(p.relation ? { relation: p.relation } : {}), permission: p.permission })),
      }));
    const pick = (codes: string[]) => grounds.filter((c) => codes.includes(c));
    const raw = {
      schemaVersion: 2,
      screening: { inEnglandOrWales: g(0), consentOrder: g(1), childProtectionCases: g(2) },
      miam: {
        attended: g(3),
        mediatorDocument: g(4),
        claimsExemption: g(5),
        exemptions: {
          domestic: pick(['police_arrested', 'misc_domestic_none']),
          adr: pick(['misc_previous_attendance', 'misc_existing_proceedings_exemption']),
          misc: pick(['misc_access', 'misc_access3', 'misc_none']),
        },
      },
      safety: { abductionRisk: g(6), substanceMisuse: g(7), childrenAbuse: g(8), hasProtectiveOrders: g(9), abuse: { children: { physical: { answer: g(10) } } } },
      children: kids,
      hasOtherChildren: g(11),
      otherChildren: Array.from({ length: otherChildren }, (_, i) => ({ id: `oc${i}` })),
      applicants: adults(applicants, 'a'),
      solicitor: { hasSolicitor: g(12) },
      respondents: adults(respondents, 'r'),
      hasOtherPeople: g(13),
      otherPeople: adults(otherPeople, 'o'),
      application: { previousProceedings: g(14), proceedings: Array.from({ length: proceedings }, (_, i) => ({ id: `p${i}` })), restrictingOrder: g(15), urgent: g(16), withoutNotice: g(17) },
      attendingCourt: { welsh: g(18), interpreter: g(19), interpreterPeople: [{ id: 'i0' }] },
    };
    // Through the draft schema, as the vault loads it: what does not parse is not a draft.
    return C100DraftSchema.parse(JSON.parse(JSON.stringify(raw)));
  });

describe('following next from the start (property)', () => {
  it('always ends at check your answers or an exit page, within a bounded number of pages', () => {
    fc.assert(
      fc.property(randomDraft, (draft) => {
        let ref: StepRef | undefined = firstStep();
        let last: StepRef = ref;
        const seen = new Set<string>();
        let count = 0;
        while (ref) {
          expect(seen.has(label(ref))).toBe(false);
          seen.add(label(ref));
          last = ref;
          count += 1;
          expect(count).toBeLessThan(1000);
          ref = stepById(ref.id).next(draft, ref.params, TODAY);
        }
        expect(['check-your-answers', ...EXITS]).toContain(last.id);
        // Following `next` visits exactly the journey path.
        expect(count).toBe(journeyPath(draft, TODAY).length);
      }),
      { numRuns: 150 },
    );
  });
});
