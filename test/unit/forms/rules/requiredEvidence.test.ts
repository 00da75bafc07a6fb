import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../../../forms/c100/draft';
import { DOMESTIC_EXEMPTIONS, PROTECTION_EXEMPTIONS, URGENCY_EXEMPTIONS } from '../../../../forms/c100/miam/exemptionCodes';
import { requiredEvidence } from '../../../../forms/c100/miam/requiredEvidence';
import { claiming, screened } from './draftBuilders';

const summary = (items: ReturnType<typeof requiredEvidence>) => items.map((i) => `${i.kind}:${i.c100Section}:${i.path}:${i.satisfied}`);

describe('requiredEvidence per exemption code (C100-DOMAIN §3.7, §7.11, §10.2)', () => {
  it.each(DOMESTIC_EXEMPTIONS)('%s needs a document (section 3a) or the reasons it cannot be provided', (code) => {
    expect(summary(requiredEvidence(claiming({ domestic: [code] })))).toEqual(['document:3a:miam.canProvideEvidence:false']);
    expect(summary(requiredEvidence(claiming({ domestic: [code] }, { canProvideEvidence: 'yes' })))).toEqual(['document:3a:miam.canProvideEvidence:true']);
    const unable = requiredEvidence(claiming({ domestic: [code] }, { canProvideEvidence: 'no', evidenceUnavailableReason: 'Lost it' }));
    expect(summary(unable)).toEqual(['text:3a:miam.evidenceUnavailableReason:true']);
    expect(unable[0]?.ground).toMatch(/PD3A para 20/);
  });

  it.each([...PROTECTION_EXEMPTIONS.map((c) => ['protection', c]), ...URGENCY_EXEMPTIONS.map((c) => ['urgency', c])] as const)(
    '%s %s needs nothing',
    (category, code) => {
      expect(requiredEvidence(claiming({ [category]: [code] }))).toEqual([]);
    },
  );

  it('3d item 1 needs the signed provider document, sharing the evidence answer', () => {
    const items = requiredEvidence(claiming({ adr: ['misc_previous_attendance'] }, { canProvideEvidence: 'yes' }));
    expect(summary(items)).toEqual(['document:3d:miam.canProvideEvidence:true']);
    expect(items[0]?.description).toMatch(/signed by the mediator or dispute resolution provider/);
    expect(summary(requiredEvidence(claiming({ adr: ['misc_previous_attendance'] }, { canProvideEvidence: 'no' })))).toEqual([
      'text:3d:miam.evidenceUnavailableReason:false',
    ]);
  });

  it('3d item 2 needs the mediator’s certificate or the attendance details', () => {
    const lists = { adr: ['misc_existing_proceedings_exemption' as const] };
    expect(summary(requiredEvidence(claiming(lists)))).toEqual(['document:3d:miam.previousAttendanceEvidence:false']);
    expect(summary(requiredEvidence(claiming(lists, { previousAttendanceEvidence: 'certificate' })))).toEqual(['document:3d:miam.previousAttendanceEvidence:true']);
    expect(summary(requiredEvidence(claiming(lists, { previousAttendanceEvidence: 'details' })))).toEqual(['text:3d:miam.previousAttendanceDetails:false']);
  });

  it('no appointment and disability need why not online and the mediators contacted, once each', () => {
    const items = requiredEvidence(claiming({ misc: ['misc_access', 'misc_access2'] }, { mediatorsContacted: 'A, B, C' }));
    expect(summary(items)).toEqual(['text:3e:miam.cannotAttendOnlineReason:false', 'text:3e:miam.mediatorsContacted:true']);
    expect(items[1]?.codes).toEqual(['misc_access', 'misc_access2']);
  });

  it('no mediator within 15 miles needs the explanation', () => {
    expect(summary(requiredEvidence(claiming({ misc: ['misc_access3'] })))).toEqual(['text:3e:miam.noMediatorNearbyExplanation:false']);
  });

  it.each(['misc_without_notice', 'misc_applicant_under_age', 'misc_access4'] as const)(
    '%s alone triggers the MoJ “misc only” evidence answer and details (C100-DOMAIN §3.8)',
    (code) => {
      expect(summary(requiredEvidence(claiming({ misc: [code] })))).toEqual(['document:3e:miam.canProvideEvidence:false', 'text:3e:miam.additionalDetails:false']);
      expect(requiredEvidence(claiming({ misc: [code], protection: ['misc_authority_enquiring'] }))).toEqual([]);
    },
  );

  it('a misc-only claim with an access ground asks only for the access texts', () => {
    expect(summary(requiredEvidence(claiming({ misc: ['misc_without_notice', 'misc_access3'] })))).toEqual(['text:3e:miam.noMediatorNearbyExplanation:false']);
  });

  it('combines domestic, previous attendance and access evidence', () => {
    const items = requiredEvidence(claiming({ domestic: ['police_caution', 'da_service_idva'], adr: ['misc_previous_attendance'], misc: ['misc_access3'] }));
    expect(summary(items)).toEqual([
      'document:3a:miam.canProvideEvidence:false',
      'document:3a:miam.canProvideEvidence:false',
      'document:3d:miam.canProvideEvidence:false',
      'text:3e:miam.noMediatorNearbyExplanation:false',
    ]);
  });
});

describe('requiredEvidence outside exemptions', () => {
  it('asks for the mediator’s section 4 and details when a MIAM was attended', () => {
    expect(summary(requiredEvidence(screened({ attended: 'yes', mediatorDocument: 'yes', mediatorRegistrationNumber: '1', mediatorServiceName: 'S' })))).toEqual([
      'document:4:miam.mediatorDocument:true',
      'text:4:miam.mediatorServiceName:true',
    ]);
    expect(summary(requiredEvidence(screened({ attended: 'yes' })))).toEqual(['document:4:miam.mediatorDocument:false', 'text:4:miam.mediatorRegistrationNumber:false']);
  });
  it('asks for the signed draft consent order for a consent order', () => {
    const base = { schemaVersion: DRAFT_SCHEMA_VERSION } as const;
    expect(summary(requiredEvidence({ ...base, screening: { consentOrder: 'yes' } }))).toEqual(['document:front:screening.draftConsentOrderAttached:false']);
    expect(summary(requiredEvidence({ ...base, screening: { consentOrder: 'yes', draftConsentOrderAttached: true } }))).toEqual([
      'document:front:screening.draftConsentOrderAttached:true',
    ]);
  });
  it('asks for nothing when a child protection case makes a MIAM unnecessary, or no exemption is claimed', () => {
    expect(requiredEvidence({ schemaVersion: DRAFT_SCHEMA_VERSION, screening: { consentOrder: 'no', childProtectionCases: 'yes' }, miam: { attended: 'yes' } })).toEqual([]);
    expect(requiredEvidence(screened({ attended: 'no', claimsExemption: 'no' }))).toEqual([]);
  });
});
