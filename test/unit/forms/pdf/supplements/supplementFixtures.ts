/** Drafts and applications for the supplement tests, built from the examples through toApplication. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { C100Application } from '../../../../../forms/c100/application';
import { C100DraftSchema } from '../../../../../forms/c100/draft';
import type { C100Draft } from '../../../../../forms/c100/draft';
import { toApplication } from '../../../../../forms/c100/toApplication';
import { repoRoot } from '../pdfTestSupport';

export const TODAY = '2026-11-20';

export type ExampleName = 'attended-miam' | 'consent-order' | 'domestic-abuse-exemption' | 'grandparent-permission' | 'urgent-without-notice';

export function exampleDraft(name: ExampleName): C100Draft {
  return C100DraftSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'examples', `${name}.json`), 'utf8')));
}

export function applicationOf(draft: C100Draft): C100Application {
  const result = toApplication(draft, { today: TODAY });
  if (!result.ok) throw new Error(`fixture draft is incomplete: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.application;
}

/** Unique confidential details of a respondent in a refuge: none of these may reach the C100 or the C1A. */
export const REFUGE = {
  line1: '7 Sanctuary Close Qzx',
  postcode: 'WF1 9ZZ',
  phone: '07700 911911',
  email: 'hidden.qzx@example.org',
} as const;

/**
 * The grandparent example (respondent 1 lives in a refuge) with a known refuge address, phone and
 * email, the phone also typed into free text of the C1A, and names in several scripts.
 */
export function refugeDraft(): C100Draft {
  const draft = structuredClone(exampleDraft('grandparent-permission'));
  const [respondent, second] = draft.respondents ?? [];
  if (!respondent || !second) throw new Error('the grandparent example has two respondents');
  respondent.firstNames = 'Nguyễn Thị';
  respondent.lastName = 'Minh';
  respondent.addressUnknown = false;
  respondent.address = { line1: REFUGE.line1, town: 'Wakefield', postcode: REFUGE.postcode, country: 'United Kingdom' };
  respondent.livedAtAddressOverFiveYears = 'yes';
  respondent.mobilePhone = REFUGE.phone;
  respondent.email = REFUGE.email;
  second.firstNames = 'Ayşe';
  second.lastName = 'Yılmaz';
  const applicant = draft.applicants?.[0];
  if (!applicant) throw new Error('the grandparent example has an applicant');
  applicant.firstNames = 'Siân';
  applicant.lastName = 'Llŷr';
  if (draft.statementOfTruth) draft.statementOfTruth.fullName = 'Siân Llŷr';
  if (draft.safety) draft.safety.substanceMisuseDetails = `${draft.safety.substanceMisuseDetails ?? ''} Chloe can be reached on ${REFUGE.phone} by the police.`;
  return draft;
}
