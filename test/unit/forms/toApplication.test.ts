import { describe, expect, it } from 'vitest';
import type { C100Draft } from '../../../forms/c100/draft';
import { toApplication, type ApplicationIssue } from '../../../forms/c100/toApplication';
import { completeDraft, TODAY } from '../../support/completeDraft';

function issuesOf(draft: C100Draft): ApplicationIssue[] {
  const result = toApplication(draft, { today: TODAY });
  return result.ok ? [] : result.issues;
}
function issueAt(draft: C100Draft, path: string): ApplicationIssue | undefined {
  return issuesOf(draft).find((i) => i.path === path);
}
function application(draft: C100Draft) {
  const result = toApplication(draft, { today: TODAY });
  if (!result.ok) throw new Error(`expected a complete application, got: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.application;
}
function edit(mutate: (d: C100Draft) => void): C100Draft {
  const draft = completeDraft();
  mutate(draft);
  return draft;
}

describe('toApplication on a complete draft', () => {
  it('returns a normalised application', () => {
    const app = application(completeDraft());
    expect(app.screening.childrenPostcode).toBe('CF10 1EP');
    expect(app.children[0]?.dateOfBirth).toEqual({ known: true, date: '2016-03-07' });
    expect(app.children[0]?.firstNames).toBe('Siân');
    expect(app.miam).toMatchObject({ route: 'attended', mediatorRegistrationNumber: 'FMC-12345', attendanceDate: '2026-09-02' });
    expect(app.statementOfTruth).toEqual({ signatory: 'applicant', fullName: 'Nia Llŷr', date: '2026-11-20' });
  });

  it('does not ask whether a single child has the same parents (the journey asks 1c only with two or more children)', () => {
    const single = edit((d) => {
      d.children = d.children!.slice(0, 1);
      delete d.childrenDetails!.sameParents;
    });
    expect(issueAt(single, 'childrenDetails.sameParents')).toBeUndefined();
    expect(application(single).childrenDetails.sameParents).toBe('yes');
    const two = edit((d) => {
      d.children = [d.children![0]!, { ...d.children![0]!, id: 'c-second' }];
      delete d.childrenDetails!.sameParents;
    });
    expect(issueAt(two, 'childrenDetails.sameParents')?.code).toBe('required');
  });

  it('does not carry answers behind a closed gate', () => {
    const app = application(edit((d) => {
      d.application = { ...d.application, urgent: 'no', urgentReasons: 'left over from an earlier answer' };
    }));
    expect(app.application.urgentReasons).toBeUndefined();
  });

  it('rejects a non-ISO today as a programming error', () => {
    expect(() => toApplication(completeDraft(), { today: '23/11/2026' })).toThrow(TypeError);
  });
});

describe('issues in plain words with a path and a step', () => {
  it('an empty draft lists what to do first, each once', () => {
    const issues = issuesOf({ schemaVersion: 2 });
    expect(issues.length).toBeGreaterThan(20);
    const paths = issues.map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const issue of issues) {
      expect(issue.step).not.toBe('');
      expect(issue.message).not.toMatch(/invalid input|expected|undefined|NaN/i);
    }
    expect(issues.find((i) => i.path === 'children')?.message).toBe('Add at least one child');
  });

  it('a missing date of birth of a child', () => {
    const issue = issueAt(edit((d) => { delete d.children![0]!.dateOfBirth; }), 'children.0.dateOfBirth');
    expect(issue).toMatchObject({ code: 'required', message: 'Enter the child’s date of birth' });
  });

  it('a child who is 18 or older', () => {
    const issue = issueAt(edit((d) => { d.children![0]!.dateOfBirth = { day: '1', month: '1', year: '2000' }; }), 'children.0.dateOfBirth');
    expect(issue?.message).toBe('Enter a date of birth for a child under 18');
  });

  it('a date with a missing part points at the part', () => {
    const issue = issueAt(edit((d) => { d.children![0]!.dateOfBirth = { day: '1', year: '2016' }; }), 'children.0.dateOfBirth.month');
    expect(issue?.message).toBe('The child’s date of birth must include a month');
  });

  it('a postcode and an email with a typo', () => {
    const draft = edit((d) => {
      d.applicants![0]!.address!.postcode = 'NOT A CODE';
      d.applicants![0]!.email = 'nia@gmial.com';
    });
    expect(issueAt(draft, 'applicants.0.address.postcode')?.message).toBe('Enter a real postcode, like SW1A 1AA');
    expect(issueAt(draft, 'applicants.0.email')?.message).toMatch(/typing error/);
  });

  it('address lines longer than 35 characters', () => {
    const issue = issueAt(edit((d) => { d.applicants![0]!.address!.line1 = 'x'.repeat(36); }), 'applicants.0.address.line1');
    expect(issue).toMatchObject({ code: 'too_long', message: 'The first line of the address must be 35 characters or fewer' });
  });

  it('free text over its limit is reported, not cut', () => {
    const issue = issueAt(edit((d) => { d.application!.reasonsForApplication = 'a'.repeat(5001); }), 'application.reasonsForApplication');
    expect(issue?.code).toBe('too_long');
  });

  it('respondent values and "I don’t know" together conflict', () => {
    const issue = issueAt(edit((d) => { d.respondents![0]!.emailUnknown = true; }), 'respondents.0.email');
    expect(issue).toMatchObject({ code: 'conflict' });
  });

  it('a child living with someone not in the application', () => {
    const issue = issueAt(edit((d) => { d.children![0]!.livesWith = ['ghost']; }), 'children.0.livesWith');
    expect(issue?.code).toBe('conflict');
  });

  it('a child with an order that was not asked for', () => {
    const issue = issueAt(edit((d) => { d.children![0]!.orders = ['specific_issues_school']; }), 'children.0.orders');
    expect(issue?.code).toBe('conflict');
  });

  it('every adult needs a relationship to every child', () => {
    const issue = issueAt(edit((d) => { d.respondents![0]!.relationships = []; }), 'respondents.0.relationships.child:c1');
    expect(issue?.message).toBe('Select the respondent’s relationship to Siân Llŷr');
  });

  it('an applicant under 18 must acknowledge the litigation friend', () => {
    const draft = edit((d) => { d.applicants![0]!.dateOfBirth = { day: '1', month: '1', year: '2010' }; });
    expect(issueAt(draft, 'applicants.0.underAgeAcknowledged')?.code).toBe('required');
    draft.applicants![0]!.underAgeAcknowledged = true;
    expect(application(draft).applicants[0]?.underAge).toBe(true);
  });
});

describe('gates open their follow-up questions', () => {
  it('an urgent hearing needs its reasons, orders, timescale and the 48-hour answer', () => {
    const draft = edit((d) => { d.application!.urgent = 'yes'; });
    const paths = issuesOf(draft).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining([
      'application.urgentReasons', 'application.urgentOrdersSought', 'application.urgentTimescale', 'application.urgentWithin48Hours',
    ]));
  });

  it('a without-notice hearing needs its reasons and both yes/no answers with details', () => {
    const draft = edit((d) => {
      Object.assign(d.application!, { withoutNotice: 'yes', withoutNoticeReasons: 'He will leave the country.', withoutNoticeFrustrate: 'yes', withoutNoticeImpossible: 'no' });
    });
    expect(issuesOf(draft).map((i) => i.path)).toEqual(['application.withoutNoticeFrustrateDetails']);
  });

  it('refuge keeps every contact detail private', () => {
    const app = application(edit((d) => { d.applicants![0]!.refuge = 'yes'; }));
    expect(app.applicants[0]).toMatchObject({ refuge: 'yes', keepDetailsPrivate: 'yes', privateDetails: ['address', 'phone', 'email'] });
  });

  it('keeping details private needs at least one detail chosen', () => {
    const draft = edit((d) => { d.applicants![0]!.keepDetailsPrivate = 'yes'; });
    expect(issueAt(draft, 'applicants.0.privateDetails')?.code).toBe('required');
  });

  it('Help with Fees needs a real reference', () => {
    expect(issueAt(edit((d) => { d.fee = { helpWithFees: 'yes', hwfReference: 'HWF-A1B-23C' }; }), 'fee.hwfReference')?.code).toBe('invalid');
    expect(application(edit((d) => { d.fee = { helpWithFees: 'yes', hwfReference: 'hwf a1b 23d' }; })).fee.hwfReference).toBe('HWF-A1B-23D');
  });

  it('only the applicant signs when no solicitor acts', () => {
    const issue = issueAt(edit((d) => { d.statementOfTruth = { ...d.statementOfTruth, signatory: 'representative', firm: 'X', position: 'Y' }; }), 'statementOfTruth.signatory');
    expect(issue?.code).toBe('conflict');
  });

  it('safety concerns open the C1A questions', () => {
    const draft = edit((d) => { d.safety = { ...d.safety, domesticAbuse: 'yes' }; });
    const paths = issuesOf(draft).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['safety.abuse.applicant', 'safety.hasProtectiveOrders', 'safety.contactWish', 'safety.otherContact', 'safety.protectionSought']));
  });

  it('an abuse concern needs its description, dates and help answers', () => {
    const draft = edit((d) => {
      d.safety = { ...d.safety, domesticAbuse: 'yes', hasProtectiveOrders: 'no', contactWish: 'supervised', otherContact: 'no', protectionSought: 'no', abuse: { applicant: { physical: { answer: 'yes', ongoing: 'no', askedForHelp: 'yes', helpGiven: 'yes' } } } };
    });
    expect(issuesOf(draft).map((i) => i.path).sort()).toEqual([
      'safety.abuse.applicant.physical.description',
      'safety.abuse.applicant.physical.helpDescription',
      'safety.abuse.applicant.physical.helpFrom',
      'safety.abuse.applicant.physical.startedWhen',
      'safety.abuse.applicant.physical.stoppedWhen',
    ]);
  });
});

describe('MIAM routes', () => {
  const exemptDraft = (exemptions: NonNullable<NonNullable<C100Draft['miam']>['exemptions']>, extra: Partial<NonNullable<C100Draft['miam']>> = {}) =>
    edit((d) => {
      d.miam = { acknowledged: true, voucherScheme: 'no', attended: 'no', claimsExemption: 'yes', exemptions, ...extra };
    });
  type Exemptions = NonNullable<NonNullable<C100Draft['miam']>['exemptions']>;
  const none: Required<Exemptions> = {
    domestic: ['misc_domestic_none'],
    protection: ['misc_protection_none'],
    urgency: ['misc_urgency_none'],
    adr: ['misc_adr_none'],
    misc: ['misc_none'],
  };

  it('a consent order needs no MIAM but the signed draft order', () => {
    const draft = edit((d) => { d.screening!.consentOrder = 'yes'; d.miam = undefined; });
    expect(issuesOf(draft).map((i) => i.path)).toEqual(['screening.draftConsentOrderAttached']);
    draft.screening!.draftConsentOrderAttached = true;
    expect(application(draft).miam).toEqual({ route: 'not_required', reason: 'consent_order' });
  });

  it('child protection proceedings need no MIAM', () => {
    const app = application(edit((d) => { d.screening!.childProtectionCases = 'yes'; d.miam = undefined; }));
    expect(app.miam).toEqual({ route: 'not_required', reason: 'child_protection_cases' });
  });

  it('attended without the mediator’s document cannot go ahead', () => {
    expect(issueAt(edit((d) => { d.miam!.mediatorDocument = 'no'; }), 'miam.mediatorDocument')?.code).toBe('not_allowed');
  });

  it('no MIAM and no exemption claimed cannot go ahead, and the exemption pages are not asked', () => {
    const draft = edit((d) => { d.miam = { acknowledged: true, voucherScheme: 'no', attended: 'no', claimsExemption: 'no' }; });
    expect(issuesOf(draft).map((i) => [i.path, i.code])).toEqual([['miam.claimsExemption', 'not_allowed']]);
  });

  it('every category answered "None of these" means a MIAM is needed', () => {
    expect(issueAt(exemptDraft({ ...none }), 'miam.exemptions')?.code).toBe('not_allowed');
  });

  it('"None of these" is exclusive', () => {
    const issue = issueAt(exemptDraft({ ...none, urgency: ['misc_urgency_none', 'misc_risk_children'] }), 'miam.exemptions.urgency');
    expect(issue?.code).toBe('conflict');
  });

  it('an urgency ground needs no evidence', () => {
    const app = application(exemptDraft({ ...none, urgency: ['misc_risk_children'] }));
    expect(app.miam).toMatchObject({ route: 'exempt', exemptions: { urgency: ['misc_risk_children'] } });
  });

  it('domestic abuse evidence: can it be sent, and if not why', () => {
    const draft = exemptDraft({ ...none, domestic: ['police_caution'] });
    expect(issueAt(draft, 'miam.canProvideEvidence')?.code).toBe('required');
    draft.miam!.canProvideEvidence = 'no';
    expect(issueAt(draft, 'miam.evidenceUnavailableReason')?.code).toBe('required');
    draft.miam!.evidenceUnavailableReason = 'The police have not sent the letter yet.';
    expect(application(draft).miam).toMatchObject({ route: 'exempt', canProvideEvidence: 'no' });
  });

  it('no appointment within 15 business days needs the mediators contacted and why not online', () => {
    const paths = issuesOf(exemptDraft({ ...none, misc: ['misc_access'] })).map((i) => i.path);
    expect(paths).toEqual(['miam.cannotAttendOnlineReason', 'miam.mediatorsContacted']);
  });

  it('no mediator within 15 miles needs the explanation', () => {
    const paths = issuesOf(exemptDraft({ ...none, misc: ['misc_access3'] })).map((i) => i.path);
    expect(paths).toEqual(['miam.noMediatorNearbyExplanation']);
  });

  it('existing proceedings: the certificate or the MIAM details', () => {
    const draft = exemptDraft({ ...none, adr: ['misc_existing_proceedings_exemption'] }, { previousAttendanceEvidence: 'details' });
    expect(issuesOf(draft).map((i) => i.path)).toEqual(['miam.previousAttendanceDetails']);
  });
});

describe('permission to apply', () => {
  it('a grandparent must say whether permission was already sought, and why it should be given', () => {
    const draft = edit((d) => { d.applicants![0]!.relationships = [{ childId: 'c1', relation: 'grand_parent', permission: { parental_responsibility: 'no', living_order: 'no', amendment: 'no', time_order: 'no', living_arrangement: 'no', consent: 'no', local_authority: 'no' } }]; });
    expect(issueAt(draft, 'application.permissionAlreadySought')?.code).toBe('required');
    draft.application!.permissionAlreadySought = 'no';
    expect(issueAt(draft, 'application.permissionReasons')?.code).toBe('required');
  });

  it('a parent is not asked about permission', () => {
    const app = application(edit((d) => { d.application!.permissionAlreadySought = 'yes'; }));
    expect(app.application.permissionAlreadySought).toBeUndefined();
  });
});
