/**
 * The example drafts are what the brief asks for (issue 2 "CLI"): complete, realistic, in the
 * situations they claim, typed exactly as the journey would store them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { C100Application } from '../../../forms/c100/application';
import { C100DraftSchema, DRAFT_SCHEMA_VERSION, type C100Draft } from '../../../forms/c100/draft';
import { miamStatus } from '../../../forms/c100/miam/miamStatus';
import { c1aRequired, c8Required } from '../../../forms/c100/rules/derived';
import { deepEqual, pruneDependentAnswers } from '../../../forms/c100/rules/dependentAnswers';
import { permissionNeeded } from '../../../forms/c100/rules/permission';
import { toApplication } from '../../../forms/c100/toApplication';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');
const files = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
/** The examples' statements of truth are dated November 2026; check them as of a fixed day after. */
const TODAY = '2026-11-23';

function load(name: string): { raw: unknown; draft: C100Draft } {
  const raw: unknown = JSON.parse(readFileSync(path.join(examplesDir, name), 'utf8'));
  return { raw, draft: C100DraftSchema.parse(raw) };
}

function application(name: string): C100Application {
  const result = toApplication(load(name).draft, { today: TODAY });
  if (!result.ok)
    throw new Error(`${name}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.application;
}

const fullNames = (people: readonly { firstNames: string; lastName: string }[]) =>
  people.map((p) => `${p.firstNames} ${p.lastName}`);

describe.each(files)('example %s', (name) => {
  it('is a current-version draft with no field the schema would drop (no typos in keys)', () => {
    const { raw, draft } = load(name);
    expect(draft.schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
    expect(draft).toEqual(raw);
  });

  it('is complete: toApplication returns the application with no issues', () => {
    const result = toApplication(load(name).draft, { today: TODAY });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('holds no answer behind a closed gate (as the journey would store it)', () => {
    const { draft } = load(name);
    expect(deepEqual(pruneDependentAnswers(draft), draft)).toBe(true);
  });

  it('has children under 18 and every child living with someone in the application', () => {
    const app = application(name);
    expect(app.children.length).toBeGreaterThan(0);
    const adults = new Set([...app.applicants, ...app.respondents, ...app.otherPeople].map((p) => p.id));
    for (const child of app.children) expect(child.livesWith.every((id) => adults.has(id))).toBe(true);
  });
});

describe('the situations the examples stand for', () => {
  it('attended-miam: MIAM attended with the mediator’s details, no safety concerns', () => {
    const app = application('attended-miam.json');
    expect(app.miam.route).toBe('attended');
    expect(miamStatus(load('attended-miam.json').draft).kind).toBe('attended');
    expect(c1aRequired(load('attended-miam.json').draft)).toBe(false);
    expect(app.attendingCourt.welsh).toBe('yes');
  });

  it('domestic-abuse-exemption: domestic-abuse grounds with evidence, C1A concerns and a C8', () => {
    const { draft } = load('domestic-abuse-exemption.json');
    const app = application('domestic-abuse-exemption.json');
    expect(app.miam.route).toBe('exempt');
    if (app.miam.route !== 'exempt') return;
    expect(app.miam.exemptions.domestic.length).toBeGreaterThan(0);
    expect(app.miam.canProvideEvidence).toBe('yes');
    expect(app.safety.domesticAbuse).toBe('yes');
    expect(Object.keys(app.safety.protectiveOrders)).toEqual(['non_molestation']);
    expect(c1aRequired(draft)).toBe(true);
    expect(c8Required(draft)).toBe(true);
  });

  it('urgent-without-notice: urgency exemption, urgent hearing within 48 hours, without notice, abduction risk', () => {
    const app = application('urgent-without-notice.json');
    expect(app.miam.route === 'exempt' && app.miam.exemptions.urgency.length > 0).toBe(true);
    expect(app.miam.route === 'exempt' && app.miam.exemptions.misc).toEqual(['misc_without_notice']);
    expect([
      app.application.urgent,
      app.application.urgentWithin48Hours,
      app.application.withoutNotice,
    ]).toEqual(['yes', 'yes', 'yes']);
    expect(app.safety.abductionRisk).toBe('yes');
  });

  it('consent-order: a consent order with the draft order attached; no MIAM; signed by the solicitor', () => {
    const app = application('consent-order.json');
    expect(app.screening.consentOrder).toBe('yes');
    expect(app.miam).toEqual({ route: 'not_required', reason: 'consent_order' });
    expect(app.statementOfTruth.signatory).toBe('representative');
    expect(app.solicitor.hasSolicitor).toBe('yes');
  });

  it('grandparent-permission: a grandparent who needs permission, three children, two respondents, one in a refuge', () => {
    const { draft } = load('grandparent-permission.json');
    const app = application('grandparent-permission.json');
    expect(app.applicants[0]?.relationships.filter((r) => r.relation === 'grand_parent')).toHaveLength(4);
    expect(permissionNeeded(draft).needed).toBe(true);
    expect(app.application.permissionAlreadySought).toBe('no');
    expect(app.children).toHaveLength(3);
    expect(app.respondents).toHaveLength(2);
    expect(app.respondents.map((r) => r.refuge)).toEqual(['yes', 'no']);
    expect(c8Required(draft)).toBe(true);
    expect(c1aRequired(draft)).toBe(true);
  });

  it('grandparent-permission is the largest example (the benchmark’s)', () => {
    const sizes = files
      .map((f) => [f, readFileSync(path.join(examplesDir, f)).length] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(sizes[0]?.[0]).toBe('grandparent-permission.json');
  });

  it('use names in several scripts, as the model accepts them', () => {
    const names = files.flatMap((f) => {
      const app = application(f);
      return [
        ...fullNames(app.applicants),
        ...fullNames(app.respondents),
        ...fullNames(app.otherPeople),
        ...fullNames(app.children),
      ];
    });
    for (const expected of ['Thị Minh Nguyễn', 'Siân Llŷr', 'Ayşe Yılmaz', 'Łukasz Wójcik', 'محمد علي']) {
      expect(names).toContain(expected);
    }
  });
});
