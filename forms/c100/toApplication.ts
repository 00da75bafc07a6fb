/**
 * `toApplication(draft)`: the whole-application check. It runs the field rules on every answer the
 * user's path through the journey asks, then the cross-field rules, and returns either the strict
 * `C100Application` or the list of issues in plain words, each with the draft path and the step that
 * asks it (DESIGN.md data flow, step 4).
 */
import type { C100Application } from './application';
import type { C100Draft } from './draft';
import { isoDate } from './fields';
import { Checker, type IssueCode } from './validation/Checker';
import { checkApplicants, checkChildren, checkOtherChildren, checkOtherPeople, checkRespondents, adultIds } from './validation/people';
import { checkMiam, checkScreening } from './validation/screeningAndMiam';
import { checkSafety } from './validation/safety';
import {
  checkApplicationDetails,
  checkAttendingCourt,
  checkChildrenDetails,
  checkFee,
  checkOrders,
  checkSolicitor,
  checkStatementOfTruth,
} from './validation/applicationDetails';
import { permissionNeeded } from './rules/permission';
import { stepForPath } from './steps/stepForPath';

export type { IssueCode } from './validation/Checker';

/** One thing to fix before the application is complete. */
export interface ApplicationIssue {
  /** Dot path into the draft, like `children.0.dateOfBirth`. */
  path: string;
  /** Id of the journey step that asks it, for a "Change" link. */
  step: string;
  code: IssueCode;
  /** What to do, in plain words ("Enter the child’s date of birth"). */
  message: string;
}

export type ToApplicationResult = { ok: true; application: C100Application } | { ok: false; issues: ApplicationIssue[] };

export interface ToApplicationOptions {
  /** The day the check is made (ISO date); dates of birth and "not in the future" depend on it. */
  today?: string;
}

/**
 * Check a whole draft and build the strict application.
 *
 * Never throws for bad answers: every problem is returned as an issue. Throws only a `TypeError`
 * when `options.today` is not an ISO date (a programming error).
 */
export function toApplication(draft: C100Draft, options: ToApplicationOptions = {}): ToApplicationResult {
  const today = options.today ?? isoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError(`toApplication: today must be YYYY-MM-DD, got "${today}"`);
  const c = new Checker(today);

  const screening = checkScreening(c, draft);
  const miam = checkMiam(c, draft, screening);
  const safety = checkSafety(c, draft);
  const orders = checkOrders(c, draft);
  const adults = adultIds(draft);
  const children = checkChildren(c, draft, adults);
  const childrenDetails = checkChildrenDetails(c, draft);
  const otherChildren = checkOtherChildren(c, draft);
  const applicants = checkApplicants(c, draft);
  const respondents = checkRespondents(c, draft);
  const otherPeople = checkOtherPeople(c, draft);
  const permission = permissionNeeded(draft);
  // A non-parent's permission questions must be answered until one decides it (C100-DOMAIN §5.1).
  for (const assessment of permission.assessments) {
    if (assessment.outcome !== 'undecided' || !assessment.next) continue;
    const a = (draft.applicants ?? []).findIndex((p) => p.id === assessment.applicantId);
    const r = (draft.applicants?.[a]?.relationships ?? []).findIndex((rel) => rel.childId === assessment.childId);
    c.add(
      ['applicants', a, 'relationships', r, 'permission', assessment.next],
      'required',
      'Answer the questions about whether you need the court’s permission to apply',
    );
  }
  const application = checkApplicationDetails(c, draft, permission.needed);
  const attendingCourt = checkAttendingCourt(c, draft, adults);
  const solicitor = checkSolicitor(c, draft);
  const fee = checkFee(c, draft);
  const statementOfTruth = checkStatementOfTruth(c, draft, solicitor);

  if (!c.ok) {
    return { ok: false, issues: c.issues.map((issue) => ({ ...issue, step: stepForPath(issue.path) })) };
  }
  return {
    ok: true,
    application: {
      screening,
      miam,
      safety,
      orders,
      children,
      childrenDetails,
      otherChildren,
      applicants,
      respondents,
      otherPeople,
      application,
      attendingCourt,
      solicitor,
      fee,
      statementOfTruth,
    },
  };
}
