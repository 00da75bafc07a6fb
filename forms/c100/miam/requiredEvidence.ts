/**
 * What must go with the application for its MIAM position, and what text the applicant must write:
 * C100 04.24 sections 3a–3e and 4, FPR r3.8(1), PD3A paras 6, 12, 20 and 21A, C100-DOMAIN §3.7, §3.8,
 * §7.11 and §10.2.
 *
 * One deliberate difference from MoJ (C100-DOMAIN §3.8 item 5): MoJ also demands the free "exemption
 * details" text for every domestic-abuse claim; the paper form asks only for the evidence (or the
 * reasons it cannot be provided), so we do not make a litigant in person write more.
 */
import type { C100Draft } from '../draft';
import { claimedGrounds, isMiscOnlyClaim, type ClaimedGrounds } from './claimedExemptions';
import { EXEMPTION_CATALOGUE, type MiamC100Section, type MiamTextField } from './exemptionCatalogue';
import type { ExemptionCode } from './exemptionCodes';

/** The C100 part an item belongs to: sections 3a–3e or 4, or the front page (the consent order). */
export type EvidenceSection = MiamC100Section | 'front';

export interface EvidenceItem {
  /** A document that goes with the application, or text the applicant writes on the form. */
  kind: 'document' | 'text';
  description: string;
  /** The rule it comes from (FPR r3.8(1) ground, PD3A paragraph). */
  ground: string;
  c100Section: EvidenceSection;
  /** Whether the draft already answers it (a document: the applicant says they have it and will attach it). */
  satisfied: boolean;
  /** The draft answer that satisfies it, dot-separated (`miam.canProvideEvidence`). */
  path: string;
  /** What to do when it is not satisfied, in plain words. */
  missingMessage: string;
  /** The exemption codes the item supports (empty for the certificate and the consent order). */
  codes: readonly ExemptionCode[];
}

const isFilled = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

const TEXT_MESSAGES: Record<MiamTextField, string> = {
  evidenceUnavailableReason: 'Explain why you cannot provide the evidence',
  previousAttendanceDetails: 'Give the date of the MIAM and the name and contact details of the mediator',
  cannotAttendOnlineReason: 'Explain why you cannot attend a MIAM online or by video link',
  mediatorsContacted:
    'Give the names, postal addresses and phone numbers or email addresses of the mediators you contacted, and the dates',
  noMediatorNearbyExplanation: 'Explain why there is no mediator within 15 miles of your home and you cannot attend online',
  additionalDetails: 'Give the details of your exemption',
};

function textItem(
  draft: C100Draft,
  field: MiamTextField,
  description: string,
  ground: string,
  section: EvidenceSection,
  codes: readonly ExemptionCode[],
): EvidenceItem {
  return {
    kind: 'text',
    description,
    ground,
    c100Section: section,
    satisfied: isFilled(draft.miam?.[field]),
    path: `miam.${field}`,
    missingMessage: TEXT_MESSAGES[field],
    codes,
  };
}

/**
 * Documents that share the "Can you provide the evidence?" answer (domestic abuse 3a, previous
 * attendance 3d item 1, and the MoJ "misc only" case): yes satisfies them; no replaces them with
 * the reasons text for the "Unable to provide the required evidence" box.
 */
function documentsOrReason(draft: C100Draft, documents: Omit<EvidenceItem, 'satisfied' | 'path' | 'missingMessage' | 'kind'>[]): EvidenceItem[] {
  const answer = draft.miam?.canProvideEvidence;
  if (answer === 'no') {
    const codes = documents.flatMap((d) => d.codes);
    const first = documents[0];
    return [
      textItem(
        draft,
        'evidenceUnavailableReason',
        'Why you cannot provide the evidence (the “Unable to provide the required evidence” box)',
        [...new Set(documents.map((d) => d.ground))].join('; '),
        first?.c100Section ?? '3a',
        codes,
      ),
    ];
  }
  return documents.map((d) => ({
    ...d,
    kind: 'document',
    satisfied: answer === 'yes',
    path: 'miam.canProvideEvidence',
    missingMessage: 'Say whether you can send the evidence with your application',
  }));
}

function exemptionEvidence(draft: C100Draft, grounds: ClaimedGrounds): EvidenceItem[] {
  const shared: Omit<EvidenceItem, 'satisfied' | 'path' | 'missingMessage' | 'kind'>[] = [];
  for (const code of grounds.domestic) {
    const entry = EXEMPTION_CATALOGUE[code];
    if (entry.evidence.kind === 'document') {
      shared.push({ description: entry.evidence.document, ground: entry.ground, c100Section: '3a', codes: [code] });
    }
  }
  if (grounds.adr.includes('misc_previous_attendance')) {
    const entry = EXEMPTION_CATALOGUE.misc_previous_attendance;
    if (entry.evidence.kind === 'document') {
      shared.push({ description: entry.evidence.document, ground: entry.ground, c100Section: '3d', codes: [entry.code] });
    }
  }
  const miscOnly = isMiscOnlyClaim(grounds);
  if (miscOnly) {
    shared.push({
      description:
        'Any document that supports your exemption (for example your bail conditions or licence, or proof of age); MoJ asks for it when these are your only grounds',
      ground: grounds.misc.map((code) => EXEMPTION_CATALOGUE[code].ground).join('; '),
      c100Section: '3e',
      codes: grounds.misc,
    });
  }
  const items = shared.length > 0 ? documentsOrReason(draft, shared) : [];

  if (grounds.adr.includes('misc_existing_proceedings_exemption')) {
    const entry = EXEMPTION_CATALOGUE.misc_existing_proceedings_exemption;
    const choice = draft.miam?.previousAttendanceEvidence;
    if (entry.evidence.kind === 'certificate_or_details') {
      if (choice === 'details') {
        items.push(textItem(draft, 'previousAttendanceDetails', entry.evidence.details, entry.ground, '3d', [entry.code]));
      } else {
        items.push({
          kind: 'document',
          description: entry.evidence.document,
          ground: entry.ground,
          c100Section: '3d',
          satisfied: choice === 'certificate',
          path: 'miam.previousAttendanceEvidence',
          missingMessage: 'Say whether the mediator will sign section 4, or give the details of the MIAM you attended',
          codes: [entry.code],
        });
      }
    }
  }

  // 3e access grounds: each text once, even when two grounds ask for it (C100 04.24 page 10 box).
  const seen = new Set<MiamTextField>();
  for (const code of grounds.misc) {
    const entry = EXEMPTION_CATALOGUE[code];
    if (entry.evidence.kind !== 'text') continue;
    for (const text of entry.evidence.texts) {
      if (seen.has(text.field)) continue;
      seen.add(text.field);
      const codes = grounds.misc.filter((c) => {
        const e = EXEMPTION_CATALOGUE[c].evidence;
        return e.kind === 'text' && e.texts.some((t) => t.field === text.field);
      });
      items.push(textItem(draft, text.field, text.description, entry.ground, '3e', codes));
    }
  }
  if (miscOnly) {
    items.push(
      textItem(
        draft,
        'additionalDetails',
        'Details of your exemption (the “Section 3 – continued” box)',
        grounds.misc.map((code) => EXEMPTION_CATALOGUE[code].ground).join('; '),
        '3e',
        grounds.misc,
      ),
    );
  }
  return items;
}

function isMiamOutOfScope(draft: C100Draft): boolean {
  return draft.screening?.consentOrder === 'yes' || draft.screening?.childProtectionCases === 'yes';
}

/**
 * What must go with the application and what text is needed, given the draft's MIAM position:
 * the draft consent order (consent order), the mediator's confirmation in section 4 and its details
 * (MIAM attended), or the evidence and text each claimed exemption needs (sections 3a–3e). Items
 * follow the journey's current answers: grounds behind a closed gate (e.g. exemptions listed while
 * "attended" is yes) are ignored. Throws nothing.
 */
export function requiredEvidence(draft: C100Draft): EvidenceItem[] {
  const screening = draft.screening ?? {};
  if (screening.consentOrder === 'yes') {
    return [
      {
        kind: 'document',
        description: 'The draft consent order, signed by you and the respondent',
        ground: 'C100 04.24 page 1 “consent order”: attach the draft order (consent orders are outside the MIAM requirement, PD3A para 12)',
        c100Section: 'front',
        satisfied: screening.draftConsentOrderAttached === true,
        path: 'screening.draftConsentOrderAttached',
        missingMessage: 'Confirm you will attach the draft consent order signed by you and the respondent',
        codes: [],
      },
    ];
  }
  if (isMiamOutOfScope(draft)) return [];
  const miam = draft.miam ?? {};
  if (miam.attended === 'yes') {
    return [
      {
        kind: 'document',
        description: 'The mediator’s confirmation that you attended a MIAM: the mediator completes and signs section 4',
        ground: 'PD3A para 6(i): confirmation from a mediator that the applicant attended a MIAM',
        c100Section: '4',
        satisfied: miam.mediatorDocument === 'yes',
        path: 'miam.mediatorDocument',
        missingMessage: 'Get a document signed by the mediator that confirms you attended a MIAM',
        codes: [],
      },
      {
        kind: 'text',
        description: 'The mediator’s Family Mediation Council registration number and the family mediation service name',
        ground: 'C100 04.24 section 4 (FMC registration number, service name, sole trader name)',
        c100Section: '4',
        satisfied: isFilled(miam.mediatorRegistrationNumber) && isFilled(miam.mediatorServiceName),
        path: isFilled(miam.mediatorRegistrationNumber) ? 'miam.mediatorServiceName' : 'miam.mediatorRegistrationNumber',
        missingMessage: 'Enter the mediator’s registration number and the name of the family mediation service',
        codes: [],
      },
    ];
  }
  if (miam.attended === 'no' && miam.claimsExemption === 'yes') {
    return exemptionEvidence(draft, claimedGrounds(draft));
  }
  return [];
}

export interface MiamWarning {
  code: 'without_notice_hearing_not_requested' | 'urgent_hearing_not_requested';
  path: string;
  message: string;
}

/**
 * Consistency warnings (not errors): an exemption whose ground implies a hearing the application does
 * not ask for. Neither official service enforces these (C100-DOMAIN §10.2 [design]). Throws nothing.
 */
export function miamWarnings(draft: C100Draft): MiamWarning[] {
  if (isMiamOutOfScope(draft) || draft.miam?.attended !== 'no' || draft.miam.claimsExemption !== 'yes') return [];
  const grounds = claimedGrounds(draft);
  const warnings: MiamWarning[] = [];
  if (grounds.misc.includes('misc_without_notice') && draft.application?.withoutNotice !== 'yes') {
    warnings.push({
      code: 'without_notice_hearing_not_requested',
      path: 'application.withoutNotice',
      message:
        'You claim a MIAM exemption because you are applying without notice, but you have not asked for a without notice hearing. Ask for one, or remove that exemption.',
    });
  }
  if (grounds.urgency.length > 0 && draft.application?.urgent !== 'yes') {
    warnings.push({
      code: 'urgent_hearing_not_requested',
      path: 'application.urgent',
      message:
        'You claim a MIAM exemption because the application is urgent, but you have not asked for an urgent hearing. Ask for one, or check the urgency exemption.',
    });
  }
  return warnings;
}
