/**
 * The sections of the application with their status (GOV.UK task list). A section that cannot start
 * yet has no link and says why in its hint; its status is grey text, not a tag (GOV.UK pattern).
 */
export type TaskStatus = 'not-started' | 'in-progress' | 'complete' | 'cannot-start';

export interface TaskListItem {
  id: string;
  title: string;
  hint?: string | undefined;
  /** Where the section starts or continues; ignored when it cannot start yet. */
  href?: string | undefined;
  status: TaskStatus;
}

/** The words of each status, as the user reads them. */
export function taskStatusText(status: TaskStatus): string {
  switch (status) {
    case 'not-started':
      return 'Not yet started';
    case 'in-progress':
      return 'In progress';
    case 'complete':
      return 'Completed';
    case 'cannot-start':
      return 'Cannot start yet';
    default: {
      const unknown: never = status;
      throw new Error(`Unknown task status: ${String(unknown)}`);
    }
  }
}

function StatusTag({ status }: { status: TaskStatus }) {
  const text = taskStatusText(status);
  switch (status) {
    case 'not-started':
      return <strong className="govuk-tag govuk-tag--blue">{text}</strong>;
    case 'in-progress':
      return <strong className="govuk-tag govuk-tag--light-blue">{text}</strong>;
    case 'complete':
    case 'cannot-start':
      return <>{text}</>;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown task status: ${String(unknown)}`);
    }
  }
}

export function TaskList({ items, idPrefix = 'task' }: { items: readonly TaskListItem[]; idPrefix?: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const statusId = `${idPrefix}-${item.id}-status`;
        const hintId = item.hint ? `${idPrefix}-${item.id}-hint` : undefined;
        const linked = item.status !== 'cannot-start' && item.href !== undefined;
        return (
          <li className={`govuk-task-list__item${linked ? ' govuk-task-list__item--with-link' : ''}`} key={item.id}>
            <div className="govuk-task-list__name-and-hint">
              {linked ? (
                <a className="govuk-link govuk-task-list__link" href={item.href} aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}>
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint && hintId && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div
              className={`govuk-task-list__status${item.status === 'cannot-start' ? ' govuk-task-list__status--cannot-start-yet' : ''}`}
              id={statusId}
            >
              <StatusTag status={item.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
