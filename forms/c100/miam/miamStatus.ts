/**
 * The MIAM position of a draft (C100 04.24 sections 2–4; FPR r3.8(1) and PD3A as changed on 29 April
 * 2024), decided in the order the journey asks (MoJ `opening`, `miam` and `miam_exemptions` decision
 * trees, C100-DOMAIN §2.1–§2.3, §3.9; completion as COS `MiamPolicyUpgradeChecker`, §7.9; the
 * outcome model of §10.2).
 */
import type { C100Draft } from '../draft';
import { anyGround, claimedGrounds, exemptionList, noneIsNotExclusive } from './claimedExemptions';
import { EXEMPTION_CATEGORIES, type ExemptionCategory, type ExemptionCode } from './exemptionCodes';
import { requiredEvidence } from './requiredEvidence';
import { requiredIssue as required, type RuleIssue } from '../rules/RuleIssue';

/** Something the draft must answer before its MIAM position is known, at its draft path (`miam.exemptions.domestic`). */
export type MiamIssue = RuleIssue;

export interface ClaimedGround {
  category: ExemptionCategory;
  code: ExemptionCode;
}

export type MiamStatus =
  | { kind: 'not_required'; reason: 'consent_order' | 'child_protection_proceedings' }
  | {
      kind: 'attended';
      /** The section 4 details (FMC registration number, service name) are in the draft. */
      mediatorDetailsComplete: boolean;
      missingMediatorDetails: MiamIssue[];
    }
  | {
      kind: 'exempt';
      /** Every ground claimed, in journey order (domestic, protection, urgency, adr, misc). */
      grounds: ClaimedGround[];
      /** The same grounds per category; categories without a ground are absent. */
      byCategory: Partial<Record<ExemptionCategory, ExemptionCode[]>>;
    }
  | {
      kind: 'must_attend';
      /**
       * `no_exemption_claimed`: did not attend and claims no exemption (exit page);
       * `no_exemption_applies`: every exemption page answered "None of these" (exit page);
       * `no_mediator_document`: attended but has no document from the mediator ("get the mediator's document" exit).
       */
      reason: 'no_exemption_claimed' | 'no_exemption_applies' | 'no_mediator_document';
    }
  | { kind: 'incomplete'; missing: MiamIssue[] };

export type MiamStatusKind = MiamStatus['kind'];

/** The question of each exemption page, as the error to show when it is unanswered. */
export const EXEMPTION_LIST_MISSING: Readonly<Record<ExemptionCategory, string>> = {
  domestic: 'Select the evidence of domestic abuse you have, or “None of these”',
  protection: 'Select the child protection concerns that apply, or “None of these”',
  urgency: 'Select why the application is urgent, or “None of these”',
  adr: 'Select your previous MIAM attendance or exemption, or “None of these”',
  misc: 'Select any other reason for not attending a MIAM, or “None of these”',
};

/** MoJ `none_not_exclusive` (C100-DOMAIN §3.6), in this app's words. */
export const NONE_NOT_EXCLUSIVE = 'Untick “None of these” if you want to select any of the other options';

const isFilled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** The answers each exemption page still needs, and lists where "None of these" is not alone. */
export function exemptionListIssues(draft: C100Draft): MiamIssue[] {
  const issues: MiamIssue[] = [];
  for (const category of EXEMPTION_CATEGORIES) {
    const list = exemptionList(draft, category);
    const path = `miam.exemptions.${category}`;
    if (list === undefined || list.length === 0) issues.push(required(path, EXEMPTION_LIST_MISSING[category]));
    else if (noneIsNotExclusive(list, category)) issues.push({ path, code: 'conflict', message: NONE_NOT_EXCLUSIVE });
  }
  return issues;
}

function mediatorDetailIssues(draft: C100Draft): MiamIssue[] {
  const miam = draft.miam ?? {};
  const issues: MiamIssue[] = [];
  if (!isFilled(miam.mediatorRegistrationNumber)) {
    issues.push(required('miam.mediatorRegistrationNumber', 'Enter the mediator’s Family Mediation Council registration number'));
  }
  if (!isFilled(miam.mediatorServiceName)) {
    issues.push(required('miam.mediatorServiceName', 'Enter the name of the family mediation service'));
  }
  return issues;
}

/**
 * The MIAM position of a draft: not required (consent order; child in emergency, care or supervision
 * proceedings), attended, exempt with its grounds, must attend (with why), or incomplete with what
 * is missing. Outcomes that stop the application (must attend) are given as soon as the answers
 * decide them; attended and exempt also need the acknowledgement, and exempt needs every evidence
 * answer and text of `requiredEvidence`. Throws nothing.
 */
export function miamStatus(draft: C100Draft): MiamStatus {
  const screening = draft.screening ?? {};
  if (screening.consentOrder === 'yes') return { kind: 'not_required', reason: 'consent_order' };
  if (screening.consentOrder === undefined) {
    return { kind: 'incomplete', missing: [required('screening.consentOrder', 'Select what kind of application you want to make')] };
  }
  if (screening.childProtectionCases === 'yes') return { kind: 'not_required', reason: 'child_protection_proceedings' };
  if (screening.childProtectionCases === undefined) {
    return {
      kind: 'incomplete',
      missing: [
        required(
          'screening.childProtectionCases',
          'Select yes if a child is already in emergency, care or supervision proceedings, or subject to such an order',
        ),
      ],
    };
  }

  const miam = draft.miam ?? {};
  const acknowledgement: MiamIssue[] =
    miam.acknowledged === true
      ? []
      : [required('miam.acknowledged', 'Confirm you understand that you have to attend a MIAM or give a valid reason for not attending')];

  if (miam.attended === undefined) {
    return { kind: 'incomplete', missing: [...acknowledgement, required('miam.attended', 'Select yes if you have attended a MIAM')] };
  }
  if (miam.attended === 'yes') {
    if (miam.mediatorDocument === 'no') return { kind: 'must_attend', reason: 'no_mediator_document' };
    if (miam.mediatorDocument === undefined) {
      return {
        kind: 'incomplete',
        missing: [...acknowledgement, required('miam.mediatorDocument', 'Select yes if you have a document signed by the mediator')],
      };
    }
    if (acknowledgement.length > 0) return { kind: 'incomplete', missing: acknowledgement };
    const missingMediatorDetails = mediatorDetailIssues(draft);
    return { kind: 'attended', mediatorDetailsComplete: missingMediatorDetails.length === 0, missingMediatorDetails };
  }

  if (miam.claimsExemption === 'no') return { kind: 'must_attend', reason: 'no_exemption_claimed' };
  if (miam.claimsExemption === undefined) {
    return {
      kind: 'incomplete',
      missing: [...acknowledgement, required('miam.claimsExemption', 'Select yes if you have a valid reason for not attending a MIAM')],
    };
  }

  const listIssues = exemptionListIssues(draft);
  if (listIssues.length > 0) return { kind: 'incomplete', missing: [...acknowledgement, ...listIssues] };
  const grounds = claimedGrounds(draft);
  if (!anyGround(grounds)) return { kind: 'must_attend', reason: 'no_exemption_applies' };

  const evidenceIssues = requiredEvidence(draft)
    .filter((item) => !item.satisfied)
    .map((item): MiamIssue => required(item.path, item.missingMessage));
  const missing = dedupeByPath([...acknowledgement, ...evidenceIssues]);
  if (missing.length > 0) return { kind: 'incomplete', missing };

  const byCategory: Partial<Record<ExemptionCategory, ExemptionCode[]>> = {};
  const list: ClaimedGround[] = [];
  for (const category of EXEMPTION_CATEGORIES) {
    if (grounds[category].length === 0) continue;
    byCategory[category] = [...grounds[category]];
    for (const code of grounds[category]) list.push({ category, code });
  }
  return { kind: 'exempt', grounds: list, byCategory };
}

/** Several documents can share one answer (`miam.canProvideEvidence`): ask for it once. */
function dedupeByPath(issues: MiamIssue[]): MiamIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}
