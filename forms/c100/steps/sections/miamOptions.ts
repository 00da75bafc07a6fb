// TEMPORARY labels of the MIAM exemptions (C100-DOMAIN §3.1–§3.5, MoJ config/locales/exemptions/en.yml,
// in plainer words) until forms/c100/miam/exemptionCatalogue.ts lands; the pages then take them from it.
import type { ExemptionCategory } from '../../miam/exemptionCodes';
import type { ChoiceGroup } from '../types';

export interface ExemptionOption {
  label: string;
  hint?: string;
  group?: string;
}

export const CATEGORY_TEXT: Record<ExemptionCategory, { title: string; question: string; hint: string; missing: string; playback: string }> = {
  domestic: {
    title: 'Evidence of domestic abuse',
    question: 'Do you have any of this evidence of domestic abuse?',
    hint: 'Domestic abuse includes physical, emotional, psychological, sexual and financial abuse. Select all that apply. The evidence must go with your application (C100 section 3a).',
    missing: 'Select the evidence of domestic abuse you have, or “None of these”',
    playback: 'Domestic abuse evidence',
  },
  protection: {
    title: 'Child protection concerns',
    question: 'Do any of these child protection concerns apply?',
    hint: 'Select all that apply (C100 section 3b).',
    missing: 'Select the child protection concerns that apply, or “None of these”',
    playback: 'Child protection concerns',
  },
  urgency: {
    title: 'Why your application is urgent',
    question: 'Do any of these reasons for urgency apply?',
    hint: 'Select all that apply (C100 section 3c).',
    missing: 'Select why the application is urgent, or “None of these”',
    playback: 'Urgency',
  },
  adr: {
    title: 'Previous MIAM attendance or exemption',
    question: 'Have you already been to a MIAM, or are you applying in existing proceedings?',
    hint: 'Select all that apply (C100 section 3d).',
    missing: 'Select your previous MIAM attendance or exemption, or “None of these”',
    playback: 'Previous MIAM attendance or MIAM exemption',
  },
  misc: {
    title: 'Other reasons for not attending a MIAM',
    question: 'Do any of these other reasons apply?',
    hint: 'Select all that apply (C100 section 3e).',
    missing: 'Select any other reason for not attending a MIAM, or “None of these”',
    playback: 'Other exemptions',
  },
};

export const DOMESTIC_GROUPS: ChoiceGroup[] = [
  { id: 'police', label: 'The police have been involved' },
  { id: 'court', label: 'A court has been involved' },
  { id: 'specialist', label: 'A health professional has confirmed abuse' },
  { id: 'local_authority', label: 'A local authority or other agency has confirmed a risk of harm' },
  { id: 'da_service', label: 'A domestic abuse support service has written a letter' },
  { id: 'other', label: 'Other evidence' },
];

export const EXEMPTION_OPTIONS: Record<string, ExemptionOption> = {
  police_arrested: { group: 'police', label: 'Someone in this application has been arrested for a domestic abuse offence' },
  police_caution: { group: 'police', label: 'Someone in this application has had a police caution for a domestic abuse offence' },
  police_ongoing_proceedings: { group: 'police', label: 'There are criminal proceedings for a domestic abuse offence that have not finished' },
  police_conviction: { group: 'police', label: 'Someone in this application has been convicted of a domestic abuse offence' },
  police_dvpn: { group: 'police', label: 'A domestic violence protection notice has been issued against someone in this application', hint: 'Under section 24 of the Crime and Security Act 2010.' },
  police_dapn: { group: 'police', label: 'A domestic abuse protection notice has been given to someone in this application', hint: 'Under section 22 of the Domestic Abuse Act 2021.' },
  court_bound_over: { group: 'court', label: 'A court has bound someone in this application over in connection with a domestic abuse offence' },
  court_protective_injunction: { group: 'court', label: 'A protective injunction is in place', hint: 'For example, a non-molestation order or an occupation order.' },
  court_undertaking: {
    group: 'court',
    label: 'Someone in this application has given an undertaking to a court instead of a protective injunction',
    hint: 'Under section 46 or 63E of the Family Law Act 1996, where no cross-undertaking about domestic abuse was given.',
  },
  court_finding_of_fact: { group: 'court', label: 'A UK court has made a finding of fact that there has been domestic abuse by someone in this application' },
  court_expert_report: { group: 'court', label: 'An expert report for a UK court or tribunal says someone was assessed as a victim, or at risk, of domestic abuse by someone in this application' },
  specialist_examination: {
    group: 'specialist',
    label: 'A letter or report from a health professional confirming injuries or a condition consistent with domestic abuse',
    hint: 'The professional must have examined the person in person, by phone or by video call.',
  },
  specialist_referral: { group: 'specialist', label: 'A letter or report confirming a health professional referred someone to a domestic abuse support service' },
  local_authority_marac: { group: 'local_authority', label: 'A letter from a member of a multi-agency risk assessment conference (MARAC) or a local safeguarding forum confirming a risk of domestic abuse' },
  local_authority_la_ha: { group: 'local_authority', label: 'A letter from a local authority or housing association officer who supports tenants, confirming a risk of domestic abuse' },
  local_authority_public_authority: { group: 'local_authority', label: 'A letter from a public authority confirming someone was assessed as a victim, or at risk, of domestic abuse (or a copy of that assessment)' },
  da_service_idva: { group: 'da_service', label: 'A letter from an independent domestic violence advisor (IDVA) confirming they support or have supported someone in this application' },
  da_service_isva: { group: 'da_service', label: 'A letter from an independent sexual violence advisor (ISVA) confirming they support or have supported someone in this application' },
  da_service_organisation: { group: 'da_service', label: 'A letter from a domestic abuse support organisation in the UK confirming the support it has given', hint: 'The organisation must have been running for at least 6 months.' },
  da_service_refuge_refusal: { group: 'da_service', label: 'A letter from a domestic abuse support organisation confirming someone was refused a place in a refuge because there was no space' },
  misc_right_to_remain: { group: 'other', label: 'Someone in this application has been given indefinite leave to remain in the UK as a victim of domestic abuse', hint: 'A letter from the Home Office will have confirmed this.' },
  misc_financial_abuse: { group: 'other', label: 'Evidence of financial abuse', hint: 'For example, bank or credit card statements, loan documents, or emails, texts or a diary.' },
  misc_authority_enquiring: { label: 'A local authority is making enquiries or an assessment about any of the children because of child protection concerns', hint: 'Under section 47 of the Children Act 1989.' },
  misc_authority_protection_order: { label: 'Any of the children is the subject of a child protection plan' },
  misc_risk_applicant: { label: 'There is a risk to the life, liberty or physical safety of you, your family or your home' },
  misc_unreasonable_hardship: { label: 'A delay caused by attending a MIAM would cause you significant financial hardship' },
  misc_risk_children: { label: 'A delay caused by attending a MIAM would cause a risk of harm to the children' },
  misc_risk_unlawful_removal_retention: { label: 'A delay caused by attending a MIAM would cause a risk of a child being unlawfully taken out of the UK, or kept outside England and Wales' },
  misc_miscarriage_justice: { label: 'A delay caused by attending a MIAM would cause a significant risk of a miscarriage of justice' },
  misc_irretrievable_problems: { label: 'A delay caused by attending a MIAM would cause problems that could not be put right, such as losing important evidence' },
  misc_international_proceedings: { label: 'There is a significant risk that court proceedings about the dispute will be started in another country first' },
  misc_previous_attendance: {
    label: 'In the last 4 months you went to a MIAM, or to another kind of non-court dispute resolution, about the same dispute',
    hint: 'You need written confirmation signed by the mediator or provider to send with your application.',
  },
  misc_existing_proceedings_exemption: { label: 'You are applying in court proceedings that are still going on, and you went to a MIAM before those proceedings started' },
  misc_without_notice: { label: 'You are applying for a without notice hearing', hint: 'A hearing that takes place without telling the other people in advance.' },
  misc_applicant_under_age: { label: 'You, or one of the other people in this application, are under 18' },
  misc_access: {
    label: 'You cannot attend a MIAM online or by video call, and no mediator within 15 miles of your home could give you an appointment within 15 working days',
    hint: 'You will need to give the names and contact details of the mediators you contacted and the dates.',
  },
  misc_access2: {
    label: 'You cannot attend a MIAM online or by video call, you have a disability or another reason you cannot attend in person, and no mediator within 15 miles can provide suitable facilities',
    hint: 'You will need to give the names and contact details of the mediators you contacted and the dates.',
  },
  misc_access3: { label: 'You cannot attend a MIAM online or by video call, and there is no mediator with an office within 15 miles of your home' },
  misc_access4: { label: 'You cannot attend a MIAM because you are in prison or detained, or your bail or licence conditions stop you contacting the other person' },
};
