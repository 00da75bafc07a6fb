import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { C100DraftSchema, type C100Draft } from '../../../../forms/c100/draft';
import { addEntry, ensureStepData, getAtPath, moveEntry, removeEntry, setAtPath, taskList, CollectionError } from '../../../../forms/c100/steps';
import { TODAY, richDraft } from './journeyDrafts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const statuses = (draft: C100Draft, today = TODAY) => Object.fromEntries(taskList(draft, today).map((s) => [s.id, s.status]));

describe('taskList', () => {
  it('starts with screening only; the rest waits for it', () => {
    const s = statuses({ schemaVersion: 2 });
    expect(s.screening).toBe('not_started');
    expect(s.miam).toBe('cannot_start_yet');
    expect(s.children).toBe('cannot_start_yet');
    expect(s.checkAnswers).toBe('cannot_start_yet');
  });

  it('leaves the MIAM section out for a consent order, and shows it otherwise', () => {
    const base = setAtPath(setAtPath(setAtPath({ schemaVersion: 2 }, 'screening.inEnglandOrWales', 'yes'), 'screening.childrenPostcode', 'SW1A 1AA'), 'screening.childProtectionCases', 'no');
    const withLegal = setAtPath(base, 'screening.isLegalRepresentative', 'no');
    expect(statuses(setAtPath(setAtPath(withLegal, 'screening.consentOrder', 'yes'), 'screening.draftConsentOrderAttached', true)).miam).toBeUndefined();
    const notConsent = statuses(setAtPath(withLegal, 'screening.consentOrder', 'no'));
    expect(notConsent.screening).toBe('complete');
    expect(notConsent.miam).toBe('not_started');
  });

  it('marks a section in progress when some answers are given, and the MIAM section stuck on an exit page', () => {
    const draft = setAtPath(setAtPath(richDraft(), 'miam.attended', 'yes'), 'miam.mediatorDocument', 'no');
    const s = statuses(draft);
    expect(s.miam).toBe('in_progress');
    expect(s.checkAnswers).toBe('cannot_start_yet');
  });

  it('shows every section of each complete example as complete, so check your answers can start', () => {
    const today = new Date().toISOString().slice(0, 10);
    const dir = path.join(repoRoot, 'examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const draft = C100DraftSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
      const list = taskList(draft, today);
      const notComplete = list.filter((s) => s.id !== 'checkAnswers' && s.status !== 'complete').map((s) => `${file}: ${s.id} ${s.status} at ${s.resume.id}`);
      expect(notComplete).toEqual([]);
      expect(list.find((s) => s.id === 'checkAnswers')?.status).toBe('not_started');
    }
  });
});

describe('list operations', () => {
  it('adds, moves and removes people, and removes what pointed at them', () => {
    let draft: C100Draft = { schemaVersion: 2 };
    const a = addEntry(draft, 'children', 'k1');
    const b = addEntry(a.draft, 'children', 'k2');
    const adult = addEntry(b.draft, 'applicants', 'ad');
    draft = ensureStepData(adult.draft, { id: 'applicant-relationship', params: { personId: 'ad', childId: 'k2' } });
    expect(getAtPath(draft, 'applicants.0.relationships.0.childId')).toBe('k2');
    draft = setAtPath(draft, 'children.0.livesWith', ['ad']);
    draft = moveEntry(draft, 'children', 'k2', 'up');
    expect(draft.children?.map((c) => c.id)).toEqual(['k2', 'k1']);
    expect(moveEntry(draft, 'children', 'k2', 'up')).toBe(draft);
    draft = removeEntry(draft, 'children', 'k2');
    expect(draft.children?.map((c) => c.id)).toEqual(['k1']);
    expect(draft.applicants?.[0]?.relationships).toEqual([]);
    draft = removeEntry(draft, 'applicants', 'ad');
    expect(draft.children?.[0]?.livesWith).toEqual([]);
    expect(() => removeEntry(draft, 'children', 'nobody')).toThrow(CollectionError);
  });

  it('never mutates the draft it is given', () => {
    const draft = richDraft();
    const before = JSON.stringify(draft);
    setAtPath(draft, 'children.0.firstNames', 'Changed');
    removeEntry(draft, 'children', 'c1');
    ensureStepData(draft, { id: 'respondent-relationship', params: { personId: 'r1', childId: 'c1' } });
    expect(JSON.stringify(draft)).toBe(before);
  });
});
