import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type C100Draft } from '../../../../forms/c100/draft';
import {
  additionalInformationSummary,
  c1aRequired,
  c8Required,
  confidentialDetails,
  courtFee,
  hasSafetyConcerns,
  InvalidFeeDateError,
  natureOfApplication,
  riskOfHarmSummary,
} from '../../../../forms/c100/rules/derived';

const base = { schemaVersion: DRAFT_SCHEMA_VERSION } as const;
const safety = (s: NonNullable<C100Draft['safety']>): C100Draft => ({ ...base, safety: s });

describe('safety concerns and the C1A (C100-DOMAIN §4.3, §6.1, §6.2 item 6)', () => {
  it('has no concerns and no C1A when every answer is no or missing', () => {
    const draft = safety({ abductionRisk: 'no', substanceMisuse: 'no', childrenAbuse: 'no', domesticAbuse: 'no', otherConcerns: 'no' });
    expect(hasSafetyConcerns(draft)).toBe(false);
    expect(c1aRequired(draft)).toBe(false);
    expect(riskOfHarmSummary(draft)).toEqual({ domesticAbuse: 'no', childAbduction: 'no', childAbuse: 'no', substanceMisuse: 'no', otherConcerns: 'no' });
  });
  it.each(['abductionRisk', 'substanceMisuse', 'childrenAbuse', 'domesticAbuse', 'otherConcerns'] as const)('%s yes means concerns and a C1A', (key) => {
    const draft = safety({ [key]: 'yes' });
    expect(hasSafetyConcerns(draft)).toBe(true);
    expect(c1aRequired(draft)).toBe(true);
  });
  it('maps each screening answer to its page 1 tick', () => {
    expect(riskOfHarmSummary(safety({ abductionRisk: 'yes', substanceMisuse: 'yes' }))).toEqual({
      domesticAbuse: 'no', childAbduction: 'yes', childAbuse: 'no', substanceMisuse: 'yes', otherConcerns: 'no',
    });
  });
  it('counts detailed abuse answers even when the screening question was skipped (§11 item 3)', () => {
    const draft = safety({ abuse: { applicant: { physical: { answer: 'yes' } }, children: { emotional: { answer: 'yes' }, other: { answer: 'yes' } } } });
    expect(riskOfHarmSummary(draft)).toEqual({ domesticAbuse: 'yes', childAbduction: 'no', childAbuse: 'yes', substanceMisuse: 'no', otherConcerns: 'yes' });
    expect(c1aRequired(draft)).toBe(true);
    expect(hasSafetyConcerns(draft)).toBe(false);
    expect(riskOfHarmSummary(safety({ abuse: { applicant: { other: { answer: 'yes' } } } })).otherConcerns).toBe('yes');
    expect(riskOfHarmSummary(safety({ abuse: { children: { sexual: { answer: 'no' } } } })).childAbuse).toBe('no');
  });
});

describe('confidential details and the C8 (C100-DOMAIN §6.1, §6.3, §10.4)', () => {
  it('is empty and needs no C8 when nobody keeps anything private', () => {
    const draft: C100Draft = { ...base, applicants: [{ id: 'a', keepDetailsPrivate: 'no', refuge: 'no' }], respondents: [{ id: 'r', refuge: 'no' }] };
    expect(confidentialDetails(draft)).toEqual([]);
    expect(c8Required(draft)).toBe(false);
  });
  it('keeps only the chosen details of an applicant', () => {
    const draft: C100Draft = { ...base, applicants: [{ id: 'a', keepDetailsPrivate: 'yes', privateDetails: ['address', 'email'] }] };
    expect(confidentialDetails(draft)).toEqual([
      { role: 'applicant', personId: 'a', index: 0, address: true, phone: false, email: true, identity: false, because: ['chosen'] },
    ]);
    expect(c8Required(draft)).toBe(true);
  });
  it('keeps everything of someone in a refuge', () => {
    const draft: C100Draft = { ...base, applicants: [{ id: 'x' }, { id: 'a', refuge: 'yes', keepDetailsPrivate: 'no' }] };
    expect(confidentialDetails(draft)).toEqual([
      { role: 'applicant', personId: 'a', index: 1, address: true, phone: true, email: true, identity: false, because: ['refuge'] },
    ]);
  });
  it('treats “don’t know” about a refuge as a refuge for respondents and other people, not for applicants', () => {
    const draft: C100Draft = { ...base, applicants: [{ id: 'a', refuge: 'unknown' }], respondents: [{ id: 'r', refuge: 'unknown' }], otherPeople: [{ id: 'o', refuge: 'unknown' }] };
    expect(confidentialDetails(draft).map((p) => `${p.role}:${p.address && p.phone && p.email}`)).toEqual(['respondent:true', 'other:true']);
  });
  it('keeps all of a respondent’s details private when no detail is chosen', () => {
    const draft: C100Draft = { ...base, respondents: [{ id: 'r1' }, { id: 'r2', keepDetailsPrivate: 'yes' }] };
    expect(confidentialDetails(draft)).toEqual([
      { role: 'respondent', personId: 'r2', index: 1, address: true, phone: true, email: true, identity: false, because: ['chosen'] },
    ]);
  });
  it('keeps the identity of another person the children live with', () => {
    const draft: C100Draft = { ...base, otherPeople: [{ id: 'o1', livesWithChildren: 'yes', keepIdentityPrivate: 'yes' }, { id: 'o2', livesWithChildren: 'no', keepIdentityPrivate: 'yes' }] };
    expect(confidentialDetails(draft)).toEqual([
      { role: 'other', personId: 'o1', index: 0, address: false, phone: false, email: false, identity: true, because: ['identity'] },
    ]);
  });
});

describe('page 1 additional information and nature of application (C100-DOMAIN §6.2 item 7, §8.4)', () => {
  it('is all no for an empty draft', () => {
    expect(additionalInformationSummary(base)).toEqual({
      permission: 'no', urgentOrWithoutNotice: 'no', previousProceedings: 'no', consentOrder: 'no', internationalOrCapacity: 'no', welsh: 'no',
    });
  });
  it('derives each tick', () => {
    const draft: C100Draft = {
      ...base,
      screening: { consentOrder: 'yes' },
      application: { withoutNotice: 'yes', previousProceedings: 'yes', internationalRequest: 'yes', restrictingOrder: 'yes' },
      attendingCourt: { welsh: 'yes' },
    };
    expect(additionalInformationSummary(draft)).toEqual({
      permission: 'yes', urgentOrWithoutNotice: 'yes', previousProceedings: 'yes', consentOrder: 'yes', internationalOrCapacity: 'yes', welsh: 'yes',
    });
    expect(additionalInformationSummary({ ...base, application: { urgent: 'yes', litigationCapacity: 'yes' } })).toMatchObject({ urgentOrWithoutNotice: 'yes', internationalOrCapacity: 'yes' });
  });
  it('ticks the kinds of order sought', () => {
    expect(natureOfApplication({ ...base, orders: { sought: ['child_arrangements_time', 'specific_issues_school'] } })).toEqual({
      childArrangements: true, prohibitedSteps: false, specificIssue: true,
    });
  });
});

describe('court fee (C100-DOMAIN §9)', () => {
  it.each([
    ['2024-04-30', 23200], ['2024-05-01', 25500], ['2025-04-07', 25500], ['2025-04-08', 26300],
    ['2026-07-05', 26300], ['2026-07-06', 27000], ['2030-01-01', 27000],
  ])('on %s is %i pence', (date, pence) => {
    expect(courtFee(date).pence).toBe(pence);
  });
  it('prints the amount and the date it started', () => {
    expect(courtFee('2026-07-06')).toEqual({ pence: 27000, display: '£270', since: '2026-07-06', helpWithFees: false });
  });
  it('carries Help with Fees and its reference', () => {
    const draft: C100Draft = { ...base, fee: { helpWithFees: 'yes', hwfReference: ' HWF-A1B-23D ' } };
    expect(courtFee('2026-01-01', draft)).toMatchObject({ pence: 26300, helpWithFees: true, hwfReference: 'HWF-A1B-23D' });
    expect(courtFee('2026-01-01', { ...base, fee: { helpWithFees: 'no', hwfReference: 'HWF-A1B-23D' } })).not.toHaveProperty('hwfReference');
  });
  it.each(['2026-02-30', '6/7/2026', ''])('refuses “%s”', (date) => {
    expect(() => courtFee(date)).toThrow(InvalidFeeDateError);
  });
});
