/**
 * The answers of the C100 front page (page 3 "Concerns about risk of harm" and "Additional
 * information required"), derived from the rest of the application as the MoJ service derives them
 * for its own PDF (C100-DOMAIN §6.2 items 6–7, §8.4).
 */
import type { C100Application } from '../../application';
import type { YesNo } from '../../enums';
import { yesNo } from './mappingBuilders';

export interface RiskConcerns {
  readonly domesticAbuse: YesNo;
  readonly childAbduction: YesNo;
  readonly childAbuse: YesNo;
  readonly substanceMisuse: YesNo;
  readonly otherConcerns: YesNo;
}

/**
 * "Are you alleging that the child(ren) … have experienced, or are at risk of experiencing, harm
 * from any of the following…?" MoJ `RiskConcerns`: domestic abuse if screened yes or any abuse of the
 * applicant; child abuse if screened yes or any abuse of the children except "other", which is an
 * "other safety or welfare concern" (C100-DOMAIN §6.2 item 6).
 */
export function riskConcerns(app: C100Application): RiskConcerns {
  const s = app.safety;
  const childKinds = Object.keys(s.abuse.children);
  const applicantKinds = Object.keys(s.abuse.applicant);
  return {
    domesticAbuse: yesNo(s.domesticAbuse === 'yes' || applicantKinds.some((k) => k !== 'other')),
    childAbduction: s.abductionRisk,
    childAbuse: yesNo(s.childrenAbuse === 'yes' || childKinds.some((k) => k !== 'other')),
    substanceMisuse: s.substanceMisuse,
    otherConcerns: yesNo(
      s.otherConcerns === 'yes' || childKinds.includes('other') || applicantKinds.includes('other'),
    ),
  };
}

/** Permission is needed (C100-DOMAIN §5) or a s91(14) / civil restraint order is in force (§8.4). */
export function asksPermission(app: C100Application): boolean {
  return app.application.permissionAlreadySought !== undefined || app.application.restrictingOrder === 'yes';
}

/** MoJ `mark_as_urgent?`: an urgent or a without notice hearing (C100-DOMAIN §8.4). */
export function asksUrgentOrWithoutNotice(app: C100Application): boolean {
  return app.application.urgent === 'yes' || app.application.withoutNotice === 'yes';
}

/** Any international question answered yes, or litigation capacity affected (C100-DOMAIN §8.4). */
export function hasInternationalOrCapacityFactor(app: C100Application): boolean {
  const a = app.application;
  return (
    a.internationalResident === 'yes' ||
    a.internationalJurisdiction === 'yes' ||
    a.internationalRequest === 'yes' ||
    a.litigationCapacity === 'yes'
  );
}

/** Anyone needs Welsh (section 10a). */
export function needsWelsh(app: C100Application): boolean {
  return app.attendingCourt.welsh === 'yes';
}
