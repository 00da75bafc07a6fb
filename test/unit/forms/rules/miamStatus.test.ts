import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type C100Draft } from '../../../../forms/c100/draft';
import { miamStatus, NONE_NOT_EXCLUSIVE } from '../../../../forms/c100/miam/miamStatus';
import { miamWarnings } from '../../../../forms/c100/miam/requiredEvidence';
import { claiming, exemptions, screened } from './draftBuilders';

const paths = (draft: C100Draft) => {
  const status = miamStatus(draft);
  return status.kind === 'incomplete' ? status.missing.map((m) => m.path) : [];
};

describe('miamStatus: screening (C100-DOMAIN §2.1, §3.9)', () => {
  it('is not required for a consent order, whatever the MIAM answers say', () => {
    const draft: C100Draft = { schemaVersion: DRAFT_SCHEMA_VERSION, screening: { consentOrder: 'yes' }, miam: { attended: 'no', claimsExemption: 'no' } };
    expect(miamStatus(draft)).toEqual({ kind: 'not_required', reason: 'consent_order' });
  });
  it('is not required when a child is in emergency, care or supervision proceedings', () => {
    const draft: C100Draft = { schemaVersion: DRAFT_SCHEMA_VERSION, screening: { consentOrder: 'no', childProtectionCases: 'yes' } };
    expect(miamStatus(draft)).toEqual({ kind: 'not_required', reason: 'child_protection_proceedings' });
  });
  it('is incomplete until both screening questions are answered', () => {
    expect(paths({ schemaVersion: DRAFT_SCHEMA_VERSION })).toEqual(['screening.consentOrder']);
    expect(paths({ schemaVersion: DRAFT_SCHEMA_VERSION, screening: { consentOrder: 'no' } })).toEqual(['screening.childProtectionCases']);
  });
});

describe('miamStatus: attended (C100-DOMAIN §2.2, §7.9)', () => {
  it('is attended with the mediator details when the document is held', () => {
    const draft = screened({ attended: 'yes', mediatorDocument: 'yes', mediatorRegistrationNumber: '1234', mediatorServiceName: 'Calm Mediation' });
    expect(miamStatus(draft)).toEqual({ kind: 'attended', mediatorDetailsComplete: true, missingMediatorDetails: [] });
  });
  it('is attended but says which mediator details are missing', () => {
    const status = miamStatus(screened({ attended: 'yes', mediatorDocument: 'yes', mediatorServiceName: '  ' }));
    expect(status.kind).toBe('attended');
    if (status.kind !== 'attended') return;
    expect(status.mediatorDetailsComplete).toBe(false);
    expect(status.missingMediatorDetails.map((m) => m.path)).toEqual(['miam.mediatorRegistrationNumber', 'miam.mediatorServiceName']);
  });
  it('must attend (get the mediator’s document) when attended without a document', () => {
    expect(miamStatus(screened({ attended: 'yes', mediatorDocument: 'no' }))).toEqual({ kind: 'must_attend', reason: 'no_mediator_document' });
  });
  it('is incomplete while the document question or the acknowledgement is unanswered', () => {
    expect(paths(screened({ attended: 'yes' }))).toEqual(['miam.mediatorDocument']);
    expect(paths(screened({ acknowledged: false, attended: 'yes', mediatorDocument: 'yes' }))).toEqual(['miam.acknowledged']);
    expect(paths(screened({ acknowledged: undefined }))).toEqual(['miam.acknowledged', 'miam.attended']);
  });
});

describe('miamStatus: exemptions (C100-DOMAIN §2.3, §3.6)', () => {
  it('must attend when no exemption is claimed', () => {
    expect(miamStatus(screened({ attended: 'no', claimsExemption: 'no' }))).toEqual({ kind: 'must_attend', reason: 'no_exemption_claimed' });
  });
  it('is incomplete while the claim question is unanswered', () => {
    expect(paths(screened({ attended: 'no' }))).toEqual(['miam.claimsExemption']);
  });
  it('must attend when every exemption page is answered “None of these”', () => {
    expect(miamStatus(claiming({}))).toEqual({ kind: 'must_attend', reason: 'no_exemption_applies' });
  });
  it('is incomplete for each page not answered yet', () => {
    const draft = screened({ attended: 'no', claimsExemption: 'yes', exemptions: { domestic: ['misc_domestic_none'], urgency: [] } });
    expect(paths(draft)).toEqual(['miam.exemptions.protection', 'miam.exemptions.urgency', 'miam.exemptions.adr', 'miam.exemptions.misc']);
  });
  it('treats “None of these” with another answer as a conflict, even when another page has a ground', () => {
    const status = miamStatus(claiming({ urgency: ['misc_urgency_none', 'misc_risk_children'], protection: ['misc_authority_enquiring'] }));
    expect(status).toEqual({ kind: 'incomplete', missing: [{ path: 'miam.exemptions.urgency', code: 'conflict', message: NONE_NOT_EXCLUSIVE }] });
  });
  it('is exempt with the grounds by category when no evidence is needed (urgency, child protection)', () => {
    const status = miamStatus(claiming({ urgency: ['misc_risk_children'], protection: ['misc_authority_protection_order', 'misc_authority_enquiring'] }));
    expect(status).toEqual({
      kind: 'exempt',
      grounds: [
        { category: 'protection', code: 'misc_authority_protection_order' },
        { category: 'protection', code: 'misc_authority_enquiring' },
        { category: 'urgency', code: 'misc_risk_children' },
      ],
      byCategory: { protection: ['misc_authority_protection_order', 'misc_authority_enquiring'], urgency: ['misc_risk_children'] },
    });
  });
  it('needs the evidence answer for domestic abuse, then the reasons when it cannot be provided', () => {
    expect(paths(claiming({ domestic: ['police_caution'] }))).toEqual(['miam.canProvideEvidence']);
    expect(paths(claiming({ domestic: ['police_caution'] }, { canProvideEvidence: 'no' }))).toEqual(['miam.evidenceUnavailableReason']);
    expect(miamStatus(claiming({ domestic: ['police_caution'] }, { canProvideEvidence: 'no', evidenceUnavailableReason: 'Police have not replied' })).kind).toBe('exempt');
    expect(miamStatus(claiming({ domestic: ['police_caution', 'da_service_idva'] }, { canProvideEvidence: 'yes' })).kind).toBe('exempt');
  });
  it('asks the evidence question once for several documents', () => {
    expect(paths(claiming({ domestic: ['police_caution', 'court_finding_of_fact'], adr: ['misc_previous_attendance'] }))).toEqual(['miam.canProvideEvidence']);
  });
  it('needs the certificate or the attendance details for existing proceedings (3d item 2)', () => {
    const lists = { adr: ['misc_existing_proceedings_exemption' as const] };
    expect(paths(claiming(lists))).toEqual(['miam.previousAttendanceEvidence']);
    expect(miamStatus(claiming(lists, { previousAttendanceEvidence: 'certificate' })).kind).toBe('exempt');
    expect(paths(claiming(lists, { previousAttendanceEvidence: 'details' }))).toEqual(['miam.previousAttendanceDetails']);
    expect(miamStatus(claiming(lists, { previousAttendanceEvidence: 'details', previousAttendanceDetails: 'MIAM on 3 March 2025 with J Smith' })).kind).toBe('exempt');
  });
  it('needs the texts for the mediator-access grounds (3e)', () => {
    expect(paths(claiming({ misc: ['misc_access'] }))).toEqual(['miam.cannotAttendOnlineReason', 'miam.mediatorsContacted']);
    expect(paths(claiming({ misc: ['misc_access2', 'misc_access'] }, { cannotAttendOnlineReason: 'No internet' }))).toEqual(['miam.mediatorsContacted']);
    expect(paths(claiming({ misc: ['misc_access3'] }))).toEqual(['miam.noMediatorNearbyExplanation']);
    expect(miamStatus(claiming({ misc: ['misc_access3'] }, { noMediatorNearbyExplanation: 'Remote island' })).kind).toBe('exempt');
  });
  it('applies the MoJ “misc only” rule: evidence answer and exemption details (C100-DOMAIN §3.8)', () => {
    expect(paths(claiming({ misc: ['misc_without_notice'] }))).toEqual(['miam.canProvideEvidence', 'miam.additionalDetails']);
    expect(miamStatus(claiming({ misc: ['misc_access4'] }, { canProvideEvidence: 'yes', additionalDetails: 'On bail until June' })).kind).toBe('exempt');
    // With another ground (here urgency) the misc-only rule does not apply.
    expect(miamStatus(claiming({ misc: ['misc_without_notice'], urgency: ['misc_risk_applicant'] })).kind).toBe('exempt');
  });
  it('ignores exemption answers behind a closed gate', () => {
    const draft = screened({ attended: 'yes', mediatorDocument: 'yes', mediatorRegistrationNumber: '1', mediatorServiceName: 'S', claimsExemption: 'yes', exemptions: exemptions({ domestic: ['police_caution'] }) });
    expect(miamStatus(draft).kind).toBe('attended');
  });
});

describe('miamWarnings', () => {
  it('warns when a without-notice exemption is claimed without asking for a without notice hearing', () => {
    const lists = { misc: ['misc_without_notice' as const], urgency: ['misc_risk_children' as const] };
    expect(miamWarnings(claiming(lists, {}, { application: { withoutNotice: 'no', urgent: 'yes' } })).map((w) => w.code)).toEqual(['without_notice_hearing_not_requested']);
    expect(miamWarnings(claiming(lists, {}, { application: { withoutNotice: 'yes', urgent: 'no' } })).map((w) => w.code)).toEqual(['urgent_hearing_not_requested']);
    expect(miamWarnings(claiming(lists, {}, { application: { withoutNotice: 'yes', urgent: 'yes' } }))).toEqual([]);
  });
  it('does not warn when the exemption is not claimed', () => {
    expect(miamWarnings(screened({ attended: 'yes', exemptions: exemptions({ misc: ['misc_without_notice'] }) }))).toEqual([]);
  });
});
