/**
 * Form C1A "Allegations of harm and domestic violence (Supplemental information form)", generated
 * because no official fillable template is available (issue 3 "Supplements"). Sections and question
 * order follow the official form as MoJ prints it (C100-DOMAIN §6.3): about you, the children, the
 * solicitor; 2 domestic abuse; 3 abduction; 4 other concerns about the children; 5 steps or orders
 * to protect; 6 statement of truth; 7 attending the court.
 *
 * The C1A is served on the respondent, so nothing a party keeps confidential is printed: those
 * boxes say "Given on form C8", and any confidential value typed into free text is replaced too.
 */
import type { AbuseConcern, C100Application, ProtectiveOrder } from '../../application';
import { ABUSE_KIND, CONTACT_WISH, COURT_ORDER_TYPE, PASSPORT_HOLDER, SEX, SPECIAL_ARRANGEMENT, SPECIAL_ASSISTANCE, WELSH_NEED } from '../../enums';
import type { AbuseKind, CourtOrderType } from '../../enums';
import { interpreterName, welshPersonName } from '../fieldMap/attendingCourtFields';
import { relationshipsToChild } from '../fieldMap/childrenFields';
import { confidentialValues, keepsPrivate } from '../fieldMap/confidentiality';
import { addressText, describeDateOfBirth, fullName } from '../fieldMap/fieldFormat';
import { riskConcerns } from '../fieldMap/frontPageAnswers';
import { c8Needed } from './c8Parties';
import { ContentBuilder, contentText } from './DocumentContent';
import type { DocumentBlock, DocumentContent } from './DocumentContent';
import { GIVEN_ON_C8, REDACTED, SIGN_BY_HAND, answerText, dateText, joinNames, listText, redact } from './supplementFormat';

export const C1A_TITLE = 'C1A Allegations of harm and domestic violence (Supplemental information form)';
const C1A_FOOTER = 'C1A – Allegations of harm and domestic violence';

/** Kinds in the order of the C1A's yes/no tables (MoJ `c1a_form.rb`, C100-DOMAIN §6.3). */
const TABLE_KINDS: readonly Exclude<AbuseKind, 'other'>[] = ['physical', 'emotional', 'psychological', 'sexual', 'financial'];

/** Form C1A goes with the application when any risk concern is yes (C100-DOMAIN §6.1, §10.4). Throws nothing. */
export function c1aNeeded(app: C100Application): boolean {
  return Object.values(riskConcerns(app)).includes('yes');
}

/** "Applicant(s): A – Respondent(s): B": the case parties for every page's header. */
export function caseHeader(app: C100Application): string {
  const names = (list: readonly { firstNames: string; lastName: string }[]) => joinNames(list.map(fullName));
  return `Applicant(s): ${names(app.applicants)} – Respondent(s): ${names(app.respondents)}`;
}

/** The title block every generated supplement opens with: the court box, the parties and the children. */
export function partiesBlock(b: ContentBuilder, app: C100Application): void {
  const names = (list: readonly { firstNames: string; lastName: string }[]) => joinNames(list.map(fullName));
  b.table([
    ['To be completed by the court: name of court', ''],
    ['Case number', ''],
  ]);
  b.field('Name of applicant(s)', names(app.applicants));
  b.field('Name of respondent(s)', names(app.respondents));
  b.field('Name(s) of the child(ren)', app.children.map((c) => `${fullName(c)} (born ${describeDateOfBirth(c.dateOfBirth)})`).join('\n'));
}

function concernQuestions(b: ContentBuilder, concern: AbuseConcern): void {
  b.question('Briefly describe what happened and who was involved', concern.description);
  b.question('When did this behaviour start?', concern.startedWhen);
  b.question('Is the behaviour still ongoing?', answerText(concern.ongoing));
  if (concern.ongoing === 'no') b.question('When did the behaviour stop?', concern.stoppedWhen);
  b.question('Have you ever asked for help?', answerText(concern.askedForHelp));
  if (concern.askedForHelp === 'yes') {
    b.question('Who did you ask for help?', concern.helpFrom);
    b.question('Did they help you?', answerText(concern.helpGiven));
    if (concern.helpGiven === 'yes') b.question('What did they do?', concern.helpDescription);
  }
}

function orderQuestions(b: ContentBuilder, type: CourtOrderType, order: ProtectiveOrder): void {
  b.heading(COURT_ORDER_TYPE.labels[type], 3);
  b.question('Case number', order.caseNumber);
  b.question('Date issued', dateText(order.dateIssued));
  b.question('How long was the order for?', order.length);
  b.question('Is the order current?', answerText(order.current));
  b.question('Which court issued the order?', order.courtName);
}

function aboutYou(b: ContentBuilder, app: C100Application): void {
  b.startSection('About you (the person completing this form)', 1);
  app.applicants.forEach((applicant, i) => {
    if (app.applicants.length > 1) b.heading(`Applicant ${i + 1}`, 3);
    const phones = [applicant.homePhone, applicant.mobilePhone].filter((p): p is string => !!p).join('; ');
    b.question('Your full name', fullName(applicant));
    b.question('Sex', SEX.labels[applicant.sex]);
    b.question('Are you the', 'Applicant');
    b.question('Your address', keepsPrivate(applicant, 'address') ? GIVEN_ON_C8 : applicant.address && addressText(applicant.address));
    b.question('Your email address', keepsPrivate(applicant, 'email') ? GIVEN_ON_C8 : (applicant.email ?? 'None given'));
    b.question('Your telephone number', keepsPrivate(applicant, 'phone') ? GIVEN_ON_C8 : phones || applicant.noPhoneReason || 'None given');
    if (applicant.voicemail) b.question('Can the court leave you a voicemail?', answerText(applicant.voicemail));
  });
  b.question('Have you completed a C8 (confidential contact details) form?', c8Needed(app) ? 'Yes' : 'No');

  b.heading('The child(ren)', 3);
  app.children.forEach((child, i) => {
    b.question(
      `Child ${i + 1}`,
      [
        `Full name: ${fullName(child)}`,
        `Date of birth: ${describeDateOfBirth(child.dateOfBirth)}`,
        `Sex: ${SEX.labels[child.sex]}`,
        `Applicant’s relationship to the child: ${relationshipsToChild(app.applicants, child.id) ?? 'Not given'}`,
      ].join('\n'),
    );
  });

  b.heading('Solicitor', 3);
  const solicitor = app.solicitor;
  b.question('Is a solicitor acting for you?', answerText(solicitor.hasSolicitor));
  if (solicitor.hasSolicitor === 'yes') {
    b.question('Solicitor’s name', solicitor.fullName);
    b.question('Name of firm', solicitor.firm);
    b.question('Address', addressText(solicitor.address));
    b.question('Telephone', solicitor.phone);
    b.question('Email', solicitor.email);
    if (solicitor.dxNumber) b.question('DX number', solicitor.dxNumber);
    if (solicitor.reference) b.question('Your reference', solicitor.reference);
  }
}

function domesticAbuse(b: ContentBuilder, app: C100Application): void {
  const s = app.safety;
  b.startSection('Details of domestic abuse', 2);
  b.paragraph(
    'Domestic abuse includes any incident or pattern of controlling, coercive or threatening behaviour, violence or abuse, including physical, emotional, psychological, sexual or financial abuse (Domestic Abuse Act 2021 section 1; FPR PD12J).',
  );
  const yesNoRows = (subject: 'children' | 'applicant') =>
    TABLE_KINDS.map((kind) => [ABUSE_KIND.labels[kind], s.abuse[subject][kind] ? 'Yes' : 'No'] as const);
  b.heading('Abuse experienced by the child(ren) by the respondent(s)', 3);
  b.table(yesNoRows('children'));
  b.heading('Abuse experienced by the applicant by the respondent(s)', 3);
  b.table(yesNoRows('applicant'));

  b.heading('Previous or current orders for your protection', 3);
  b.question('Have you had or do you currently have any court orders made for your protection?', answerText(s.hasProtectiveOrders) ?? 'No');
  for (const type of COURT_ORDER_TYPE.values) {
    const order = s.protectiveOrders[type];
    if (order) orderQuestions(b, type, order);
  }

  b.heading('Short description of your concerns', 3);
  b.question('Drugs, alcohol or substance misuse', s.substanceMisuse === 'yes' ? (s.substanceMisuseDetails ?? 'Yes') : 'No');
  const concerns: [string, AbuseConcern][] = [];
  for (const kind of ABUSE_KIND.values) {
    const concern = s.abuse.children[kind];
    // "Other" concerns about the children belong to section 4 (C100-DOMAIN §6.3).
    if (concern && kind !== 'other') concerns.push([`${ABUSE_KIND.labels[kind]} – the child(ren)`, concern]);
  }
  for (const kind of ABUSE_KIND.values) {
    const concern = s.abuse.applicant[kind];
    if (concern) concerns.push([`${kind === 'other' ? 'Other concerns about your welfare' : ABUSE_KIND.labels[kind]} – you (the applicant)`, concern]);
  }
  if (concerns.length === 0) b.paragraph('No abuse of the children or of the applicant is alleged.');
  for (const [title, concern] of concerns) {
    b.heading(title, 3);
    concernQuestions(b, concern);
  }
}

function abduction(b: ContentBuilder, app: C100Application): void {
  const s = app.safety;
  b.startSection('Abduction', 3);
  b.question('Are you worried that the child(ren) may be abducted?', answerText(s.abductionRisk));
  const a = s.abduction;
  if (s.abductionRisk !== 'yes' || !a) return;
  b.question('Why do you think the child(ren) may be abducted or kept outside the UK without your consent?', a.riskDetails);
  b.question('Have the child(ren) been abducted or kept outside the UK without your consent before?', answerText(a.previousAttempt));
  if (a.previousAttempt === 'yes') b.question('Details of the previous abduction or attempt', a.previousAttemptDetails);
  b.question('Where are the child(ren) now?', a.currentLocation);
  b.question('Have the police been notified?', answerText(a.policeNotified));
  b.question('Do the child(ren) have a passport?', answerText(a.childrenHavePassport));
  if (a.childrenHavePassport === 'yes') {
    b.question('Do the child(ren) have more than one passport?', answerText(a.multiplePassports));
    b.question('Who is in possession of the passports?', [listText(a.passportHolders, PASSPORT_HOLDER.labels), a.passportHoldersOther].filter(Boolean).join(': '));
  }
  b.question('Is any other person or organisation (for example a children’s services department) involved?', answerText(a.agenciesInvolved));
  if (a.agenciesInvolved === 'yes') b.question('Details of the people or organisations involved', a.agenciesDetails);
}

function otherConcerns(b: ContentBuilder, app: C100Application): void {
  const s = app.safety;
  b.startSection('Other concerns about the child(ren)', 4);
  const concern = s.abuse.children.other;
  b.question('Do you have any other safety or welfare concerns about the child(ren)?', concern || s.otherConcerns === 'yes' ? 'Yes' : 'No');
  if (concern) concernQuestions(b, concern);
}

function protection(b: ContentBuilder, app: C100Application): void {
  const s = app.safety;
  b.startSection('Steps or orders required to protect the safety and wellbeing of the child(ren) and yourself', 5);
  b.question('Is there anything else you are asking the court to decide, specifically to protect the safety of you or the child(ren)?', answerText(s.protectionSought) ?? 'No');
  if (s.protectionSought === 'yes') b.question('What do you want the court to do?', s.protectionSoughtDetails);
  b.question('Do you agree to the child(ren) spending time with the other people in this application?', s.contactWish && CONTACT_WISH.labels[s.contactWish]);
  b.question('Do you agree to the other people in this application being in touch with the child(ren) in other ways (for example by phone, text or online)?', answerText(s.otherContact));
}

/** The statement of truth as the form words it; a name and a date, never a signature. */
export function statementOfTruthBlocks(b: ContentBuilder, app: C100Application, form: string): void {
  const sot = app.statementOfTruth;
  const believes = sot.signatory === 'applicant' ? 'I believe' : 'The applicant believes';
  b.paragraph(`${believes} that the facts stated in this ${form} are true.`);
  b.paragraph(
    'I understand that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.',
  );
  b.question('Full name', sot.fullName);
  if (sot.signatory === 'representative') {
    b.question('Name of firm', sot.firm);
    b.question('Position or office held', sot.position);
  }
  b.question('Date', dateText(sot.date));
  b.question('Signed', SIGN_BY_HAND);
}

/** Section 7 of the C1A (and section 10 of the C100): language, intermediary, safety and access needs. */
export function attendingCourtBlocks(b: ContentBuilder, app: C100Application): void {
  const c = app.attendingCourt;
  b.question('Will anyone need to use spoken or written Welsh?', answerText(c.welsh));
  if (c.welsh === 'yes') {
    b.question('Who needs Welsh, and how', c.welshPeople.map((p) => `${welshPersonName(app, p.personId) ?? 'Unnamed person'}: ${WELSH_NEED.labels[p.need]}`).join('\n'));
  }
  b.question('Does anyone need an interpreter?', answerText(c.interpreter));
  if (c.interpreter === 'yes') {
    b.question(
      'Who needs an interpreter, and for which language and dialect',
      c.interpreterPeople.map((p) => `${interpreterName(app, p)}: ${p.language}${p.dialect ? ` (${p.dialect})` : ''}`).join('\n'),
    );
  }
  b.question('Does anyone need a sign language interpreter?', answerText(c.signLanguage));
  if (c.signLanguage === 'yes') b.question('Sign language details', c.signLanguageDetails);
  b.question('Is an intermediary required?', answerText(c.intermediary));
  if (c.intermediary === 'yes') b.question('Why an intermediary is needed', c.intermediaryDetails);
  b.question('Does anyone have a disability for which they need support or facilities at court?', answerText(c.disability));
  if (c.disability === 'yes') b.question('Details of the disability and the support needed', c.disabilityDetails);
  b.question('Special safety arrangements at court', listText(c.specialArrangements, SPECIAL_ARRANGEMENT.labels));
  if (c.specialArrangementsDetails) b.question('Details of the safety arrangements', c.specialArrangementsDetails);
  b.question('Special assistance or facilities', listText(c.specialAssistance, SPECIAL_ASSISTANCE.labels));
  if (c.specialAssistanceDetails) b.question('Details of the assistance or facilities', c.specialAssistanceDetails);
}

function redactBlock(block: DocumentBlock, secrets: readonly string[]): DocumentBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: redact(block.text, secrets) };
    case 'question':
      return { ...block, label: redact(block.label, secrets), answer: redact(block.answer, secrets) };
    case 'field':
      return { ...block, label: redact(block.label, secrets), value: redact(block.value, secrets) };
    case 'table':
      return { ...block, rows: block.rows.map(([l, a]) => [redact(l, secrets), redact(a, secrets)] as const) };
    case 'pageBreak':
      return block;
    default: {
      const never: never = block;
      throw new Error(`Unknown document block ${JSON.stringify(never)}`);
    }
  }
}

/** Replace every confidential value of the application anywhere in the content (free text included). Throws nothing. */
export function redactContent(content: DocumentContent, app: C100Application): DocumentContent {
  const secrets = confidentialValues(app);
  if (secrets.length === 0) return content;
  const blocks = content.blocks.map((b) => redactBlock(b, secrets));
  const mentions = (c: DocumentContent) => contentText(c).split(REDACTED).length - 1;
  const redacted = { ...content, header: redact(content.header, secrets), blocks };
  return { ...redacted, redactions: mentions(redacted) - mentions(content) };
}

/**
 * The C1A content for an application. Build it whenever `c1aNeeded(app)`; nothing a party keeps
 * confidential appears in it.
 * @throws TypeError only for an application that breaks its type (a malformed ISO date).
 */
export function buildC1A(app: C100Application): DocumentContent {
  const b = new ContentBuilder();
  b.heading(C1A_TITLE, 1);
  b.paragraph('Supplemental information form to go with an application under the Children Act 1989 (form C100) where the applicant alleges domestic abuse, child abduction, child abuse, substance misuse or other safety or welfare concerns.');
  partiesBlock(b, app);
  aboutYou(b, app);
  domesticAbuse(b, app);
  abduction(b, app);
  otherConcerns(b, app);
  protection(b, app);
  b.startSection('Statement of truth', 6);
  statementOfTruthBlocks(b, app, 'form');
  b.startSection('Attending the court', 7);
  b.paragraph('If you need special arrangements to attend court safely, tell the court as soon as possible. The court will decide what can be provided.');
  attendingCourtBlocks(b, app);
  return redactContent({ title: C1A_TITLE, documentName: C1A_FOOTER, header: caseHeader(app), blocks: b.blocks }, app);
}
