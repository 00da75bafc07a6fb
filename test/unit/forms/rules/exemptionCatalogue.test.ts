import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CATALOGUE,
  DOMESTIC_GROUP_CATALOGUE,
  EXEMPTION_CATALOGUE,
  exemptionEntry,
  exemptionsInPrintedOrder,
} from '../../../../forms/c100/miam/exemptionCatalogue';
import { DOMESTIC_EXEMPTIONS, EXEMPTION_CATEGORIES, EXEMPTION_CODES } from '../../../../forms/c100/miam/exemptionCodes';

const SECTION = { domestic: '3a', protection: '3b', urgency: '3c', adr: '3d', misc: '3e' } as const;

describe('MIAM exemption catalogue', () => {
  it('has exactly one entry per exemption code, in the right category and C100 section', () => {
    const codes = EXEMPTION_CATEGORIES.flatMap((c) => EXEMPTION_CODES[c].map((code) => ({ c, code })));
    expect(Object.keys(EXEMPTION_CATALOGUE).sort()).toEqual(codes.map((x) => x.code).sort());
    for (const { c, code } of codes) {
      const entry = exemptionEntry(code);
      expect(entry.code).toBe(code);
      expect(entry.category).toBe(c);
      expect(entry.c100Section).toBe(SECTION[c]);
      expect(entry.label.length).toBeGreaterThan(10);
      expect(entry.ruleWording.length).toBeGreaterThan(10);
      expect(entry.explanation.length).toBeGreaterThan(10);
      expect(entry.ground).toMatch(/FPR r3\.8\(1\)/);
    }
  });

  it('numbers the items 1..n in each section as the paper form prints them', () => {
    for (const c of EXEMPTION_CATEGORIES) {
      expect(exemptionsInPrintedOrder(c).map((e) => e.c100Item)).toEqual(EXEMPTION_CODES[c].map((_, i) => i + 1));
    }
  });

  // C100-DOMAIN §8.4: MoJ domestic code -> section 3a item (the CCD Value_1..22 order).
  it.each([
    ['police_arrested', 1], ['police_caution', 2], ['police_ongoing_proceedings', 3], ['police_conviction', 4],
    ['court_bound_over', 5], ['police_dvpn', 6], ['police_dapn', 7], ['court_protective_injunction', 8],
    ['court_undertaking', 9], ['court_finding_of_fact', 10], ['court_expert_report', 11], ['specialist_examination', 12],
    ['specialist_referral', 13], ['local_authority_marac', 14], ['da_service_idva', 15], ['da_service_isva', 16],
    ['local_authority_la_ha', 17], ['da_service_organisation', 18], ['da_service_refuge_refusal', 19],
    ['local_authority_public_authority', 20], ['misc_right_to_remain', 21], ['misc_financial_abuse', 22],
  ] as const)('%s is section 3a item %i', (code, item) => {
    expect(EXEMPTION_CATALOGUE[code].c100Item).toBe(item);
  });

  it('asks for a document for every domestic abuse item and for 3d item 1 (C100-DOMAIN §7.11)', () => {
    for (const code of DOMESTIC_EXEMPTIONS) expect(EXEMPTION_CATALOGUE[code].evidence.kind).toBe('document');
    expect(EXEMPTION_CATALOGUE.misc_previous_attendance.evidence.kind).toBe('document');
    expect(EXEMPTION_CATALOGUE.misc_existing_proceedings_exemption.evidence.kind).toBe('certificate_or_details');
  });

  it('asks for nothing for child protection, urgency, without notice, a child party, prison/bail/licence', () => {
    const none = [...EXEMPTION_CODES.protection, ...EXEMPTION_CODES.urgency, 'misc_without_notice', 'misc_applicant_under_age', 'misc_access4'] as const;
    for (const code of none) expect(EXEMPTION_CATALOGUE[code].evidence).toEqual({ kind: 'none' });
  });

  it('asks for the mediators contacted and why not online for no appointment / disability, an explanation for 15 miles', () => {
    const fields = (code: 'misc_access' | 'misc_access2' | 'misc_access3') => {
      const e = EXEMPTION_CATALOGUE[code].evidence;
      return e.kind === 'text' ? e.texts.map((t) => t.field) : [];
    };
    expect(fields('misc_access')).toEqual(['cannotAttendOnlineReason', 'mediatorsContacted']);
    expect(fields('misc_access2')).toEqual(['cannotAttendOnlineReason', 'mediatorsContacted']);
    expect(fields('misc_access3')).toEqual(['noMediatorNearbyExplanation']);
  });

  it('groups every domestic code except leave to remain and financial abuse under one of the five sub-groups', () => {
    const grouped = DOMESTIC_GROUP_CATALOGUE.flatMap((g) => g.codes);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped, 'misc_right_to_remain', 'misc_financial_abuse'].sort()).toEqual([...DOMESTIC_EXEMPTIONS].sort());
    for (const g of DOMESTIC_GROUP_CATALOGUE) for (const code of g.codes) expect(EXEMPTION_CATALOGUE[code].domesticGroup).toBe(g.group);
    expect(DOMESTIC_GROUP_CATALOGUE.map((g) => g.group)).toEqual(['police', 'court', 'specialist', 'local_authority', 'da_service']);
  });

  it('gives each category the MoJ playback header', () => {
    expect(EXEMPTION_CATEGORIES.map((c) => CATEGORY_CATALOGUE[c].header)).toEqual([
      'Domestic abuse evidence',
      'Child protection concerns',
      'Urgency',
      'Previous MIAM attendance or MIAM exemption',
      'Other exemptions',
    ]);
  });
});
