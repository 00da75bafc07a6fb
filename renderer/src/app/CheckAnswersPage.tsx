/**
 * Check your answers (issue 5; GOV.UK "Check answers" pattern): what still needs an answer, with a
 * link to the page for each; the MIAM outcome and the evidence to send; which supplements will be
 * produced and why; the court fee and Help with Fees; then every answer, section by section, each with
 * a Change link that comes back here after Continue. Reviewers' comments sit at the end.
 */
import { useMemo } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import { checkAnswersModel, type AnswerRow, type CheckAnswersModel } from '../checkAnswers/checkAnswersModel';
import { Button, ButtonGroup } from '../components/Misc';
import { usePageTitle } from '../components/usePageTitle';
import type { RendererJourney, StepLocation } from '../journey/RendererJourney';
import { ContentBlocks } from '../pages/ContentBlocks';
import type { PageDescription } from '../pages/pageTypes';
import { routeHref } from '../router/routes';
import { ReviewComments } from './ReviewComments';

/** Route parameter of a page opened from check your answers: its Continue comes back here. */
export const RETURN_PARAM = 'from';
/** The value of `RETURN_PARAM` for a page opened from the export page (the statement of truth). */
export const RETURN_TO_EXPORT = 'export';

export interface CheckAnswersPageProps {
  page: PageDescription;
  draft: C100Draft;
  today: string;
  journey: RendererJourney<C100Draft>;
  draftId: string;
  onDraftChange: (draft: C100Draft) => void;
  onContinue: () => void;
  onSaveAndClose: () => void;
}

export function CheckAnswersPage({ page, draft, today, draftId, onDraftChange, onContinue, onSaveAndClose }: CheckAnswersPageProps) {
  const { content } = page;
  usePageTitle(content.title);
  const model = useMemo(() => checkAnswersModel(draft, today), [draft, today]);
  const changeHref = (step: StepLocation) => routeHref({ name: 'step', draftId, stepId: step.id, params: { ...step.params, [RETURN_PARAM]: page.id } });
  const answerRows = model.sections.flatMap((section) => section.groups.flatMap((group) => group.rows));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{content.title}</h1>
        <ContentBlocks blocks={content.body} />
        <IssuesBox issues={model.issues} changeHref={changeHref} />
        <OutcomeSections model={model} changeHref={changeHref} />
      </div>
      {/* The answers take the full width: questions are long, and the key column would be narrow. */}
      <div className="govuk-grid-column-full">
        <h2 className="govuk-heading-l govuk-!-margin-top-8">Your answers</h2>
        {model.sections.map((section) => (
          <section key={section.id} aria-labelledby={`cya-${section.id}`} className="app-cya-section">
            <h3 className="govuk-heading-m" id={`cya-${section.id}`}>
              {section.title}
            </h3>
            {section.groups.map((group, index) => (
              <div key={index}>
                {group.heading && <h4 className="govuk-heading-s app-break-word">{group.heading}</h4>}
                <AnswerList rows={group.rows} changeHref={changeHref} />
              </div>
            ))}
          </section>
        ))}
      </div>
      <div className="govuk-grid-column-two-thirds">
        <ReviewComments draft={draft} answers={answerRows} onDraftChange={onDraftChange} />

        <ButtonGroup>
          <Button onClick={onContinue}>{content.continueLabel ?? 'Continue'}</Button>
          <Button variant="secondary" onClick={onSaveAndClose}>
            Save and close
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}

function IssuesBox({ issues, changeHref }: { issues: CheckAnswersModel['issues']; changeHref: (step: StepLocation) => string }) {
  if (issues.length === 0) {
    return (
      <div className="govuk-inset-text" data-testid="cya-complete">
        Your application is complete. Check the answers below, then make the documents.
      </div>
    );
  }
  return (
    <div className="app-issues" role="region" aria-labelledby="cya-issues-title" data-testid="cya-issues">
      <h2 className="govuk-heading-m" id="cya-issues-title">
        {issues.length === 1 ? 'There is 1 thing to finish' : `There are ${issues.length} things to finish`}
      </h2>
      <p className="govuk-body">You can make the documents once these are answered.</p>
      <ul className="govuk-list">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <a className="govuk-link" href={changeHref(issue.step)} data-path={issue.path}>
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OutcomeSections({ model, changeHref }: { model: CheckAnswersModel; changeHref: (step: StepLocation) => string }) {
  const documents = model.evidence.filter((item) => item.kind === 'document');
  const texts = model.evidence.filter((item) => item.kind === 'text');
  const { fee } = model;
  return (
    <>
      <h2 className="govuk-heading-m" id="cya-miam">
        Mediation (MIAM)
      </h2>
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="cya-miam-outcome">
        {model.miam.headline}
      </p>
      {model.miam.details.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {model.miam.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {model.miam.step && (
        <p className="govuk-body">
          <a className="govuk-link" href={changeHref(model.miam.step)}>
            Change your mediation answers
          </a>
        </p>
      )}
      {documents.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Send these with your application</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid="cya-evidence">
            {documents.map((item) => (
              <li key={`${item.path}:${item.description}`}>
                {item.description}
                {!item.satisfied && <strong className="govuk-tag govuk-tag--yellow app-tag-inline">{item.missingMessage}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
      {texts.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Explained on the form</h3>
          <ul className="govuk-list govuk-list--bullet">
            {texts.map((item) => (
              <li key={`${item.path}:${item.description}`}>
                {item.description}
                {!item.satisfied && <strong className="govuk-tag govuk-tag--yellow app-tag-inline">{item.missingMessage}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className="govuk-heading-m" id="cya-documents">
        The documents you will make
      </h2>
      <dl className="govuk-summary-list" data-testid="cya-supplements">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">C100: the application</dt>
          <dd className="govuk-summary-list__value">Always. Answers that do not fit a box continue on numbered continuation sheets.</dd>
        </div>
        {model.supplements.map((supplement) => (
          <div className="govuk-summary-list__row" key={supplement.form}>
            <dt className="govuk-summary-list__key">{supplement.title}</dt>
            <dd className="govuk-summary-list__value app-break-word">
              <strong>{supplement.needed ? 'Included. ' : 'Not needed. '}</strong>
              {supplement.why}
            </dd>
          </div>
        ))}
      </dl>

      <h2 className="govuk-heading-m" id="cya-fee">
        Court fee
      </h2>
      <p className="govuk-body" data-testid="cya-fee">
        The court fee for a C100 is <strong>{fee.display}</strong>.
      </p>
      {fee.helpWithFees ? (
        <p className="govuk-body">
          You have applied for Help with Fees{fee.hwfReference ? ` (reference ${fee.hwfReference})` : ''}. The court will tell you if you need to pay
          anything.
        </p>
      ) : fee.payByCard === 'yes' ? (
        <p className="govuk-body">You will pay by card: the court will phone you within 3 working days to take the payment.</p>
      ) : (
        <p className="govuk-body">If you have a low income or get certain benefits, Help with Fees may reduce or cover the fee.</p>
      )}
    </>
  );
}

function AnswerList({ rows, changeHref }: { rows: readonly AnswerRow[]; changeHref: (step: StepLocation) => string }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.path}>
          <dt className="govuk-summary-list__key app-break-word">{row.label}</dt>
          <dd className="govuk-summary-list__value app-break-word app-preserve-lines">
            {row.lines === undefined ? (
              <span className="govuk-hint govuk-!-margin-bottom-0">Not answered</span>
            ) : row.lines.length === 1 ? (
              row.lines[0]
            ) : (
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {row.lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
          </dd>
          <dd className="govuk-summary-list__actions">
            <a className="govuk-link" href={changeHref(row.step)}>
              Change<span className="govuk-visually-hidden"> {row.label}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
