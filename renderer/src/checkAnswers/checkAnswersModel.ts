/**
 * What check your answers shows, built from the journey and the rules in `forms/` (issue 5 "Check
 * your answers"): every answer of every page the draft visits, the issues `toApplication` reports
 * (each with the page to fix it), the MIAM outcome and the evidence to send, which supplements will be
 * produced and why, and the court fee. Plain data, so the page only renders it.
 */
import type { C100Draft } from '../../../forms/c100/draft';
import { PARTY_ROLE } from '../../../forms/c100/enums';
import {
  EXEMPTION_CATALOGUE,
  c1aRequired,
  c8Required,
  confidentialDetails,
  courtFee,
  miamStatus,
  requiredEvidence,
  riskOfHarmSummary,
  type ConfidentialParty,
  type EvidenceItem,
  type MiamStatus,
} from '../../../forms/c100/rules';
import { findStep, nameOf, stepContent, stepRefForPath, taskList, type StepRef } from '../../../forms/c100/steps';
import { toApplication } from '../../../forms/c100/toApplication';
import { answerLines, shownFields } from './answerText';

export interface AnswerRow {
  /** The draft path of the answer (comments point at it). */
  path: string;
  label: string;
  /** The answer's lines, or `undefined` when not answered. */
  lines: string[] | undefined;
  /** The page that asks it. */
  step: StepRef;
}

export interface AnswerGroup {
  /** The page's title, shown above its answers when the page asks more than one question. */
  heading?: string;
  rows: AnswerRow[];
}

export interface AnswerSection {
  id: string;
  title: string;
  groups: AnswerGroup[];
}

export interface IssueLink {
  path: string;
  message: string;
  step: StepRef;
}

export interface MiamOutcome {
  headline: string;
  details: string[];
  /** The page to fix an unfinished or blocking answer, when there is one. */
  step?: StepRef;
}

export interface Supplement {
  form: 'C1A' | 'C8';
  title: string;
  needed: boolean;
  why: string;
}

export interface FeeSummary {
  display: string;
  since?: string;
  helpWithFees: boolean;
  hwfReference?: string;
  payByCard?: 'yes' | 'no';
}

export interface CheckAnswersModel {
  sections: AnswerSection[];
  issues: IssueLink[];
  miam: MiamOutcome;
  evidence: EvidenceItem[];
  supplements: Supplement[];
  fee: FeeSummary;
}

function answerSections(draft: C100Draft, today: string): AnswerSection[] {
  const sections: AnswerSection[] = [];
  for (const section of taskList(draft, today)) {
    if (section.id === 'checkAnswers') continue;
    const groups: AnswerGroup[] = [];
    for (const ref of section.steps) {
      const kind = findStep(ref.id)?.kind;
      if (kind !== 'question' && kind !== 'list') continue;
      let content;
      try {
        content = stepContent(draft, ref, today);
      } catch {
        // A page whose parameters no longer match (e.g. a person removed) has nothing to show.
        continue;
      }
      const rows = content.fields.flatMap((field) =>
        shownFields(field, draft).map((shown) => ({ path: shown.path, label: shown.label, lines: answerLines(shown, draft), step: ref })),
      );
      if (rows.length === 0) continue;
      // A one-question page needs no heading: its question labels the row (a revealed follow-up's too).
      const single = content.fields.length === 1 && (rows.length === 1 || content.fields[0]?.label === content.title);
      const heading = single ? undefined : [content.caption, content.title].filter(Boolean).join(': ');
      const last = groups[groups.length - 1];
      // One-question pages in a row share one list, as a single block of answers.
      if (!heading && last && last.heading === undefined) last.rows.push(...rows);
      else groups.push({ ...(heading ? { heading } : {}), rows });
    }
    if (groups.length > 0) sections.push({ id: section.id, title: section.title, groups });
  }
  return sections;
}

function issueLinks(draft: C100Draft, today: string): IssueLink[] {
  const result = toApplication(draft, { today });
  if (result.ok) return [];
  const seen = new Set<string>();
  const links: IssueLink[] = [];
  for (const issue of result.issues) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ path: issue.path, message: issue.message, step: stepRefForPath(draft, issue.path, today) });
  }
  return links;
}

/** The MIAM position in plain words (C100 04.24 sections 2–4; C100-DOMAIN §3). */
export function miamOutcome(status: MiamStatus, draft: C100Draft, today: string): MiamOutcome {
  switch (status.kind) {
    case 'not_required':
      return {
        headline: 'You do not need to attend a MIAM.',
        details: [
          status.reason === 'consent_order'
            ? 'You are asking the court to approve an agreement (a consent order).'
            : 'A child is already involved in emergency, care or supervision proceedings, or subject to such an order.',
        ],
      };
    case 'attended':
      return {
        headline: 'You have attended a MIAM.',
        details: status.missingMediatorDetails.map((issue) => issue.message),
        ...(status.missingMediatorDetails[0] ? { step: stepRefForPath(draft, status.missingMediatorDetails[0].path, today) } : {}),
      };
    case 'exempt':
      return {
        headline: 'You are claiming an exemption from attending a MIAM.',
        details: status.grounds.map((ground) => EXEMPTION_CATALOGUE[ground.code].label),
      };
    case 'must_attend':
      return {
        headline: 'You need to attend a MIAM before you can apply.',
        details: [
          status.reason === 'no_mediator_document'
            ? 'You need the document the mediator gives you after the MIAM (or their signature on the form).'
            : status.reason === 'no_exemption_applies'
              ? 'None of the exemptions applies to you. A family mediator can arrange a MIAM for you.'
              : 'You have not attended a MIAM and are not claiming an exemption. A family mediator can arrange a MIAM for you.',
        ],
        step: stepRefForPath(draft, 'miam.attended', today),
      };
    case 'incomplete':
      return {
        headline: 'Your answers about mediation (MIAM) are not finished.',
        details: status.missing.map((issue) => issue.message),
        ...(status.missing[0] ? { step: stepRefForPath(draft, status.missing[0].path, today) } : {}),
      };
    default: {
      const unknown: never = status;
      throw new Error(`Unknown MIAM status: ${JSON.stringify(unknown)}`);
    }
  }
}

const RISK_WORDS: Record<keyof ReturnType<typeof riskOfHarmSummary>, string> = {
  domesticAbuse: 'domestic abuse',
  childAbduction: 'a risk of the children being abducted',
  childAbuse: 'abuse of the children',
  substanceMisuse: 'drug, alcohol or substance misuse',
  otherConcerns: 'other concerns about the children’s safety or welfare',
};

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function partyName(draft: C100Draft, party: ConfidentialParty): string {
  const list = party.role === 'applicant' ? draft.applicants : party.role === 'respondent' ? draft.respondents : draft.otherPeople;
  return nameOf(list?.[party.index], `${PARTY_ROLE.labels[party.role]} ${party.index + 1}`);
}

function confidentialReason(draft: C100Draft, party: ConfidentialParty): string {
  const details = [party.address && 'address', party.phone && 'phone number', party.email && 'email address', party.identity && 'identity'].filter(
    (detail): detail is string => typeof detail === 'string',
  );
  const why = party.because.includes('refuge') ? ' (living in a refuge keeps everything private)' : '';
  return `${partyName(draft, party)} keeps their ${listInWords(details)} private${why}`;
}

function supplements(draft: C100Draft): Supplement[] {
  const risks = Object.entries(riskOfHarmSummary(draft))
    .filter(([, tick]) => tick === 'yes')
    .map(([key]) => RISK_WORDS[key as keyof typeof RISK_WORDS]);
  const c1a = c1aRequired(draft);
  const c8 = c8Required(draft);
  const parties = confidentialDetails(draft);
  return [
    {
      form: 'C1A',
      title: 'C1A: allegations of harm and domestic abuse',
      needed: c1a,
      why: c1a
        ? `You told us about ${risks.length > 0 ? listInWords(risks) : 'safety concerns'}.`
        : 'You have not told us about any safety concerns, so no C1A is needed.',
    },
    {
      form: 'C8',
      title: 'C8: confidential contact details',
      needed: c8,
      why: c8
        ? `${listInWords(parties.map((party) => confidentialReason(draft, party)))}. These details are left blank on the C100 and given only on the C8.`
        : 'Nobody keeps their contact details private, so no C8 is needed.',
    },
  ];
}

function feeSummary(draft: C100Draft, today: string): FeeSummary {
  const fee = courtFee(today, draft);
  const payByCard = draft.fee?.payByCard;
  return {
    display: fee.display,
    ...(fee.since ? { since: fee.since } : {}),
    helpWithFees: fee.helpWithFees,
    ...(fee.hwfReference ? { hwfReference: fee.hwfReference } : {}),
    ...(payByCard ? { payByCard } : {}),
  };
}

/** Everything check your answers shows for this draft on `today` (ISO date). Throws nothing for any draft. */
export function checkAnswersModel(draft: C100Draft, today: string): CheckAnswersModel {
  return {
    sections: answerSections(draft, today),
    issues: issueLinks(draft, today),
    miam: miamOutcome(miamStatus(draft), draft, today),
    evidence: requiredEvidence(draft),
    supplements: supplements(draft),
    fee: feeSummary(draft, today),
  };
}
