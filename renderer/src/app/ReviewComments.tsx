/**
 * Comments from a reviewer (a McKenzie friend, a volunteer) on check your answers, stored in the draft
 * as `reviewComments` (never part of the application: forms/c100/draft.ts). A reviewer comments; they
 * never sign (DESIGN.md "Users"): only the applicant or their legal representative makes the statement
 * of truth. Comments travel with the draft in an exported bundle, so the reviewer can hand it back.
 */
import { useState } from 'react';
import type { C100Draft } from '../../../forms/c100/draft';
import type { AnswerRow } from '../checkAnswers/checkAnswersModel';
import { CharacterCountTextarea } from '../components/CharacterCountTextarea';
import { Button } from '../components/Misc';
import { Select } from '../components/Misc';
import { TextInput } from '../components/TextInput';

type ReviewComment = NonNullable<C100Draft['reviewComments']>[number];

/** The draft's schema limits (forms/c100/draft.ts `reviewComments`). */
const AUTHOR_MAX = 200;
const TEXT_MAX = 5000;
const COMMENTS_MAX = 500;

function newCommentId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface ReviewCommentsProps {
  draft: C100Draft;
  /** The answers a comment can be about (path and label). */
  answers: readonly Pick<AnswerRow, 'path' | 'label'>[];
  onDraftChange: (draft: C100Draft) => void;
  /** The time a comment is made (fixed in tests). */
  now?: () => Date;
}

export function ReviewComments({ draft, answers, onDraftChange, now = () => new Date() }: ReviewCommentsProps) {
  const comments = draft.reviewComments ?? [];
  const [author, setAuthor] = useState('');
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ author?: string; text?: string }>({});
  const open = comments.filter((comment) => !comment.resolved);
  const resolved = comments.filter((comment) => comment.resolved);
  const labelOf = (path: string) => (path === '' ? 'The whole application' : (answers.find((answer) => answer.path === path)?.label ?? path));

  function setComments(next: ReviewComment[]): void {
    onDraftChange({ ...draft, reviewComments: next });
  }

  function add(): void {
    const found: { author?: string; text?: string } = {};
    if (author.trim() === '') found.author = 'Enter your name';
    else if (author.length > AUTHOR_MAX) found.author = `Your name must be ${AUTHOR_MAX} characters or fewer`;
    if (text.trim() === '') found.text = 'Enter your comment';
    else if ([...text].length > TEXT_MAX) found.text = `Your comment must be ${TEXT_MAX} characters or fewer`;
    setErrors(found);
    if (found.author || found.text || comments.length >= COMMENTS_MAX) return;
    setComments([...comments, { id: newCommentId(), author: author.trim(), path: about, text: text.trim(), createdAt: now().toISOString() }]);
    setText('');
  }

  function setResolved(id: string, value: boolean): void {
    setComments(
      comments.map((comment) => {
        if (comment.id !== id) return comment;
        const { resolved: _old, ...rest } = comment;
        return value ? { ...rest, resolved: true } : rest;
      }),
    );
  }

  return (
    <section className="app-comments govuk-!-margin-top-8" aria-labelledby="comments-title" data-testid="review-comments">
      <h2 className="govuk-heading-l" id="comments-title">
        Comments
      </h2>
      <p className="govuk-body">
        Someone helping you, such as a McKenzie friend, can leave comments here. Comments stay in this draft and are never printed on the court
        forms. Only you, or your legal representative, can confirm the statement of truth.
      </p>
      {open.length === 0 ? (
        <p className="govuk-body">There are no open comments.</p>
      ) : (
        <ul className="govuk-list app-comment-list" aria-label="Open comments">
          {open.map((comment) => (
            <CommentItem key={comment.id} comment={comment} about={labelOf(comment.path)} actionLabel="Mark as resolved" onAction={() => setResolved(comment.id, true)} />
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Resolved comments ({resolved.length})</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list app-comment-list" aria-label="Resolved comments">
              {resolved.map((comment) => (
                <CommentItem key={comment.id} comment={comment} about={labelOf(comment.path)} actionLabel="Reopen" onAction={() => setResolved(comment.id, false)} />
              ))}
            </ul>
          </div>
        </details>
      )}

      <h3 className="govuk-heading-m">Add a comment</h3>
      <TextInput id="comment-author" label="Your name" value={author} onChange={setAuthor} error={errors.author} autoComplete="name" width="medium" />
      <Select
        id="comment-about"
        label="Which answer is it about?"
        value={about === '' ? '__all' : about}
        onChange={(value) => setAbout(value === '__all' || value === '' ? '' : value)}
        options={[{ value: '__all', label: 'The whole application' }, ...answers.map((answer) => ({ value: answer.path, label: answer.label }))]}
      />
      <CharacterCountTextarea id="comment-text" label="Comment" value={text} onChange={setText} error={errors.text} maxLength={TEXT_MAX} rows={3} />
      <Button variant="secondary" onClick={add}>
        Add comment
      </Button>
    </section>
  );
}

function CommentItem({ comment, about, actionLabel, onAction }: { comment: ReviewComment; about: string; actionLabel: string; onAction: () => void }) {
  const when = new Date(comment.createdAt);
  return (
    <li className="app-comment">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong className="app-break-word">{comment.author || 'Someone'}</strong>
        {!Number.isNaN(when.getTime()) && <> · {when.toLocaleString('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })}</>}
        {' · '}About: <span className="app-break-word">{about}</span>
      </p>
      <p className="govuk-body app-break-word app-preserve-lines">{comment.text}</p>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={onAction}>
        {actionLabel}
        <span className="govuk-visually-hidden">: comment by {comment.author}</span>
      </button>
    </li>
  );
}
