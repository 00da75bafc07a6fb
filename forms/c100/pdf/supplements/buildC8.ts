/**
 * Form C8 "Confidential contact details" (Family Procedure Rules 2010 rule 29.1), generated because
 * no official template is available. One block per party with something confidential, holding
 * only the confidential details (everything for someone in a refuge), as MoJ's `c8_form.rb` prints
 * it (C100-DOMAIN §6.3). The court keeps this form apart from the papers served on the others.
 */
import type { C100Application } from '../../application';
import { SEX } from '../../enums';
import { otherPersonRelationships } from '../fieldMap/partyFields';
import { addressText, describeDateOfBirth, fullName } from '../fieldMap/fieldFormat';
import { c8Parties } from './c8Parties';
import type { C8Party } from './c8Parties';
import { caseHeader, partiesBlock } from './buildC1A';
import { ContentBuilder } from './DocumentContent';
import type { DocumentContent } from './DocumentContent';
import { answerText } from './supplementFormat';

export const C8_TITLE = 'C8 Confidential contact details';
const C8_FOOTER = 'C8 – Confidential contact details (FPR 2010 rule 29.1) – do not serve';

/**
 * The form's instructions, in the words of the rule: a party need not reveal their contact details
 * (or a child's) unless the court directs, and details left off the other forms are given here.
 */
export const C8_INSTRUCTIONS = [
  'You do not have to reveal your home address or other contact details, or those of a child, to the other parties unless the court directs you to (Family Procedure Rules 2010 rule 29.1).',
  'The contact details on this form have been omitted from the application (form C100) and from any supplemental form (C1A). The omitted contact details will not be disclosed to any person, except by order of the court.',
  'The court keeps this form separately from the other papers. Do not send a copy of this form to the respondent or to any other party.',
];

function reasonText(party: C8Party): string {
  if (party.refuge) return party.person.refuge === 'yes' ? 'Lives in a refuge: every contact detail is confidential' : 'Not known whether they live in a refuge: every contact detail is treated as confidential';
  const kept = [party.address && 'address', party.phone && 'telephone number', party.email && 'email address', party.identity && 'identity'].filter(Boolean);
  return `Keeps their ${kept.join(', ')} confidential`;
}

function partyBlock(b: ContentBuilder, app: C100Application, party: C8Party): void {
  const p = party.person;
  b.startSection(`${party.label}`);
  b.question('Why these details are confidential', reasonText(party));
  b.question('Is this person currently resident in a refuge?', answerText(p.refuge));
  b.question('Full name', fullName(p));
  if (party.identity) {
    // An other person with a private identity: the C100 prints only "Other person N", so the C8 carries
    // everything that identifies them (MoJ `C8OtherPartiesDetails` full block, C100-DOMAIN §6.3).
    if (p.hasPreviousName === 'yes') b.question('Previous name(s)', p.previousName);
    b.question('Sex', SEX.labels[p.sex]);
    b.question('Date of birth', describeDateOfBirth(p.dateOfBirth));
    const other = party.role === 'other' ? app.otherPeople[party.index] : undefined;
    if (other) b.question('Relationship to the child(ren)', otherPersonRelationships(app, other));
  }
  if (party.address || party.identity) {
    b.question('Current address', p.address ? addressText(p.address) : 'Not known');
    if (p.livedAtAddressOverFiveYears) b.question('Lived at this address for more than 5 years?', answerText(p.livedAtAddressOverFiveYears));
    if (p.livedAtAddressOverFiveYears === 'no') b.question('Previous addresses in the last 5 years', p.addressHistory);
  }
  if (party.phone || party.identity) {
    b.question('Home telephone number', p.homePhone ?? 'None given');
    b.question('Mobile telephone number', p.mobilePhone ?? 'None given');
    if (p.voicemail) b.question('Can the court leave a voicemail?', answerText(p.voicemail));
  }
  if (party.email || party.identity) b.question('Email address', p.email ?? 'None given');
}

/**
 * The C8 content: the court box, the instructions and one block per party with confidential
 * details. Build it whenever `c8Needed(app)`; with no such party it holds only the instructions.
 * @throws TypeError only for an application that breaks its type (a malformed ISO date).
 */
export function buildC8(app: C100Application): DocumentContent {
  const b = new ContentBuilder();
  b.heading(C8_TITLE, 1);
  b.paragraph('Family Procedure Rules 2010 rule 29.1 – confidential contact details of a party or a child. CONFIDENTIAL: for the court only.');
  partiesBlock(b, app);
  b.heading('Instructions', 2);
  for (const text of C8_INSTRUCTIONS) b.paragraph(text);
  for (const party of c8Parties(app)) partyBlock(b, app, party);
  return { title: C8_TITLE, documentName: C8_FOOTER, header: `CONFIDENTIAL – ${caseHeader(app)}`, blocks: b.blocks };
}
