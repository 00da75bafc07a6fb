import { describe, expect, it } from 'vitest';
import { assessDraftCompleteness } from '../../../forms/c100/draftCompleteness';
import { completeDraft, TODAY } from '../../support/completeDraft';

describe('assessDraftCompleteness', () => {
  it('a complete draft is 100 %', () => {
    expect(assessDraftCompleteness(completeDraft(), TODAY)).toEqual({ complete: true, percent: 100 });
  });
  it('an empty draft is 0 %', () => {
    expect(assessDraftCompleteness({ schemaVersion: 2 }, TODAY)).toEqual({ complete: false, percent: 0 });
  });
  it('a partly answered draft is between, never 100 while issues remain', () => {
    const draft = completeDraft();
    delete draft.statementOfTruth;
    const report = assessDraftCompleteness(draft, TODAY);
    expect(report.complete).toBe(false);
    expect(report.percent).toBeGreaterThan(0);
    expect(report.percent).toBeLessThan(100);
  });
  it('something that is not a draft is 0 %, without throwing', () => {
    expect(assessDraftCompleteness({ schemaVersion: 99 }, TODAY)).toEqual({ complete: false, percent: 0 });
    expect(assessDraftCompleteness('text', TODAY)).toEqual({ complete: false, percent: 0 });
  });
});
