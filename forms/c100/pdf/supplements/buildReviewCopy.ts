/**
 * The review copy (issue 3 "Supplements and copies"): the whole application as numbered questions
 * and answers on plain A4, for a McKenzie friend, an adviser or a paralegal to check. It works on
 * the loose draft, so an unfinished application can be reviewed too: what is answered is shown,
 * unanswered questions say "Not answered", and the outstanding issues from `toApplication` are
 * listed at the end. Sections follow the C100 04.24 order (C100-DOMAIN §6.2); answers use the
 * labels of `enums.ts` and the MIAM exemption catalogue, never codes. A diagonal DRAFT watermark is
 * printed until the statement of truth is complete.
 *
 * It may show confidential details (it is for the applicant's own helper), so its first page says
 * so whenever a party keeps details private.
 */
import type { AbuseConcernDraft, AddressDraft, C100Draft, DateParts } from '../../draft';
import {
  ABUSE_KIND,
  CONTACT_WISH,
  COURT_ORDER_TYPE,
  PARTY_ROLE,
  PASSPORT_HOLDER,
  PETITION_ORDER,
  PRIVATE_DETAIL,
  PROCEEDING_TYPE,
  RELATION,
  SEX,
  SIGNATORY,
  SPECIAL_ARRANGEMENT,
  SPECIAL_ASSISTANCE,
  WELSH_NEED,
} from '../../enums';
import type { AbuseKind, PermissionQuestion, YesNoUnknown } from '../../enums';
import { CATEGORIES_IN_ORDER, EXEMPTION_CATALOGUE } from '../../miam/exemptionCatalogue';
import { NONE_CODE } from '../../miam/exemptionCodes';
import type { ExemptionCode } from '../../miam/exemptionCodes';
import { pruneDependentAnswers } from '../../rules/dependentAnswers';
import { c1aRequired, c8Required, confidentialDetails } from '../../rules/derived';
import { toApplication } from '../../toApplication';
import type { ApplicationIssue } from '../../toApplication';
import { ContentBuilder } from './DocumentContent';
import type { DocumentContent } from './DocumentContent';
import { answerText, joinNames } from './supplementFormat';

export const REVIEW_COPY_TITLE = 'C100 application – review copy';
export const CONFIDENTIAL_NOTICE = 'Contains confidential details — do not serve this copy on any other party.';
export const DRAFT_WATERMARK = 'DRAFT';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A typed date as words when it is a real date, otherwise as typed ("31/02/2016"). */
function partsText(parts: DateParts | undefined): string | undefined {
  if (!parts) return undefined;
  const [d, m, y] = [parts.day?.trim() ?? '', parts.month?.trim() ?? '', parts.year?.trim() ?? ''];
  if (!d && !m && !y) return undefined;
  const [day, month, year] = [Number(d), Number(m), Number(y)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y) && date.getUTCDate() === day && date.getUTCMonth() === month - 1) {
    return `${day} ${MONTHS[month - 1] ?? m} ${year}`;
  }
  return `${d || '?'}/${m || '?'}/${y || '?'} (as typed)`;
}

function addressDraftText(address: AddressDraft | undefined): string | undefined {
  if (!address) return undefined;
  const parts = [address.line1, address.line2, address.line3, address.town, address.county, address.postcode, address.country].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function nameOf(person: { firstNames?: string; lastName?: string } | undefined): string {
  const name = `${person?.firstNames ?? ''} ${person?.lastName ?? ''}`.trim();
  return name === '' ? '(name not given)' : name;
}

/**
 * The name of the child a relationship points at: relationships cover the children of the
 * application and the other children not part of it (C100 section 13a).
 */
function childNameOf(draft: Draft, childId: string | undefined): string {
  const child = draft.children?.find((c) => c.id === childId);
  if (child) return nameOf(child);
  const other = draft.otherChildren?.find((c) => c.id === childId);
  return other ? `${nameOf(other)} (not part of the application)` : nameOf(undefined);
}

function labelsOf<T extends string>(values: readonly T[] | undefined, labels: Readonly<Record<T, string>>): string | undefined {
  if (values === undefined) return undefined;
  return values.length === 0 ? 'None' : values.map((v) => labels[v]).join('\n');
}

const yn = (value: YesNoUnknown | undefined): string | undefined => answerText(value);

type Draft = C100Draft;

/** Ids of every person in the draft → "Name (Applicant 1)", for lives-with, Welsh and interpreter lists. */
function peopleIndex(draft: Draft): Map<string, string> {
  const index = new Map<string, string>();
  (draft.applicants ?? []).forEach((p, i) => index.set(p.id, `${nameOf(p)} (Applicant ${i + 1})`));
  (draft.respondents ?? []).forEach((p, i) => index.set(p.id, `${nameOf(p)} (Respondent ${i + 1})`));
  (draft.otherPeople ?? []).forEach((p, i) => index.set(p.id, `${nameOf(p)} (Other person ${i + 1})`));
  (draft.children ?? []).forEach((p, i) => index.set(p.id, `${nameOf(p)} (Child ${i + 1})`));
  return index;
}

function frontPage(b: ContentBuilder, draft: Draft, issues: readonly ApplicationIssue[], sotComplete: boolean): void {
  b.heading(REVIEW_COPY_TITLE, 1);
  if (confidentialDetails(draft).length > 0) b.heading(CONFIDENTIAL_NOTICE, 2);
  b.paragraph(
    'This is a copy of every answer given so far, for checking by a McKenzie friend, an adviser or a paralegal. It is not the application: the court needs the official form C100 (and form C1A or C8 where they apply), signed by hand.',
  );
  b.field('Applicant(s)', joinNames((draft.applicants ?? []).map(nameOf)) || 'None yet');
  b.field('Respondent(s)', joinNames((draft.respondents ?? []).map(nameOf)) || 'None yet');
  b.startSection('Summary', 'R');
  b.question('Is the application complete?', issues.length === 0 ? 'Yes: nothing is missing.' : `No: ${issues.length} thing${issues.length === 1 ? '' : 's'} still to answer or fix (listed at the end).`);
  b.question('Statement of truth', sotComplete ? 'Completed (to be signed by hand).' : 'Not completed yet: this copy is marked DRAFT.');
  const supplements = [c1aRequired(draft) && 'C1A (allegations of harm): a risk concern is answered yes', c8Required(draft) && 'C8 (confidential contact details): a party keeps details private or lives in a refuge'].filter(Boolean);
  b.question('Supplementary forms that will go with it', supplements.length > 0 ? supplements.join('\n') : 'None');
}

function screening(b: ContentBuilder, draft: Draft): void {
  const s = draft.screening ?? {};
  b.startSection('Before you start', 'S');
  b.question('Postcode of where the children live', s.childrenPostcode);
  b.question('Do the children live in England or Wales?', yn(s.inEnglandOrWales));
  b.question('Is this an application for a consent order?', yn(s.consentOrder));
  if (s.consentOrder === 'yes') b.question('Is the draft consent order attached?', s.draftConsentOrderAttached ? 'Yes' : 'No');
  b.question('Is any child already in emergency protection, care or supervision proceedings, or subject to such an order?', yn(s.childProtectionCases));
  b.question('Are you a legal representative completing this for the applicant?', yn(s.isLegalRepresentative));
}

function orders(b: ContentBuilder, draft: Draft): void {
  b.startSection('Nature of the application (C100 page 1)', 'P');
  b.question('Orders applied for', labelsOf(draft.orders?.sought, PETITION_ORDER.labels));
  b.question('The nature of the order(s) you seek', draft.orders?.details);
}

function concern(b: ContentBuilder, title: string, c: AbuseConcernDraft): void {
  b.question(title, yn(c.answer));
  if (c.answer !== 'yes') return;
  b.question('What happened and who was involved', c.description);
  b.question('When did this behaviour start?', c.startedWhen);
  b.question('Is the behaviour still ongoing?', yn(c.ongoing));
  if (c.ongoing === 'no') b.question('When did the behaviour stop?', c.stoppedWhen);
  b.question('Have you ever asked for help?', yn(c.askedForHelp));
  if (c.askedForHelp === 'yes') {
    b.question('Who did you ask for help?', c.helpFrom);
    b.question('Did they help you?', yn(c.helpGiven));
    if (c.helpGiven === 'yes') b.question('What did they do?', c.helpDescription);
  }
}

function safety(b: ContentBuilder, draft: Draft): void {
  const s = draft.safety ?? {};
  b.startSection('Concerns about risk of harm (C100 page 1 and form C1A)', 'H');
  b.question('Is there a risk of the children being abducted?', yn(s.abductionRisk));
  const a = s.abduction;
  if (s.abductionRisk === 'yes') {
    b.question('Why do you think the children may be abducted?', a?.riskDetails);
    b.question('Have they been abducted or has anyone tried before?', yn(a?.previousAttempt));
    if (a?.previousAttempt === 'yes') b.question('Details of the previous abduction or attempt', a.previousAttemptDetails);
    b.question('Where are the children now?', a?.currentLocation);
    b.question('Have the police been notified?', yn(a?.policeNotified));
    b.question('Do the children have a passport?', yn(a?.childrenHavePassport));
    if (a?.childrenHavePassport === 'yes') {
      b.question('Do they have more than one passport?', yn(a.multiplePassports));
      b.question('Who holds the passports?', [labelsOf(a.passportHolders, PASSPORT_HOLDER.labels), a.passportHoldersOther].filter(Boolean).join(': '));
    }
    b.question('Is any other person or organisation involved?', yn(a?.agenciesInvolved));
    if (a?.agenciesInvolved === 'yes') b.question('Details', a.agenciesDetails);
  }
  b.question('Drugs, alcohol or substance misuse?', yn(s.substanceMisuse));
  if (s.substanceMisuse === 'yes') b.question('Details of the substance misuse', s.substanceMisuseDetails);
  b.question('Have the children suffered or are they at risk of abuse?', yn(s.childrenAbuse));
  b.question('Domestic abuse of the applicant?', yn(s.domesticAbuse));
  b.question('Any other safety or welfare concerns?', yn(s.otherConcerns));
  for (const subject of ['children', 'applicant'] as const) {
    const bySubject = s.abuse?.[subject] ?? {};
    for (const kind of ABUSE_KIND.values) {
      const c = bySubject[kind as AbuseKind];
      if (c) concern(b, `${ABUSE_KIND.labels[kind]} – ${subject === 'children' ? 'the children' : 'the applicant'}`, c);
    }
  }
  b.question('Have you had or do you have any court orders for your protection?', yn(s.hasProtectiveOrders));
  for (const type of COURT_ORDER_TYPE.values) {
    const order = s.protectiveOrders?.[type];
    if (!order || order.inPlace !== 'yes') continue;
    b.question(
      COURT_ORDER_TYPE.labels[type],
      [
        `Case number: ${order.caseNumber ?? 'not given'}`,
        `Date issued: ${partsText(order.dateIssued) ?? 'not given'}`,
        `Length: ${order.length ?? 'not given'}`,
        `Court: ${order.courtName ?? 'not given'}`,
        `Current: ${yn(order.current) ?? 'not given'}`,
      ].join('\n'),
    );
  }
  b.question('Do you agree to the children spending time with the other people in this application?', s.contactWish && CONTACT_WISH.labels[s.contactWish]);
  b.question('Do you agree to the other people being in touch with the children in other ways?', yn(s.otherContact));
  b.question('Is there anything else you are asking the court to decide to protect you or the children?', yn(s.protectionSought));
  if (s.protectionSought === 'yes') b.question('What you want the court to do', s.protectionSoughtDetails);
}

function dobText(p: { dateOfBirth?: DateParts; dateOfBirthUnknown?: boolean; dateOfBirthEstimate?: DateParts }): string | undefined {
  if (p.dateOfBirthUnknown) return `Not known (approximately ${partsText(p.dateOfBirthEstimate) ?? 'no estimate given'})`;
  return partsText(p.dateOfBirth);
}

function children(b: ContentBuilder, draft: Draft, people: Map<string, string>): void {
  b.startSection('The child(ren)', 1);
  const list = draft.children ?? [];
  if (list.length === 0) b.question('Children in the application', undefined);
  list.forEach((child, i) => {
    b.heading(`Child ${i + 1}: ${nameOf(child)}`, 3);
    b.question('First name(s)', child.firstNames);
    b.question('Last name', child.lastName);
    b.question('Date of birth', dobText(child));
    b.question('Sex', child.sex && SEX.labels[child.sex]);
    b.question('Orders applied for about this child', labelsOf(child.orders, PETITION_ORDER.labels));
    if (child.specialGuardianshipOrder) b.question('Is a special guardianship order in force?', yn(child.specialGuardianshipOrder));
    b.question('Who has parental responsibility?', child.parentalResponsibility);
    b.question('Who does the child live with now?', child.livesWith?.map((id) => people.get(id) ?? id).join('\n'));
  });
  const d = draft.childrenDetails ?? {};
  b.heading('About the children', 3);
  b.question('Are any of the children known to the local authority children’s services?', yn(d.knownToLocalAuthority));
  if (d.knownToLocalAuthority === 'yes') b.question('Details (child’s name and local authority worker)', d.knownToLocalAuthorityDetails);
  b.question('Are any of the children the subject of a child protection plan?', yn(d.childProtectionPlan));
  b.question('Do all the children have the same parents?', yn(d.sameParents));
  if (d.sameParents === 'no') b.question('The parents of each child', d.parentsDetails);
  if (d.livingArrangementsDetails) b.question('Living arrangements', d.livingArrangementsDetails);
}

function miam(b: ContentBuilder, draft: Draft): void {
  const m = draft.miam ?? {};
  b.startSection('Requirement to attend a MIAM (sections 2 to 4)', 2);
  b.question('Do you understand that you must attend a MIAM or give a valid reason for not attending?', m.acknowledged === undefined ? undefined : m.acknowledged ? 'Yes' : 'No');
  b.question('Have you attended a MIAM?', yn(m.attended));
  if (m.attended === 'yes') {
    b.question('Have you got a document signed by the mediator?', yn(m.mediatorDocument));
    b.question('Mediator’s FMC registration number', m.mediatorRegistrationNumber);
    b.question('Family mediation service name', m.mediatorServiceName);
    b.question('Sole trader name', m.mediatorSoleTraderName);
    b.question('Date of the MIAM', partsText(m.attendanceDate));
  }
  if (m.attended !== 'yes') b.question('Are you claiming an exemption from attending a MIAM?', yn(m.claimsExemption));
  if (m.claimsExemption === 'yes') {
    for (const category of CATEGORIES_IN_ORDER) {
      const chosen = (m.exemptions?.[category.category] ?? []) as readonly string[];
      const text =
        chosen.length === 0
          ? undefined
          : chosen.map((code) => (code === NONE_CODE[category.category] ? category.noneLabel : (EXEMPTION_CATALOGUE[code as ExemptionCode]?.label ?? code))).join('\n');
      b.question(`${category.header}: ${category.question}`, text);
    }
    if (m.canProvideEvidence) b.question('Can you provide the evidence with the application?', yn(m.canProvideEvidence));
    if (m.evidenceUnavailableReason) b.question('Why the evidence cannot be provided', m.evidenceUnavailableReason);
    if (m.previousAttendanceEvidence)
      b.question('Evidence of the previous MIAM', m.previousAttendanceEvidence === 'certificate' ? 'The mediator’s certificate' : 'The date of the MIAM and the provider’s details');
    if (m.previousAttendanceDetails) b.question('Details of the previous MIAM', m.previousAttendanceDetails);
    if (m.cannotAttendOnlineReason) b.question('Why you cannot attend online or by video link', m.cannotAttendOnlineReason);
    if (m.mediatorsContacted) b.question('Mediators contacted', m.mediatorsContacted);
    if (m.noMediatorNearbyExplanation) b.question('No mediator within 15 miles: explanation', m.noMediatorNearbyExplanation);
    if (m.additionalDetails) b.question('Anything else about the exemption (section 3 continued)', m.additionalDetails);
  }
}

/** The non-parent permission questions in short, after the MoJ wording (C100-DOMAIN §5.1). */
const PERMISSION_LABEL: Record<PermissionQuestion, string> = {
  parental_responsibility: 'Married to or in a civil partnership with the child’s parent, and has parental responsibility',
  living_order: 'Named in a current child arrangements order as someone the child should live with',
  amendment: 'Applying to change or end (discharge) an existing court order',
  time_order: 'Named in an order about who the child should spend time with',
  living_arrangement: 'The child has lived with them for at least 3 years',
  consent: 'Has everyone’s consent to make this application',
  family: 'Married to or in a civil partnership with the child’s parent, and the child is treated as part of their family',
  local_authority: 'Has the local authority’s consent (child cared for by the local authority)',
  relative: 'A foster parent or relative with whom the child has lived for at least one year',
};

function whyApplication(b: ContentBuilder, draft: Draft): void {
  const a = draft.application ?? {};
  b.startSection('Why are you making this application?', 5);
  const answered = (draft.applicants ?? []).flatMap((applicant, i) =>
    (applicant.relationships ?? []).flatMap((r) =>
      Object.entries(r.permission ?? {}).map(([q, v]) => `Applicant ${i + 1} and ${childNameOf(draft, r.childId)}: ${PERMISSION_LABEL[q as PermissionQuestion] ?? q}: ${yn(v)}`),
    ),
  );
  if (answered.length > 0) b.question('Permission questions answered', answered.join('\n'));
  if (a.permissionAlreadySought !== undefined) b.question('Have you already applied for the court’s permission?', yn(a.permissionAlreadySought));
  if (a.permissionReasons !== undefined) b.question('Why you should have permission to apply', a.permissionReasons);
  b.question('Brief details of your application', a.reasonsForApplication);
  b.question('Is there a section 91(14) order or a civil restraint order in force?', yn(a.restrictingOrder));
  if (a.restrictingOrder === 'yes') {
    b.question('Case number of that order', a.restrictingOrderCaseNumber);
    b.question('When does it end?', partsText(a.restrictingOrderExpiry));
  }
  b.question('Is there a parenting plan?', yn(a.parentingPlan));
}

function urgency(b: ContentBuilder, draft: Draft): void {
  const a = draft.application ?? {};
  b.startSection('Urgent and without notice hearings', 6);
  b.question('Are you asking for an urgent hearing?', yn(a.urgent));
  if (a.urgent === 'yes') {
    b.question('Why it is urgent', a.urgentReasons);
    b.question('Orders or directions sought', a.urgentOrdersSought);
    b.question('When you need the hearing', a.urgentTimescale);
    b.question('Do you need a hearing within the next 48 hours?', yn(a.urgentWithin48Hours));
    b.question('What you have done to tell the respondent', a.urgentNoticeEfforts);
  }
  b.question('Are you asking for a without notice hearing?', yn(a.withoutNotice));
  if (a.withoutNotice === 'yes') {
    b.question('Why without notice', a.withoutNoticeReasons);
    b.question('Would the respondent frustrate the order if they knew?', yn(a.withoutNoticeFrustrate));
    if (a.withoutNoticeFrustrate === 'yes') b.question('Details', a.withoutNoticeFrustrateDetails);
    b.question('Is there no time to give notice?', yn(a.withoutNoticeImpossible));
    if (a.withoutNoticeImpossible === 'yes') b.question('Details', a.withoutNoticeImpossibleDetails);
  }
}

function proceedings(b: ContentBuilder, draft: Draft): void {
  const a = draft.application ?? {};
  b.startSection('Other court cases which concern the child(ren)', 7);
  b.question('Are there, or have there been, other court cases about the children?', yn(a.previousProceedings));
  if (a.previousProceedings !== 'yes') return;
  (a.proceedings ?? []).forEach((p, i) => {
    b.heading(`Court case ${i + 1}`, 3);
    b.question('Name(s) of the child(ren)', p.childrenNames);
    b.question('Court', p.courtName);
    b.question('Case number', p.caseNumber);
    b.question('Date or year', p.dateOrYear);
    b.question('Cafcass or Cafcass Cymru officer', p.cafcassOfficer);
    b.question('Type of proceedings', labelsOf(p.types, PROCEEDING_TYPE.labels));
    if (p.typeDetails) b.question('Details of the type of proceedings', p.typeDetails);
    if (p.otherDetails) b.question('Other details', p.otherDetails);
  });
}

function international(b: ContentBuilder, draft: Draft): void {
  const a = draft.application ?? {};
  b.startSection('Cases with an international element', 8);
  b.question('Is any person in the case habitually resident outside England and Wales?', yn(a.internationalResident));
  if (a.internationalResident === 'yes') b.question('Details', a.internationalResidentDetails);
  b.question('Is there any issue as to which country’s court should decide the case?', yn(a.internationalJurisdiction));
  if (a.internationalJurisdiction === 'yes') b.question('Details', a.internationalJurisdictionDetails);
  b.question('Has a request been made, or should one be made, to a Central Authority or other authority abroad?', yn(a.internationalRequest));
  if (a.internationalRequest === 'yes') b.question('Details', a.internationalRequestDetails);
  b.startSection('Factors affecting ability to participate', 9);
  b.question('Is anyone unable to take part in the proceedings because of their ability to understand or give instructions?', yn(a.litigationCapacity));
  if (a.litigationCapacity === 'yes') {
    b.question('Details', a.capacityDetails);
    b.question('Other factors', a.capacityOtherFactors);
    b.question('Referrals to adult learning disability team or other services', a.capacityReferralDetails);
  }
}

function attendingCourt(b: ContentBuilder, draft: Draft, people: Map<string, string>): void {
  const c = draft.attendingCourt ?? {};
  b.startSection('Attending the court', 10);
  b.question('Will anyone need to use spoken or written Welsh?', yn(c.welsh));
  if (c.welsh === 'yes') b.question('Who needs Welsh, and how', c.welshPeople?.map((p) => `${people.get(p.personId) ?? p.personId}: ${p.need ? WELSH_NEED.labels[p.need] : 'not said'}`).join('\n'));
  b.question('Does anyone need an interpreter?', yn(c.interpreter));
  if (c.interpreter === 'yes') {
    b.question(
      'Who needs an interpreter',
      c.interpreterPeople?.map((p) => `${p.name ?? people.get(p.id) ?? p.id}${p.role ? ` (${PARTY_ROLE.labels[p.role]})` : ''}: ${p.language ?? 'language not given'}${p.dialect ? `, ${p.dialect}` : ''}`).join('\n'),
    );
  }
  b.question('Does anyone need a sign language interpreter?', yn(c.signLanguage));
  if (c.signLanguage === 'yes') b.question('Sign language details', c.signLanguageDetails);
  b.question('Is an intermediary required?', yn(c.intermediary));
  if (c.intermediary === 'yes') b.question('Why', c.intermediaryDetails);
  b.question('Does anyone have a disability for which they need support?', yn(c.disability));
  if (c.disability === 'yes') b.question('Details', c.disabilityDetails);
  b.question('Special safety arrangements', labelsOf(c.specialArrangements, SPECIAL_ARRANGEMENT.labels));
  if (c.specialArrangementsDetails) b.question('Details of the safety arrangements', c.specialArrangementsDetails);
  b.question('Special assistance or facilities', labelsOf(c.specialAssistance, SPECIAL_ASSISTANCE.labels));
  if (c.specialAssistanceDetails) b.question('Details of the assistance', c.specialAssistanceDetails);
}

type AdultDraft = NonNullable<Draft['applicants']>[number] | NonNullable<Draft['respondents']>[number] | NonNullable<Draft['otherPeople']>[number];

function adult(b: ContentBuilder, draft: Draft, person: AdultDraft, title: string): void {
  b.heading(`${title}: ${nameOf(person)}`, 3);
  b.question('First name(s)', person.firstNames);
  b.question('Last name', person.lastName);
  b.question('Have they changed their name?', yn(person.hasPreviousName));
  if (person.hasPreviousName === 'yes') b.question('Previous name(s)', person.previousName);
  b.question('Sex', person.sex && SEX.labels[person.sex]);
  b.question('Date of birth', dobText(person));
  b.question('Place of birth', person.placeOfBirthUnknown ? 'Not known' : person.placeOfBirth);
  b.question('Current address', person.addressUnknown ? 'Not known' : addressDraftText(person.address));
  if (!person.addressUnknown) {
    b.question('Lived at this address for more than 5 years?', yn(person.livedAtAddressOverFiveYears));
    if (person.livedAtAddressOverFiveYears === 'no') b.question('Previous addresses in the last 5 years', person.addressHistory);
  }
  const phones = [person.homePhone && `Home: ${person.homePhone}`, person.mobilePhone && `Mobile: ${person.mobilePhone}`].filter(Boolean).join('\n');
  b.question('Telephone', person.phoneUnknown ? 'Not known' : phones || (person.noPhoneReason ? `None: ${person.noPhoneReason}` : undefined));
  if (person.voicemail) b.question('Can the court leave a voicemail?', yn(person.voicemail));
  b.question('Email address', person.emailUnknown ? 'Not known' : person.email);
  const relations = (person.relationships ?? []).map((r) => {
    const relation = r.relation ? (r.relation === 'other' && r.otherRelation ? r.otherRelation : RELATION.labels[r.relation]) : 'not said';
    return `${childNameOf(draft, r.childId)}: ${relation}`;
  });
  b.question('Relationship to each child', relations.join('\n') || undefined);
  if ('othersKnowDetails' in person && person.othersKnowDetails) b.question('Do the respondents know any of these contact details?', yn(person.othersKnowDetails));
  if ('livesWithChildren' in person && person.livesWithChildren) b.question('Do any of the children live with this person?', yn(person.livesWithChildren));
  b.question('Living in a refuge?', yn(person.refuge));
  if (person.refuge !== 'yes') {
    b.question('Keep contact details private from the other parties?', yn(person.keepDetailsPrivate));
    if (person.keepDetailsPrivate === 'yes') b.question('Which details are private (given on form C8 only)', labelsOf(person.privateDetails, PRIVATE_DETAIL.labels));
  }
  if ('keepIdentityPrivate' in person && person.keepIdentityPrivate) b.question('Keep their identity private?', yn(person.keepIdentityPrivate));
}

function parties(b: ContentBuilder, draft: Draft): void {
  b.startSection('About you (the applicant(s))', 11);
  if ((draft.applicants ?? []).length === 0) b.question('Applicants', undefined);
  (draft.applicants ?? []).forEach((p, i) => adult(b, draft, p, `Applicant ${i + 1}`));
  b.startSection('The respondent(s)', 12);
  if ((draft.respondents ?? []).length === 0) b.question('Respondents', undefined);
  (draft.respondents ?? []).forEach((p, i) => adult(b, draft, p, `Respondent ${i + 1}`));
  b.startSection('Others who should be given notice', 13);
  b.question('Is there anyone else who should be told about the application?', yn(draft.hasOtherPeople));
  if (draft.hasOtherPeople === 'yes') (draft.otherPeople ?? []).forEach((p, i) => adult(b, draft, p, `Other person ${i + 1}`));
  b.question('Are there other children who are not part of the application?', yn(draft.hasOtherChildren));
  if (draft.hasOtherChildren === 'yes') {
    (draft.otherChildren ?? []).forEach((c, i) => {
      b.question(`Other child ${i + 1}`, [nameOf(c), `Date of birth: ${dobText(c) ?? 'not given'}`, `Sex: ${c.sex ? SEX.labels[c.sex] : 'not given'}`].join('\n'));
    });
  }
}

function closing(b: ContentBuilder, draft: Draft): void {
  const s = draft.solicitor ?? {};
  b.startSection('Solicitor’s details', 14);
  b.question('Is a solicitor acting for you?', yn(s.hasSolicitor));
  if (s.hasSolicitor === 'yes') {
    b.question('Solicitor’s name', s.fullName);
    b.question('Firm', s.firm);
    b.question('Address', addressDraftText(s.address));
    b.question('Telephone', s.phone);
    b.question('Email', s.email);
    if (s.fax) b.question('Fax', s.fax);
    if (s.dxNumber) b.question('DX number', s.dxNumber);
    if (s.reference) b.question('Reference', s.reference);
    if (s.feeAccountNumber) b.question('Fee account number', s.feeAccountNumber);
  }
  const f = draft.fee ?? {};
  b.startSection('Court fee', 15);
  b.question('Are you applying for Help with Fees?', yn(f.helpWithFees));
  if (f.helpWithFees === 'yes') b.question('Help with Fees reference', f.hwfReference);
  if (f.payByCard) b.question('Paying by credit or debit card?', yn(f.payByCard));
  const t = draft.statementOfTruth ?? {};
  b.startSection('Statement of truth', 16);
  b.question('Who makes the statement', t.signatory && SIGNATORY.labels[t.signatory]);
  b.question('Believes the facts stated in this application are true', t.confirmed ? 'Confirmed' : undefined);
  b.question('Full name', t.fullName);
  if (t.signatory === 'representative') {
    b.question('Firm', t.firm);
    b.question('Position or office held', t.position);
  }
  b.question('Date', partsText(t.date));
  b.question('Signature', 'Signed by hand on the printed form only. This copy is never signed.');
}

function outstanding(b: ContentBuilder, draft: Draft, issues: readonly ApplicationIssue[]): void {
  b.pageBreak();
  b.startSection('Still to answer or fix', 'X');
  if (issues.length === 0) b.paragraph('Nothing: every question the application needs has a valid answer.');
  for (const issue of issues) b.question(issue.message, `Where: ${issue.path}`);
  const comments = (draft.reviewComments ?? []).filter((c) => !c.resolved);
  if (comments.length > 0) {
    b.heading('Reviewer comments not yet resolved', 3);
    for (const comment of comments) b.question(`${comment.author} on ${comment.path}`, comment.text);
  }
}

export interface ReviewCopyOptions {
  /** The day the check is made (ISO), passed to `toApplication` when issues are not given. */
  readonly today?: string;
}

/**
 * The review copy of a draft (complete or not). `issues` are `toApplication`'s; when omitted they
 * are worked out here. Answers behind a closed gate (for example urgent-hearing details after
 * "No") are left out, as the application leaves them out (`pruneDependentAnswers`).
 * Throws nothing for any draft that parses with `C100DraftSchema`.
 */
export function buildReviewCopy(draft: C100Draft, issues?: readonly ApplicationIssue[], options: ReviewCopyOptions = {}): DocumentContent {
  const pruned = pruneDependentAnswers(draft);
  const found = issues ?? (() => {
    const result = toApplication(pruned, options.today ? { today: options.today } : {});
    return result.ok ? [] : result.issues;
  })();
  const sotComplete = !found.some((i) => i.path === 'statementOfTruth' || i.path.startsWith('statementOfTruth.')) && pruned.statementOfTruth?.confirmed === true;
  const people = peopleIndex(pruned);
  const b = new ContentBuilder();
  frontPage(b, pruned, found, sotComplete);
  screening(b, pruned);
  orders(b, pruned);
  safety(b, pruned);
  children(b, pruned, people);
  miam(b, pruned);
  whyApplication(b, pruned);
  urgency(b, pruned);
  proceedings(b, pruned);
  international(b, pruned);
  attendingCourt(b, pruned, people);
  parties(b, pruned);
  closing(b, pruned);
  outstanding(b, pruned, found);
  const header = `Review copy – not for filing – Applicant(s): ${joinNames((pruned.applicants ?? []).map(nameOf)) || 'not given'}`;
  return {
    title: REVIEW_COPY_TITLE,
    documentName: 'C100 review copy (not the application)',
    header,
    ...(sotComplete ? {} : { watermark: DRAFT_WATERMARK }),
    blocks: b.blocks,
  };
}
