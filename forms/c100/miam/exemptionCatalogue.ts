/**
 * The MIAM exemption catalogue: for every exemption code (after the changes to the FPR Part 3 MIAM
 * rules and Practice Direction 3A in force from 29 April 2024) the words a litigant in person reads,
 * the wording of the rule as the C100 04.24 prints it, the ground in FPR r3.8(1) it rests on (C100-DOMAIN
 * calls these the "PD3A para 5.1" grounds; PD3A explains them and sets the evidence for domestic abuse
 * in para 20 and for previous attendance in para 21A), the C100 section and item it ticks
 * (C100-DOMAIN §8.4), and what evidence or text it needs (C100-DOMAIN §3.7, §3.8, §7.11, §10.2).
 *
 * Rule letters are cited only where the sources we read state them (r3.8(1)(a)–(d), (k), (l)); the
 * other grounds are cited by their name.
 */
import type {
  EXEMPTION_CODES} from './exemptionCodes';
import {
  EXEMPTION_CATEGORIES,
  type DomesticExemption,
  type ExemptionCategory,
  type ExemptionCode,
} from './exemptionCodes';

/** The sections of C100 04.24 this app fills for MIAM: 3a–3e exemptions, 4 the mediator's confirmation. */
export type MiamC100Section = '3a' | '3b' | '3c' | '3d' | '3e' | '4';

/** The draft answers (under `miam`) that hold the texts an exemption asks for. */
export type MiamTextField =
  | 'evidenceUnavailableReason'
  | 'previousAttendanceDetails'
  | 'cannotAttendOnlineReason'
  | 'mediatorsContacted'
  | 'noMediatorNearbyExplanation'
  | 'additionalDetails';

/** What must go with the application for one exemption ground. */
export type EvidenceNeed =
  /** Child protection, urgency, without notice, a child party, prison/bail/licence (C100-DOMAIN §7.11). */
  | { kind: 'none' }
  /**
   * A document submitted with the application; if it cannot be provided, the reasons go in the
   * "Unable to provide the required evidence" box (C100 04.24 section 3a and 3d, page 11 box).
   */
  | { kind: 'document'; document: string }
  /** 3d item 2: the mediator signs section 4, or (a respondent in those proceedings) the MIAM's date and provider. */
  | { kind: 'certificate_or_details'; document: string; details: string }
  /** 3e access grounds: explanations and the mediators contacted, in the "Section 3 – continued" box. */
  | { kind: 'text'; texts: readonly { field: MiamTextField; description: string }[] };

/** The five domestic-abuse sub-groups the journey shows as reveal toggles (MoJ `group_*`, C100-DOMAIN §3.1). */
export const DOMESTIC_GROUPS = ['police', 'court', 'specialist', 'local_authority', 'da_service'] as const;
export type DomesticGroup = (typeof DOMESTIC_GROUPS)[number];

export interface ExemptionEntry {
  code: ExemptionCode;
  category: ExemptionCategory;
  /** The domestic-abuse sub-group; undefined for the two items without one and for other categories. */
  domesticGroup?: DomesticGroup;
  /** Plain words for a litigant in person (from the HMCTS citizen journey where it has them). */
  label: string;
  /** The rule's own wording, as printed on C100 04.24 section 3. */
  ruleWording: string;
  /** The ground in FPR r3.8(1) (and PD3A paragraph for its evidence) this exemption rests on. */
  ground: string;
  c100Section: Exclude<MiamC100Section, '4'>;
  /** Position of the tick box within its section, in the printed order (3a items 1–22, C100-DOMAIN §8.4). */
  c100Item: number;
  evidence: EvidenceNeed;
  /** A short plain explanation of the ground, for the exemption checker. */
  explanation: string;
}

export interface CategoryEntry {
  category: ExemptionCategory;
  /** Playback and PDF header (MoJ `exemptions/en.yml` `playback.exemptions_claimed.*.header`, C100-DOMAIN §3.5). */
  header: string;
  /** The page's question (MoJ legends, C100-DOMAIN §3.1–§3.5). */
  question: string;
  /** The category tick box on C100 04.24 page 7 and the section to complete. */
  c100Label: string;
  c100Section: Exclude<MiamC100Section, '4'>;
  ground: string;
  explanation: string;
  /** The exclusive "None of these" answer. */
  noneLabel: string;
}

export interface DomesticGroupEntry {
  group: DomesticGroup;
  /** MoJ group toggle label (C100-DOMAIN §3.1). */
  label: string;
  codes: readonly DomesticExemption[];
}

const DOMESTIC_GROUND = 'FPR r3.8(1)(a) domestic abuse; evidence as specified in PD3A para 20';
const PROTECTION_GROUND = 'FPR r3.8(1)(b) child protection concerns';
const URGENCY_GROUND = 'FPR r3.8(1)(c) urgency';
const ADR_GROUND = 'FPR r3.8(1)(d) previous MIAM or non-court dispute resolution attendance; evidence as in PD3A para 21A';

/** Domestic abuse evidence: one document, or the reasons it cannot be provided (C100 04.24 section 3a). */
const domesticDocument = (document: string): EvidenceNeed => ({ kind: 'document', document });

export const CATEGORY_CATALOGUE: Readonly<Record<ExemptionCategory, CategoryEntry>> = {
  domestic: {
    category: 'domestic',
    header: 'Domestic abuse evidence',
    question: 'Does the prospective applicant have any of the following evidence of domestic abuse?',
    c100Label: 'Domestic abuse',
    c100Section: '3a',
    ground: DOMESTIC_GROUND,
    explanation:
      'You do not have to go to a MIAM if there is evidence of domestic abuse by someone in the case, such as police, court, health, support service or local authority records. You must send that evidence with your application, or explain why you cannot.',
    noneLabel: 'None of these',
  },
  protection: {
    category: 'protection',
    header: 'Child protection concerns',
    question: 'Do you confirm any of the following child protection concerns?',
    c100Label: 'Child protection concerns',
    c100Section: '3b',
    ground: PROTECTION_GROUND,
    explanation:
      'You do not have to go to a MIAM if the local authority is making child protection enquiries about a child in the application (or another child living with them), or the child has a child protection plan. No document is needed.',
    noneLabel: 'None of these',
  },
  urgency: {
    category: 'urgency',
    header: 'Urgency',
    question: 'Do you confirm any of the following urgency reasons?',
    c100Label: 'Urgency',
    c100Section: '3c',
    ground: URGENCY_GROUND,
    explanation:
      'You do not have to go to a MIAM if the application must be made urgently, for example because someone’s safety is at risk or waiting would harm a child. No document is needed, but you should ask for an urgent hearing.',
    noneLabel: 'None of these',
  },
  adr: {
    category: 'adr',
    header: 'Previous MIAM attendance or MIAM exemption',
    question: 'Do you confirm any of the following reasons for not attending a MIAM?',
    c100Label: 'Previous attendance of a MIAM or non-court dispute resolution',
    c100Section: '3d',
    ground: ADR_GROUND,
    explanation:
      'You do not have to go to another MIAM if you went to one (or to another form of non-court dispute resolution) about the same dispute in the last 4 months, or if this application is part of court proceedings that are still going on and you went to a MIAM before they started. You need a document signed by the mediator or provider.',
    noneLabel: 'None of these',
  },
  misc: {
    category: 'misc',
    header: 'Other exemptions',
    question: 'Do you have any other valid reasons for not attending a MIAM?',
    c100Label: 'Other',
    c100Section: '3e',
    ground: 'FPR r3.8(1) other grounds',
    explanation:
      'Other reasons include asking for a hearing without telling the other person first, a child being one of the people in the case, not being able to reach a mediator, or being in prison, on bail or on licence with a no-contact condition.',
    noneLabel: 'None of these',
  },
};

export const DOMESTIC_GROUP_CATALOGUE: readonly DomesticGroupEntry[] = [
  {
    group: 'police',
    label: 'The police have been involved.',
    codes: ['police_arrested', 'police_caution', 'police_ongoing_proceedings', 'police_conviction', 'police_dvpn', 'police_dapn'],
  },
  {
    group: 'court',
    label: 'A court has already been involved.',
    codes: ['court_bound_over', 'court_protective_injunction', 'court_undertaking', 'court_finding_of_fact', 'court_expert_report'],
  },
  {
    group: 'specialist',
    label: 'A letter confirms the prospective applicant or the other people in this application (the respondents) are or have been a victim of domestic abuse.',
    codes: ['specialist_examination', 'specialist_referral'],
  },
  {
    group: 'local_authority',
    label: 'A letter from a local authority or other agency confirms a risk of harm.',
    codes: ['local_authority_marac', 'local_authority_la_ha', 'local_authority_public_authority'],
  },
  {
    group: 'da_service',
    label: 'The prospective applicant has a letter from a domestic abuse support service, specialist or organisation.',
    codes: ['da_service_idva', 'da_service_isva', 'da_service_organisation', 'da_service_refuge_refusal'],
  },
];

type EntryData = Omit<ExemptionEntry, 'code' | 'category' | 'ground' | 'c100Section'> & { ground?: string };

const domestic: Record<DomesticExemption, EntryData> = {
  police_arrested: {
    domesticGroup: 'police',
    c100Item: 1,
    label: 'Someone in the case has been arrested for a domestic abuse offence',
    ruleWording: 'Evidence that a prospective party has been arrested for a relevant domestic abuse offence.',
    evidence: domesticDocument('Evidence of the arrest for a domestic abuse offence (for example a letter from the police)'),
    explanation: 'The police arrested someone in the case for a domestic abuse offence.',
  },
  police_caution: {
    domesticGroup: 'police',
    c100Item: 2,
    label: 'Someone in the case has had a police caution for a domestic abuse offence',
    ruleWording: 'Evidence of a relevant police caution for a domestic abuse offence.',
    evidence: domesticDocument('Evidence of the police caution for a domestic abuse offence'),
    explanation: 'The police gave someone in the case a caution for a domestic abuse offence.',
  },
  police_ongoing_proceedings: {
    domesticGroup: 'police',
    c100Item: 3,
    label: 'There are criminal proceedings for a domestic abuse offence that have not finished',
    ruleWording: 'Evidence of relevant criminal proceedings for a domestic abuse offence which have not concluded.',
    evidence: domesticDocument('Evidence of the criminal proceedings for a domestic abuse offence that are still going on'),
    explanation: 'Someone in the case is being prosecuted for a domestic abuse offence and the case has not finished.',
  },
  police_conviction: {
    domesticGroup: 'police',
    c100Item: 4,
    label: 'Someone in the case has been convicted of a domestic abuse offence',
    ruleWording: 'Evidence of a relevant conviction for a domestic abuse offence.',
    evidence: domesticDocument('Evidence of the conviction for a domestic abuse offence'),
    explanation: 'Someone in the case was found guilty of a domestic abuse offence.',
  },
  court_bound_over: {
    domesticGroup: 'court',
    c100Item: 5,
    label: 'Someone in the case is bound over by a court order in connection with a domestic abuse offence',
    ruleWording: 'A court order binding a prospective party over in connection with a domestic abuse offence.',
    evidence: domesticDocument('The court order binding the person over'),
    explanation: 'A court ordered someone in the case to keep the peace because of a domestic abuse offence.',
  },
  police_dvpn: {
    domesticGroup: 'police',
    c100Item: 6,
    label: 'Someone in the case was given a domestic violence protection notice',
    ruleWording: 'A domestic violence protection notice issued under section 24 of the Crime and Security Act 2010 against a prospective party.',
    evidence: domesticDocument('The domestic violence protection notice (section 24, Crime and Security Act 2010)'),
    explanation: 'The police issued a domestic violence protection notice against someone in the case.',
  },
  police_dapn: {
    domesticGroup: 'police',
    c100Item: 7,
    label: 'Someone in the case was given a domestic abuse protection notice',
    ruleWording: 'A domestic abuse protection notice given under section 22 of the Domestic Abuse Act 2021 against a prospective party.',
    evidence: domesticDocument('The domestic abuse protection notice (section 22, Domestic Abuse Act 2021)'),
    explanation: 'The police gave someone in the case a domestic abuse protection notice.',
  },
  court_protective_injunction: {
    domesticGroup: 'court',
    c100Item: 8,
    label: 'A protective injunction is in place (for example a non-molestation order)',
    ruleWording: 'A relevant protective injunction.',
    evidence: domesticDocument('The protective injunction (for example the non-molestation order)'),
    explanation: 'A court made an order to protect someone in the case from domestic abuse.',
  },
  court_undertaking: {
    domesticGroup: 'court',
    c100Item: 9,
    label: 'Someone in the case gave an undertaking to a court (not if both sides gave one)',
    ruleWording:
      'An undertaking given in England and Wales under section 46 or 63E of the Family Law Act 1996 (or given in Scotland or Northern Ireland in place of a protective injunction) by a prospective party, provided that a cross-undertaking relating to domestic violence or domestic abuse was not given by another prospective party.',
    evidence: domesticDocument('The record of the undertaking given to the court'),
    explanation: 'Someone in the case promised a court not to abuse another person, and the other person did not make the same promise.',
  },
  court_finding_of_fact: {
    domesticGroup: 'court',
    c100Item: 10,
    label: 'A court found that someone in the case committed domestic abuse',
    ruleWording: 'A copy of a finding of fact, made in proceedings in the United Kingdom, that there has been domestic abuse by a prospective party.',
    evidence: domesticDocument('A copy of the finding of fact'),
    explanation: 'A court in the UK decided, on the evidence, that someone in the case committed domestic abuse.',
  },
  court_expert_report: {
    domesticGroup: 'court',
    c100Item: 11,
    label: 'An expert report for a court says someone was (or was at risk of being) a victim of domestic abuse by someone in the case',
    ruleWording:
      'An expert report produced as evidence in proceedings in the United Kingdom for the benefit of a court or tribunal confirming that a person with whom a prospective party is or was personally connected, was assessed as being, or at risk of being, a victim of domestic abuse by that prospective party.',
    evidence: domesticDocument('The expert report'),
    explanation: 'An expert wrote a report for a UK court or tribunal that found a risk of domestic abuse by someone in the case.',
  },
  specialist_examination: {
    domesticGroup: 'specialist',
    c100Item: 12,
    label: 'A letter or report from a health professional who examined someone in the case',
    ruleWording:
      'A letter or report from an appropriate health professional confirming that (i) that professional, or another appropriate health professional, has examined a prospective party in person, by telephone or by video conferencing; and (ii) in the reasonable professional judgment of the author or the examining appropriate health professional, that prospective party has, or has had, injuries or a condition consistent with being a victim of domestic abuse.',
    evidence: domesticDocument('The letter or report from the health professional'),
    explanation: 'A doctor, nurse or other health professional examined the person and found injuries or a condition consistent with domestic abuse.',
  },
  specialist_referral: {
    domesticGroup: 'specialist',
    c100Item: 13,
    label: 'A letter or report confirming a health professional referred someone in the case to a domestic abuse support service',
    ruleWording:
      'A letter or report from (i) the appropriate health professional who made the referral, (ii) an appropriate health professional who has access to the medical records of the prospective party, or (iii) the person to whom the referral was made, confirming that there was a referral by an appropriate health professional of a prospective party to a person who provides specialist support or assistance for victims of, or those at risk of, domestic abuse.',
    evidence: domesticDocument('The letter or report confirming the referral'),
    explanation: 'A health professional referred the person to a service that supports victims of domestic abuse.',
  },
  local_authority_marac: {
    domesticGroup: 'local_authority',
    c100Item: 14,
    label: 'A letter from a member of a multi-agency risk assessment conference (MARAC) or local safeguarding forum',
    ruleWording:
      'A letter from any person who is a member of a multi-agency risk assessment conference (or other suitable local safeguarding forum) confirming that a prospective party, or a person with whom that prospective party is personally connected, is or has been at risk of harm from domestic abuse by another prospective party.',
    evidence: domesticDocument('The letter from the MARAC or safeguarding forum member'),
    explanation: 'A local safeguarding meeting (MARAC) found that someone was at risk of domestic abuse by someone in the case.',
  },
  da_service_idva: {
    domesticGroup: 'da_service',
    c100Item: 15,
    label: 'A letter from an independent domestic violence advisor (IDVA)',
    ruleWording: 'A letter from an independent domestic violence advisor (IDVA) confirming that they are providing or have provided support to a prospective party.',
    evidence: domesticDocument('The letter from the independent domestic violence advisor'),
    explanation: 'An independent domestic violence advisor is supporting, or has supported, someone in the case.',
  },
  da_service_isva: {
    domesticGroup: 'da_service',
    c100Item: 16,
    label: 'A letter from an independent sexual violence advisor (ISVA)',
    ruleWording:
      'A letter from an independent sexual violence advisor (ISVA) confirming that they are providing or have provided support to a prospective party relating to sexual violence by another prospective party.',
    evidence: domesticDocument('The letter from the independent sexual violence advisor'),
    explanation: 'An independent sexual violence advisor is supporting, or has supported, someone in the case about sexual violence by another person in the case.',
  },
  local_authority_la_ha: {
    domesticGroup: 'local_authority',
    c100Item: 17,
    label: 'A letter from a local authority or housing association officer who supports tenants',
    ruleWording:
      'A letter from an officer employed by a local authority or housing association (or their equivalent in Scotland or Northern Ireland) for the purpose of supporting tenants containing (i) a statement that, in their reasonable professional judgment, a person with whom a prospective party is or has been personally connected is, or is at risk of being, a victim of domestic abuse by that prospective party; (ii) a description of the specific matters relied upon to support that judgment; and (iii) a description of the support they provided.',
    evidence: domesticDocument('The letter from the local authority or housing association officer (with their judgment, the matters relied on and the support given)'),
    explanation: 'A council or housing association officer who supports tenants believes someone is a victim of domestic abuse by someone in the case and says what support they gave.',
  },
  da_service_organisation: {
    domesticGroup: 'da_service',
    c100Item: 18,
    label: 'A letter from an organisation that provides domestic abuse support services',
    ruleWording:
      'A letter from an organisation providing domestic abuse support services which confirms that it is situated in the United Kingdom, has been operating for an uninterrupted period of six months or more, and provided a prospective party with support as a victim, or a person at risk, of domestic abuse; and which contains the author’s professional judgment, the specific matters relied upon, the support provided and the reasons why that support was needed.',
    evidence: domesticDocument('The letter from the domestic abuse support organisation'),
    explanation: 'A UK domestic abuse support organisation (running for at least 6 months) supported someone in the case and explains why.',
  },
  da_service_refuge_refusal: {
    domesticGroup: 'da_service',
    c100Item: 19,
    label: 'A letter confirming someone was refused a place in a refuge',
    ruleWording:
      'A letter or report from an organisation providing domestic abuse support services in the United Kingdom confirming (i) that a person with whom a prospective party is or was personally connected was refused admission to a refuge; (ii) the date of the refusal; and (iii) that they sought admission because of allegations of domestic abuse by that prospective party.',
    evidence: domesticDocument('The letter or report confirming the refusal of a refuge place'),
    explanation: 'Someone asked for a place in a refuge because of domestic abuse by someone in the case and was refused.',
  },
  local_authority_public_authority: {
    domesticGroup: 'local_authority',
    c100Item: 20,
    label: 'A letter from a public authority saying someone was assessed as a victim (or at risk) of domestic abuse',
    ruleWording:
      'A letter from a public authority confirming that a person with whom a prospective party is or was personally connected, was assessed as being, or at risk of being, a victim of domestic abuse by that prospective party (or a copy of that assessment).',
    evidence: domesticDocument('The letter from the public authority, or a copy of the assessment'),
    explanation: 'A public body assessed someone as a victim, or at risk, of domestic abuse by someone in the case.',
  },
  misc_right_to_remain: {
    c100Item: 21,
    label: 'A letter from the Home Office giving leave to remain in the UK as a victim of domestic abuse',
    ruleWording:
      'A letter from the Secretary of State for the Home Department confirming that a prospective party has been granted leave to remain in the United Kingdom as a victim of domestic abuse.',
    evidence: domesticDocument('The Home Office letter granting leave to remain as a victim of domestic abuse'),
    explanation: 'The Home Office let someone in the case stay in the UK because they are a victim of domestic abuse.',
  },
  misc_financial_abuse: {
    c100Item: 22,
    label: 'Evidence of financial abuse by someone in the case',
    ruleWording:
      'Evidence which demonstrates that a prospective party has been, or is at risk of being, the victim of domestic abuse by another prospective party in the form of abuse which relates to financial matters.',
    evidence: domesticDocument('Evidence of the financial abuse (for example bank, loan or credit card statements, a letter from a support organisation, emails, texts or a diary)'),
    explanation: 'Someone in the case controlled or misused money to abuse another person in the case.',
  },
};

type CategoryData<C extends ExemptionCategory> = Record<(typeof EXEMPTION_CODES)[C][number], EntryData>;

const none: EvidenceNeed = { kind: 'none' };

const protection: CategoryData<'protection'> = {
  misc_authority_enquiring: {
    c100Item: 1,
    ground: `${PROTECTION_GROUND} (section 47 enquiries)`,
    label: 'The local authority is making child protection enquiries (section 47) about a child in the application or another child in the household',
    ruleWording:
      'A child is the subject of the application and that child or another child of the family who is living with that child is currently the subject of enquiries by a local authority under section 47 of the Children Act 1989.',
    evidence: none,
    explanation: 'Children’s services are investigating whether a child in the family is at risk of significant harm.',
  },
  misc_authority_protection_order: {
    c100Item: 2,
    ground: `${PROTECTION_GROUND} (child protection plan)`,
    label: 'A child in the application, or another child in the household, has a child protection plan',
    ruleWording:
      'A child is the subject of the application and that child or another child of the family who is living with that child is currently the subject of a child protection plan put in place by a local authority.',
    evidence: none,
    explanation: 'Children’s services have put a child protection plan in place for a child in the family.',
  },
};

const urgency: CategoryData<'urgency'> = {
  misc_risk_applicant: {
    c100Item: 1,
    ground: `${URGENCY_GROUND} (i)`,
    label: 'There is a risk to your life, freedom or physical safety, or your family’s, or to your home',
    ruleWording: 'There is risk to the life, liberty or physical safety of the prospective applicant or his or her family or his or her home.',
    evidence: none,
    explanation: 'Someone’s life, freedom or safety, or your home, is at risk if the application waits.',
  },
  misc_risk_children: {
    c100Item: 2,
    ground: `${URGENCY_GROUND} (ii)(aa)`,
    label: 'Any delay caused by going to a MIAM would put the children at risk of harm',
    ruleWording: 'Any delay caused by attending a MIAM would cause a risk of harm to a child.',
    evidence: none,
    explanation: 'Waiting for a MIAM could lead to a child being harmed.',
  },
  misc_risk_unlawful_removal_retention: {
    c100Item: 3,
    ground: `${URGENCY_GROUND} (ii)(ab)`,
    label: 'Any delay would risk the children being taken out of the UK unlawfully, or kept abroad unlawfully',
    ruleWording:
      'Any delay caused by attending a MIAM would cause a risk of unlawful removal of a child from the United Kingdom, or a risk of unlawful retention of a child who is currently outside England and Wales.',
    evidence: none,
    explanation: 'Waiting could let someone take a child out of the UK, or keep a child abroad, without the right to do so.',
  },
  misc_miscarriage_justice: {
    c100Item: 4,
    ground: `${URGENCY_GROUND} (ii)(ac)`,
    label: 'Any delay would cause a significant risk of an unfair court decision (miscarriage of justice)',
    ruleWording: 'Any delay caused by attending a MIAM would cause a significant risk of a miscarriage of justice.',
    evidence: none,
    explanation: 'Waiting could make it likely that the court reaches an unfair decision.',
  },
  misc_unreasonable_hardship: {
    c100Item: 5,
    ground: `${URGENCY_GROUND} (ii)(ad)`,
    label: 'Any delay would cause you significant financial hardship',
    ruleWording: 'Any delay caused by attending a MIAM would cause significant financial hardship to the prospective applicant.',
    evidence: none,
    explanation: 'Waiting would cause you serious money problems.',
  },
  misc_irretrievable_problems: {
    c100Item: 6,
    ground: `${URGENCY_GROUND} (ii)(ae)`,
    label: 'Any delay would cause problems that cannot be put right, such as losing important evidence',
    ruleWording:
      'Any delay caused by attending a MIAM would cause irretrievable problems in dealing with the dispute (including the irretrievable loss of significant evidence).',
    evidence: none,
    explanation: 'Waiting would cause problems in the dispute that could never be fixed, for example important evidence being lost.',
  },
  misc_international_proceedings: {
    c100Item: 7,
    ground: `${URGENCY_GROUND} (iii)`,
    label: 'There is a significant risk that court proceedings about the dispute will start in another country first',
    ruleWording:
      'There is a significant risk that in the period necessary to schedule and attend a MIAM, proceedings relating to the dispute will be brought in another state in which a valid claim to jurisdiction may exist, such that a court in that other State would be seised of the dispute before a court in England and Wales.',
    evidence: none,
    explanation: 'While you wait for a MIAM, someone could start a case in another country and that country’s court would deal with it instead.',
  },
};

const adr: CategoryData<'adr'> = {
  misc_previous_attendance: {
    c100Item: 1,
    ground: `${ADR_GROUND} (4 months before the application)`,
    label: 'In the last 4 months you went to a MIAM or another form of non-court dispute resolution about the same dispute',
    ruleWording:
      'In the 4 months prior to making the application, the person attended a MIAM or a non-court dispute resolution process relating to the same or substantially the same dispute; and where the applicant attended a non-court dispute resolution process, there is evidence of that attendance in the form of written confirmation from the dispute resolution provider.',
    evidence: {
      kind: 'document',
      document: 'Written confirmation of your attendance, signed by the mediator or dispute resolution provider',
    },
    explanation: 'You already tried a MIAM, mediation or another way of resolving the dispute in the last 4 months. Send the signed confirmation from the provider.',
  },
  misc_existing_proceedings_exemption: {
    c100Item: 2,
    ground: 'FPR r3.8(1) existing proceedings which are continuing, with a MIAM attended before they started',
    label: 'This application is in court proceedings that are still going on, and you went to a MIAM before they started',
    ruleWording:
      'The application would be made in existing proceedings which are continuing and the prospective applicant attended a MIAM before initiating those proceedings.',
    evidence: {
      kind: 'certificate_or_details',
      document: 'The MIAM provider completes and signs section 4 of the C100 (or gives you their certificate)',
      details: 'If you were the respondent in those proceedings: the date of the MIAM and the name and contact details of the MIAM provider',
    },
    explanation: 'The case is already in court and you went to a MIAM before it started. The mediator signs section 4, or you give the MIAM’s date and the mediator’s details.',
  },
};

const NOT_ONLINE = {
  field: 'cannotAttendOnlineReason',
  description: 'Why you cannot attend a MIAM online or by video link',
} as const;

const misc: CategoryData<'misc'> = {
  misc_without_notice: {
    c100Item: 1,
    ground: 'FPR r3.8(1) application made without notice (PD18A para 5.1)',
    label: 'You are applying for a ‘without notice’ hearing',
    ruleWording:
      'The application would be made without notice (Paragraph 5.1 of Practice Direction 18A sets out the circumstances in which applications may be made without notice).',
    evidence: none,
    explanation: 'You are asking the court to hear you before the other person is told about the application. You must also ask for a without notice hearing.',
  },
  misc_applicant_under_age: {
    c100Item: 2,
    ground: 'FPR r3.8(1) a child is one of the prospective parties',
    label: 'You or one of the respondents is under 18 years old',
    ruleWording: 'A child is one of the prospective parties.',
    evidence: none,
    explanation: 'Someone who would be a party to the case is under 18.',
  },
  misc_access: {
    c100Item: 3,
    ground: 'FPR r3.8(1)(k) no authorised family mediator available within 15 business days',
    label: 'You cannot attend online or by video link, and the mediators you contacted cannot see you within 15 business days',
    ruleWording:
      '(i) The prospective applicant is not able to attend a MIAM online or by video-link and an explanation of why this is the case is provided; (ii) the prospective applicant has contacted as many authorised family mediators as have an office within fifteen miles of his or her home (or five of them if there are five or more), and all of them have stated that they are not available to conduct a MIAM within fifteen business days of the date of contact; and (iii) the names, postal addresses and telephone numbers or e-mail addresses for the mediators contacted, and the dates of contact, are provided.',
    evidence: {
      kind: 'text',
      texts: [
        NOT_ONLINE,
        {
          field: 'mediatorsContacted',
          description: 'The names, postal addresses and phone numbers or email addresses of the mediators you contacted (at least 5 within 15 miles, if there are 5), and the dates you contacted them',
        },
      ],
    },
    explanation: 'You cannot do a MIAM online, and none of the mediators near you (up to 5 within 15 miles) can see you within 15 working days. List the mediators you contacted.',
  },
  misc_access2: {
    c100Item: 4,
    ground: 'FPR r3.8(1)(l) disability or other inability, and no mediator can provide facilities',
    label: 'You have a disability or other inability, and the mediators you contacted cannot provide the facilities you need',
    ruleWording:
      '(i) The prospective applicant is not able to attend a MIAM online or by video-link and an explanation of why is provided; (ii) the prospective applicant is subject to a disability or other inability that would prevent attendance in person at a MIAM unless appropriate facilities can be offered by an authorised mediator; (iii) the prospective applicant has contacted as many authorised family mediators as have an office within fifteen miles of his or her home (or five of them if there are five or more), and all have stated that they are unable to provide such facilities; and (iv) the names, postal addresses and telephone numbers or e-mail addresses for such mediators, and the dates of contact, are provided.',
    evidence: {
      kind: 'text',
      texts: [
        NOT_ONLINE,
        {
          field: 'mediatorsContacted',
          description: 'The names, postal addresses and phone numbers or email addresses of the mediators you contacted (at least 5 within 15 miles, if there are 5), and the dates you contacted them',
        },
      ],
    },
    explanation: 'A disability or other reason stops you attending in person unless the mediator has suitable facilities, you cannot do it online, and none of the mediators near you can provide them. List the mediators you contacted.',
  },
  misc_access3: {
    c100Item: 5,
    ground: 'FPR r3.8(1) no authorised family mediator with an office within 15 miles',
    label: 'You cannot attend online or by video link, and there is no mediator within 15 miles of your home',
    ruleWording:
      '(i) The prospective applicant is not able to attend a MIAM online or by video-link; (ii) there is no authorised family mediator with an office within fifteen miles of the prospective applicant’s home; and (iii) an explanation of why this exemption applies is provided by the prospective applicant to the court.',
    evidence: {
      kind: 'text',
      texts: [
        {
          field: 'noMediatorNearbyExplanation',
          description: 'Why this exemption applies: why you cannot attend a MIAM online or by video link and that there is no mediator within 15 miles of your home',
        },
      ],
    },
    explanation: 'There is no family mediator with an office within 15 miles of your home and you cannot do a MIAM online. Explain why.',
  },
  misc_access4: {
    c100Item: 6,
    ground: 'FPR r3.8(1) in prison or detention, on bail or on licence with a no-contact condition',
    label: 'You are in prison or detained without online facilities, on bail that stops contact with the other person, or on licence with a no-contact condition',
    ruleWording:
      'The prospective applicant cannot attend a MIAM because the prospective applicant is (i) in prison or any other institution in which they are required to be detained and facilities cannot be made available for them to attend a MIAM online or by video link; or (ii) subject to conditions of bail that prevent contact with the other person; or (iii) subject to a licence with a prohibited contact requirement in relation to the other person.',
    evidence: none,
    explanation: 'You cannot attend because you are detained without online facilities, or your bail or licence conditions stop you contacting the other person.',
  },
};

function build<C extends ExemptionCategory>(category: C, data: Record<string, EntryData>): ExemptionEntry[] {
  const section = CATEGORY_CATALOGUE[category].c100Section;
  return Object.entries(data).map(([code, entry]) => ({
    ...entry,
    code: code as ExemptionCode,
    category,
    ground: entry.ground ?? CATEGORY_CATALOGUE[category].ground,
    c100Section: section,
  }));
}

/** Every exemption code with its catalogue entry. */
export const EXEMPTION_CATALOGUE: Readonly<Record<ExemptionCode, ExemptionEntry>> = Object.fromEntries(
  [
    ...build('domestic', domestic),
    ...build('protection', protection),
    ...build('urgency', urgency),
    ...build('adr', adr),
    ...build('misc', misc),
  ].map((entry) => [entry.code, entry]),
) as Record<ExemptionCode, ExemptionEntry>;

/** The catalogue entry of one code. Throws nothing: every `ExemptionCode` has an entry (a test checks it). */
export function exemptionEntry(code: ExemptionCode): ExemptionEntry {
  return EXEMPTION_CATALOGUE[code];
}

/** The entries of one category in the order the C100 prints them (3a items 1–22 etc.). */
export function exemptionsInPrintedOrder(category: ExemptionCategory): ExemptionEntry[] {
  return Object.values(EXEMPTION_CATALOGUE)
    .filter((entry) => entry.category === category)
    .sort((a, b) => a.c100Item - b.c100Item);
}

/** Categories in the order the journey asks them (MoJ decision tree, C100-DOMAIN §2.3). */
export const CATEGORIES_IN_ORDER: readonly CategoryEntry[] = EXEMPTION_CATEGORIES.map((c) => CATEGORY_CATALOGUE[c]);
