import { describe, expect, it } from 'vitest';
import { C100DraftSchema } from '../../../../../forms/c100/draft';
import { toApplication } from '../../../../../forms/c100/toApplication';
import { C1A_TITLE, buildC1A, c1aNeeded } from '../../../../../forms/c100/pdf/supplements/buildC1A';
import { C8_INSTRUCTIONS, buildC8 } from '../../../../../forms/c100/pdf/supplements/buildC8';
import { CONFIDENTIAL_NOTICE, DRAFT_WATERMARK, buildReviewCopy } from '../../../../../forms/c100/pdf/supplements/buildReviewCopy';
import { c8Needed, c8Parties } from '../../../../../forms/c100/pdf/supplements/c8Parties';
import { contentText } from '../../../../../forms/c100/pdf/supplements/DocumentContent';
import type { DocumentContent } from '../../../../../forms/c100/pdf/supplements/DocumentContent';
import { REFUGE, TODAY, applicationOf, exampleDraft, refugeDraft } from './supplementFixtures';

function questions(content: DocumentContent): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of content.blocks) if (block.kind === 'question') map.set(block.label, block.answer);
  return map;
}

describe('which supplements apply', () => {
  it('adds no C1A and no C8 when no risk concern is yes and nothing is confidential', () => {
    const app = applicationOf(exampleDraft('attended-miam'));
    expect(c1aNeeded(app)).toBe(false);
    expect(c8Needed(app)).toBe(false);
  });

  it('adds the C1A when any risk concern is yes, a screening answer or only a detailed abuse answer', () => {
    const app = applicationOf(exampleDraft('attended-miam'));
    expect(c1aNeeded({ ...app, safety: { ...app.safety, substanceMisuse: 'yes', substanceMisuseDetails: 'Drinks daily' } })).toBe(true);
    const financial = { description: 'Took my wages', startedWhen: '2020', ongoing: 'yes' as const, askedForHelp: 'no' as const };
    expect(c1aNeeded({ ...app, safety: { ...app.safety, abuse: { children: {}, applicant: { financial } } } })).toBe(true);
    expect(c1aNeeded(applicationOf(exampleDraft('grandparent-permission')))).toBe(true);
  });

  it('adds the C8 for a party in a refuge (all details) and for chosen details only', () => {
    const refuge = c8Parties(applicationOf(refugeDraft()));
    expect(refuge.map((p) => [p.label, p.refuge, p.address, p.phone, p.email])).toEqual([['Respondent 1', true, true, true, true]]);
    const chosen = c8Parties(applicationOf(exampleDraft('domestic-abuse-exemption')));
    expect(chosen.map((p) => [p.label, p.refuge, p.address, p.phone, p.email])).toEqual([['Applicant 1', false, true, true, false]]);
  });
});

describe('C1A content', () => {
  const app = applicationOf(refugeDraft());
  const c1a = buildC1A(app);
  const text = contentText(c1a);

  it('follows the official sections in order, titled and naming the parties', () => {
    expect(c1a.title).toBe(C1A_TITLE);
    const headings = c1a.blocks.flatMap((b) => (b.kind === 'heading' && b.text.startsWith('Section') ? [b.text.replace(/ – .*/, '')] : []));
    expect(headings).toEqual(['Section 1', 'Section 2', 'Section 3', 'Section 4', 'Section 5', 'Section 6', 'Section 7']);
    expect(text).toContain('Siân Llŷr');
    expect(text).toContain('Nguyễn Thị Minh and Ayşe Yılmaz');
    expect(c1a.header).toContain('Applicant(s): Siân Llŷr');
  });

  it('never shows a confidential address, phone or email, even typed into free text', () => {
    for (const secret of Object.values(REFUGE)) expect(text).not.toContain(secret);
    expect(text).toContain('[given on form c8]');
  });

  it('prints a yes/no table per kind of abuse, the concerns, and a statement of truth without a signature', () => {
    const tables = c1a.blocks.filter((b) => b.kind === 'table');
    expect(tables.some((t) => t.kind === 'table' && t.rows.some(([l, a]) => l === 'Physical abuse' && a === 'Yes'))).toBe(true);
    const q = questions(c1a);
    expect(q.get('Full name')).toBe('Siân Llŷr');
    expect(q.get('Signed')).toMatch(/signed by hand/i);
    expect(q.get('Date')).toBe('12 November 2026');
  });

  it('shows "Given on form C8" for an applicant’s own confidential contact details', () => {
    const q = questions(buildC1A(applicationOf(exampleDraft('domestic-abuse-exemption'))));
    expect(q.get('Your address')).toBe('Given on form C8');
    expect(q.get('Your telephone number')).toBe('Given on form C8');
    expect(q.get('Your email address')).toContain('@');
  });
});

describe('C8 content', () => {
  it('holds the instructions and only the confidential party, with every detail of someone in a refuge', () => {
    const c8 = buildC8(applicationOf(refugeDraft()));
    const text = contentText(c8);
    for (const line of C8_INSTRUCTIONS) expect(text).toContain(line);
    for (const secret of Object.values(REFUGE)) expect(text).toContain(secret);
    expect(text).toContain('Section 1 – Respondent 1');
    expect(text).not.toContain('Respondent 2');
    expect(text).toContain('Family Procedure Rules 2010 rule 29.1');
  });

  it('gives only the chosen details of a party not in a refuge', () => {
    const q = questions(buildC8(applicationOf(exampleDraft('domestic-abuse-exemption'))));
    expect(q.get('Current address')).toContain('22 Bankside Street');
    expect(q.get('Mobile telephone number')).toBe('07700 900254');
    expect(q.has('Email address')).toBe(false);
  });
});

describe('review copy', () => {
  it('is marked DRAFT until the statement of truth is complete, and not after', () => {
    const complete = exampleDraft('attended-miam');
    expect(buildReviewCopy(complete, undefined, { today: TODAY }).watermark).toBeUndefined();
    const unsigned = structuredClone(complete);
    if (unsigned.statementOfTruth) unsigned.statementOfTruth.confirmed = false;
    expect(buildReviewCopy(unsigned, undefined, { today: TODAY }).watermark).toBe(DRAFT_WATERMARK);
  });

  it('works for an empty draft: questions marked unanswered and the outstanding issues listed', () => {
    const draft = C100DraftSchema.parse({ schemaVersion: 2 });
    const result = toApplication(draft, { today: TODAY });
    if (result.ok) throw new Error('an empty draft cannot be complete');
    const copy = buildReviewCopy(draft, result.issues);
    expect(copy.watermark).toBe(DRAFT_WATERMARK);
    const unanswered = copy.blocks.filter((b) => b.kind === 'question' && b.answer === '');
    expect(unanswered.length).toBeGreaterThan(10);
    const text = contentText(copy);
    expect(text).toContain('Still to answer or fix');
    for (const issue of result.issues.slice(0, 5)) expect(text).toContain(issue.message);
  });

  it('names the other children (section 13a) in each person\'s relationships, not "(name not given)"', () => {
    const text = contentText(buildReviewCopy(exampleDraft('grandparent-permission'), undefined, { today: TODAY }));
    expect(text).toContain('Nova Rose Doyle (not part of the application): Grandparent');
    expect(text).not.toContain('(name not given)');
  });

  it('uses human labels, never codes, and says when it holds confidential details', () => {
    const text = contentText(buildReviewCopy(exampleDraft('grandparent-permission'), undefined, { today: TODAY }));
    expect(text).toContain('Decide who they live with and when');
    expect(text).toContain('What school they’ll go to');
    expect(text).not.toContain('child_arrangements_home');
    expect(text).not.toContain('misc_authority_enquiring');
    expect(text).toContain(CONFIDENTIAL_NOTICE);
    expect(contentText(buildReviewCopy(exampleDraft('attended-miam'), undefined, { today: TODAY }))).not.toContain(CONFIDENTIAL_NOTICE);
  });

  it('shows the confidential details themselves (it is for the applicant’s helper)', () => {
    const text = contentText(buildReviewCopy(refugeDraft(), undefined, { today: TODAY }));
    expect(text).toContain(REFUGE.line1);
  });
});
