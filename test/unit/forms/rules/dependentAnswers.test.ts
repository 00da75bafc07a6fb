import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type C100Draft } from '../../../../forms/c100/draft';
import { clearDependentAnswers, pruneDependentAnswers } from '../../../../forms/c100/rules/dependentAnswers';
import { claiming, exemptions, screened } from './draftBuilders';

const base = { schemaVersion: DRAFT_SCHEMA_VERSION } as const;

describe('clearDependentAnswers: MIAM and screening resets (C100-DOMAIN §2.1, §2.2)', () => {
  const exempt = claiming({ domestic: ['police_caution'] }, { canProvideEvidence: 'no', evidenceUnavailableReason: 'r' });

  it('consent order yes clears the MIAM answers and the child protection answer', () => {
    const next: C100Draft = { ...exempt, screening: { consentOrder: 'yes', childProtectionCases: 'no' } };
    const cleared = clearDependentAnswers(exempt, next);
    expect(cleared.miam).toBeUndefined();
    expect(cleared.screening).toEqual({ consentOrder: 'yes' });
  });
  it('keeps a child protection answer given in the same step as the consent order answer', () => {
    const next: C100Draft = { ...exempt, screening: { consentOrder: 'yes', childProtectionCases: 'yes' } };
    expect(clearDependentAnswers(exempt, next).screening).toEqual({ consentOrder: 'yes', childProtectionCases: 'yes' });
  });
  it('child protection yes clears the MIAM answers', () => {
    const next: C100Draft = { ...exempt, screening: { consentOrder: 'no', childProtectionCases: 'yes' } };
    expect(clearDependentAnswers(exempt, next).miam).toBeUndefined();
  });
  it('consent order no clears the draft order confirmation', () => {
    const prev: C100Draft = { ...base, screening: { consentOrder: 'yes', draftConsentOrderAttached: true } };
    expect(clearDependentAnswers(prev, { ...base, screening: { consentOrder: 'no', draftConsentOrderAttached: true } }).screening).toEqual({ consentOrder: 'no' });
  });
  it('attended yes clears the exemption claim, the exemptions and their evidence', () => {
    const next: C100Draft = { ...exempt, miam: { ...exempt.miam, attended: 'yes' } };
    expect(clearDependentAnswers(exempt, next).miam).toEqual({ acknowledged: true, attended: 'yes' });
  });
  it('attended no clears the mediator details', () => {
    const prev = screened({ attended: 'yes', mediatorDocument: 'yes', mediatorRegistrationNumber: '1', mediatorServiceName: 'S', mediatorSoleTraderName: 'T', attendanceDate: { day: '1' } });
    const next: C100Draft = { ...prev, miam: { ...prev.miam, attended: 'no' } };
    expect(clearDependentAnswers(prev, next).miam).toEqual({ acknowledged: true, attended: 'no' });
  });
  it('claims exemption no clears the exemptions and the evidence', () => {
    const next: C100Draft = { ...exempt, miam: { ...exempt.miam, claimsExemption: 'no' } };
    expect(clearDependentAnswers(exempt, next).miam).toEqual({ acknowledged: true, attended: 'no', claimsExemption: 'no' });
  });
  it('dropping the domestic ground clears the evidence answers; evidence yes clears the reasons', () => {
    const next: C100Draft = { ...exempt, miam: { ...exempt.miam, exemptions: exemptions({ urgency: ['misc_risk_children'] }) } };
    const cleared = clearDependentAnswers(exempt, next).miam;
    expect(cleared?.canProvideEvidence).toBeUndefined();
    expect(cleared?.evidenceUnavailableReason).toBeUndefined();
    const yes: C100Draft = { ...exempt, miam: { ...exempt.miam, canProvideEvidence: 'yes' } };
    expect(clearDependentAnswers(exempt, yes).miam).not.toHaveProperty('evidenceUnavailableReason');
  });
});

describe('clearDependentAnswers: each “no” clears its details', () => {
  const cases: [string, C100Draft, C100Draft, (d: C100Draft) => unknown][] = [
    ['urgent', { ...base, application: { urgent: 'yes', urgentReasons: 'r', urgentTimescale: 't' } }, { ...base, application: { urgent: 'no', urgentReasons: 'r', urgentTimescale: 't' } }, (d) => d.application],
    ['without notice', { ...base, application: { withoutNotice: 'yes', withoutNoticeReasons: 'r', withoutNoticeFrustrate: 'yes', withoutNoticeFrustrateDetails: 'f' } }, { ...base, application: { withoutNotice: 'no', withoutNoticeReasons: 'r', withoutNoticeFrustrate: 'yes', withoutNoticeFrustrateDetails: 'f' } }, (d) => d.application],
    ['international resident', { ...base, application: { internationalResident: 'yes', internationalResidentDetails: 'd' } }, { ...base, application: { internationalResident: 'no', internationalResidentDetails: 'd' } }, (d) => d.application],
    ['litigation capacity', { ...base, application: { litigationCapacity: 'yes', capacityDetails: 'd' } }, { ...base, application: { litigationCapacity: 'no', capacityDetails: 'd' } }, (d) => d.application],
    ['previous proceedings', { ...base, application: { previousProceedings: 'yes', proceedings: [{ id: 'p' }] } }, { ...base, application: { previousProceedings: 'no', proceedings: [{ id: 'p' }] } }, (d) => d.application],
    ['substance misuse', { ...base, safety: { substanceMisuse: 'yes', substanceMisuseDetails: 'd' } }, { ...base, safety: { substanceMisuse: 'no', substanceMisuseDetails: 'd' } }, (d) => d.safety],
    ['abduction', { ...base, safety: { abductionRisk: 'yes', abduction: { riskDetails: 'r' } } }, { ...base, safety: { abductionRisk: 'no', abduction: { riskDetails: 'r' } } }, (d) => d.safety],
    ['has solicitor', { ...base, solicitor: { hasSolicitor: 'yes', fullName: 'S', firm: 'F' } }, { ...base, solicitor: { hasSolicitor: 'no', fullName: 'S', firm: 'F' } }, (d) => d.solicitor],
    ['help with fees', { ...base, fee: { helpWithFees: 'yes', hwfReference: 'HWF-ABC-DEF' } }, { ...base, fee: { helpWithFees: 'no', hwfReference: 'HWF-ABC-DEF' } }, (d) => d.fee],
    ['has other children', { ...base, hasOtherChildren: 'yes', otherChildren: [{ id: 'o' }] }, { ...base, hasOtherChildren: 'no', otherChildren: [{ id: 'o' }] }, (d) => d.otherChildren],
    ['has other people', { ...base, hasOtherPeople: 'yes', otherPeople: [{ id: 'o' }] }, { ...base, hasOtherPeople: 'no', otherPeople: [{ id: 'o' }] }, (d) => d.otherPeople],
  ];
  it.each(cases)('%s', (_name, prev, next, pick) => {
    const cleared = clearDependentAnswers(prev, next);
    const before = JSON.stringify(pick(next));
    const after = JSON.stringify(pick(cleared) ?? {});
    expect(after.length).toBeLessThan(before.length);
    expect(pruneDependentAnswers(next)).toEqual(cleared);
  });

  it('no safety concerns clears all C1A data', () => {
    const prev: C100Draft = { ...base, safety: { domesticAbuse: 'yes', abuse: { applicant: { physical: { answer: 'yes', description: 'd' } } }, hasProtectiveOrders: 'no', contactWish: 'supervised' } };
    const next: C100Draft = { ...base, safety: { ...prev.safety, domesticAbuse: 'no' } };
    expect(clearDependentAnswers(prev, next).safety).toEqual({ domesticAbuse: 'no' });
  });
  it('an abuse kind answered no clears its details; ongoing yes clears when it stopped', () => {
    const concern = { answer: 'yes', description: 'd', ongoing: 'no', stoppedWhen: '2020', askedForHelp: 'yes', helpFrom: 'GP', helpGiven: 'yes', helpDescription: 'x' } as const;
    const prev: C100Draft = { ...base, safety: { childrenAbuse: 'yes', abuse: { children: { physical: concern } } } };
    const no: C100Draft = { ...base, safety: { childrenAbuse: 'yes', abuse: { children: { physical: { ...concern, answer: 'no' } } } } };
    expect(clearDependentAnswers(prev, no).safety?.abuse?.children?.physical).toEqual({ answer: 'no' });
    const ongoing: C100Draft = { ...base, safety: { childrenAbuse: 'yes', abuse: { children: { physical: { ...concern, ongoing: 'yes', askedForHelp: 'no' } } } } };
    expect(clearDependentAnswers(prev, ongoing).safety?.abuse?.children?.physical).toEqual({ answer: 'yes', description: 'd', ongoing: 'yes', askedForHelp: 'no' });
  });
  it('protective orders: no clears the orders; an order not in place clears its details', () => {
    const order = { inPlace: 'yes', caseNumber: 'C1', courtName: 'X' } as const;
    const prev: C100Draft = { ...base, safety: { domesticAbuse: 'yes', hasProtectiveOrders: 'yes', protectiveOrders: { non_molestation: order } } };
    expect(clearDependentAnswers(prev, { ...base, safety: { ...prev.safety, hasProtectiveOrders: 'no' } }).safety).toEqual({ domesticAbuse: 'yes', hasProtectiveOrders: 'no' });
    const notInPlace: C100Draft = { ...base, safety: { ...prev.safety, protectiveOrders: { non_molestation: { ...order, inPlace: 'no' } } } };
    expect(clearDependentAnswers(prev, notInPlace).safety?.protectiveOrders).toEqual({ non_molestation: { inPlace: 'no' } });
  });
});

describe('clearDependentAnswers: people', () => {
  it('a refuge forces every contact detail private', () => {
    const prev: C100Draft = { ...base, applicants: [{ id: 'a', refuge: 'no', keepDetailsPrivate: 'no' }] };
    const next: C100Draft = { ...base, applicants: [{ id: 'a', refuge: 'yes', keepDetailsPrivate: 'no' }] };
    expect(clearDependentAnswers(prev, next).applicants?.[0]).toEqual({ id: 'a', refuge: 'yes', keepDetailsPrivate: 'yes', privateDetails: ['address', 'phone', 'email'] });
  });
  it('keeping details private no clears which details', () => {
    const prev: C100Draft = { ...base, respondents: [{ id: 'r', keepDetailsPrivate: 'yes', privateDetails: ['email'] }] };
    expect(clearDependentAnswers(prev, { ...base, respondents: [{ id: 'r', keepDetailsPrivate: 'no', privateDetails: ['email'] }] }).respondents?.[0]).toEqual({ id: 'r', keepDetailsPrivate: 'no' });
  });
  it('a change of relation clears the permission answers', () => {
    const child = { id: 'c1', orders: ['child_arrangements_time' as const] };
    const prev: C100Draft = { ...base, children: [child], applicants: [{ id: 'a', relationships: [{ childId: 'c1', relation: 'other', permission: { parental_responsibility: 'no', living_order: 'no' } }] }] };
    const next: C100Draft = { ...base, children: [child], applicants: [{ id: 'a', relationships: [{ childId: 'c1', relation: 'grand_parent', permission: { parental_responsibility: 'no', living_order: 'no' } }] }] };
    expect(clearDependentAnswers(prev, next).applicants?.[0]?.relationships).toEqual([{ childId: 'c1', relation: 'grand_parent' }]);
    const parent: C100Draft = { ...base, children: [child], applicants: [{ id: 'a', relationships: [{ childId: 'c1', relation: 'mother', permission: { parental_responsibility: 'no' } }] }] };
    expect(clearDependentAnswers(prev, parent).applicants?.[0]?.relationships).toEqual([{ childId: 'c1', relation: 'mother' }]);
  });
  it('a change of a child’s orders clears the special guardianship order answer', () => {
    const prev: C100Draft = { ...base, orders: { sought: ['child_arrangements_home', 'child_arrangements_time'] }, children: [{ id: 'c', orders: ['child_arrangements_home'], specialGuardianshipOrder: 'no' }] };
    const next: C100Draft = { ...prev, children: [{ id: 'c', orders: ['child_arrangements_home', 'child_arrangements_time'], specialGuardianshipOrder: 'no' }] };
    expect(clearDependentAnswers(prev, next).children?.[0]).toEqual({ id: 'c', orders: ['child_arrangements_home', 'child_arrangements_time'] });
    expect(clearDependentAnswers(prev, prev)).toEqual(prev);
  });
  it('removing a child removes relationships to it and orders not sought any more', () => {
    const prev: C100Draft = {
      ...base,
      orders: { sought: ['child_arrangements_time', 'prohibited_steps_names'] },
      children: [{ id: 'c1', orders: ['child_arrangements_time', 'prohibited_steps_names'], livesWith: ['a', 'r'] }, { id: 'c2' }],
      applicants: [{ id: 'a', relationships: [{ childId: 'c1', relation: 'mother' }, { childId: 'c2', relation: 'mother' }] }],
      respondents: [{ id: 'r' }],
    };
    const next: C100Draft = { ...prev, orders: { sought: ['child_arrangements_time'] }, children: [prev.children![0]!], respondents: [] };
    const cleared = clearDependentAnswers(prev, next);
    expect(cleared.children).toEqual([{ id: 'c1', orders: ['child_arrangements_time'], livesWith: ['a'] }]);
    expect(cleared.applicants?.[0]?.relationships).toEqual([{ childId: 'c1', relation: 'mother' }]);
  });
});

describe('pruneDependentAnswers', () => {
  it('keeps a complete exempt draft as it is', () => {
    const draft = claiming({ domestic: ['police_caution'], misc: ['misc_access'] }, { canProvideEvidence: 'yes', cannotAttendOnlineReason: 'x', mediatorsContacted: 'y' });
    expect(pruneDependentAnswers(draft)).toEqual(draft);
  });
  it('removes answers behind closed gates and never mutates its input', () => {
    const draft: C100Draft = { ...screened({ attended: 'yes', mediatorDocument: 'yes', claimsExemption: 'yes', exemptions: exemptions({}) }), application: { urgent: 'no', urgentReasons: 'r' } };
    const frozen = JSON.stringify(draft);
    expect(pruneDependentAnswers(draft)).toEqual({ ...screened({ attended: 'yes', mediatorDocument: 'yes' }), application: { urgent: 'no' } });
    expect(JSON.stringify(draft)).toBe(frozen);
  });
  it('removes permission answers after the first yes and those not asked of a grandparent', () => {
    const draft: C100Draft = {
      ...base,
      children: [{ id: 'c1' }],
      applicants: [{ id: 'a', relationships: [{ childId: 'c1', relation: 'grand_parent', permission: { parental_responsibility: 'no', living_order: 'yes', consent: 'no', family: 'yes' } }] }],
      respondents: [{ id: 'r', relationships: [{ childId: 'c1', relation: 'other', permission: { consent: 'yes' }, otherRelation: 'Aunt' }] }],
    };
    const pruned = pruneDependentAnswers(draft);
    expect(pruned.applicants?.[0]?.relationships?.[0]?.permission).toEqual({ parental_responsibility: 'no', living_order: 'yes' });
    expect(pruned.respondents?.[0]?.relationships?.[0]).toEqual({ childId: 'c1', relation: 'other', otherRelation: 'Aunt' });
  });
  it('removes the permission answers when permission is not needed', () => {
    const draft: C100Draft = { ...base, application: { permissionAlreadySought: 'no', permissionReasons: 'x' } };
    expect(pruneDependentAnswers(draft)).toEqual({ ...base, application: {} });
    const needed: C100Draft = { ...base, application: { restrictingOrder: 'yes', permissionAlreadySought: 'yes', permissionReasons: 'x' } };
    expect(pruneDependentAnswers(needed).application).toEqual({ restrictingOrder: 'yes', permissionAlreadySought: 'yes' });
  });
});
