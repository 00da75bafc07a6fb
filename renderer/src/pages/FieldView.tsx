/**
 * Renders one field descriptor of a page with the matching component, bound to the draft at the
 * field's path. Every edit goes straight into the draft (DESIGN.md "Data flow" 1: the draft keeps
 * what was typed, valid or not), so Back, reload and autosave never lose an answer.
 */
import type { ReactNode } from 'react';
import { Checkboxes, type CheckboxOption } from '../components/Checkboxes';
import { DateInput, datePartId, type DatePart, type DateValue } from '../components/DateInput';
import { CharacterCountTextarea } from '../components/CharacterCountTextarea';
import { Fieldset } from '../components/FormParts';
import { Select } from '../components/Misc';
import { Radios } from '../components/Radios';
import { SingleCheckbox } from '../components/SingleCheckbox';
import { TextInput } from '../components/TextInput';
import { getAtPath } from './draftPaths';
import { fieldId } from './pageValues';
import type { ChoiceGroup, ChoiceOption, FieldDescriptor, PageError } from './pageTypes';

export interface FieldViewProps {
  field: FieldDescriptor;
  draft: unknown;
  /** Errors assigned to each field path (see `assignErrors`). */
  errors: ReadonlyMap<string, readonly PageError[]>;
  onChange: (path: string, value: unknown) => void;
  /** The field's label is the page heading. */
  isHeading?: boolean;
  /** Collections: the page asks the app to add, change, remove or move an entry. */
  onCollectionAction?: (field: FieldDescriptor & { kind: 'collection' }, action: CollectionAction) => void;
}

export type CollectionAction = { kind: 'add' } | { kind: 'change' | 'remove' | 'up' | 'down'; itemId: string };

const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The part of a field an error path points into (`…dateOfBirth.month` → `month`). */
function subPath(errorPath: string, fieldPath: string): string | undefined {
  return errorPath.length > fieldPath.length ? errorPath.slice(fieldPath.length + 1).split('.')[0] : undefined;
}

/**
 * The element the error summary links to for an error of `field`: its first control, or the part of
 * a date or address the error is about.
 */
export function errorTargetId(field: FieldDescriptor, error: PageError): string {
  const id = fieldId(field.path);
  const part = subPath(error.path, field.path);
  switch (field.kind) {
    case 'date':
      return datePartId(id, DATE_PARTS.find((candidate) => candidate === part) ?? 'day');
    case 'address': {
      const key = field.parts.find((candidate) => candidate.key === part)?.key ?? field.parts[0]?.key ?? 'line1';
      return `${id}-${key}`;
    }
    case 'personChoices': {
      const person = field.people.find((candidate) => candidate.id === part) ?? field.people[0];
      return person ? `${id}-${person.id}` : id;
    }
    case 'collection':
      return `${id}-add`;
    case 'text':
    case 'email':
    case 'phone':
    case 'postcode':
    case 'textarea':
    case 'radios':
    case 'checkboxes':
    case 'checkbox':
    case 'select':
    case 'personPicker':
      return id;
    default: {
      const unknown: never = field;
      throw new Error(`Unknown field kind: ${JSON.stringify(unknown)}`);
    }
  }
}

function toCheckboxOptions(options: readonly ChoiceOption[], groups: readonly ChoiceGroup[] | undefined, renderReveal: (fields: FieldDescriptor[]) => ReactNode): CheckboxOption[] {
  const seenGroups = new Set<string>();
  return options.map((option) => {
    let groupHeading: CheckboxOption['groupHeading'];
    if (option.group !== undefined && !seenGroups.has(option.group)) {
      seenGroups.add(option.group);
      const group = groups?.find((candidate) => candidate.id === option.group);
      if (group) groupHeading = { label: group.label, hint: group.hint };
    }
    return {
      value: option.value,
      label: option.label,
      hint: option.hint,
      exclusive: option.exclusive,
      groupHeading,
      conditional: option.reveal && option.reveal.length > 0 ? renderReveal(option.reveal) : undefined,
    };
  });
}

const TEXT_INPUT_TYPE = { text: 'text', email: 'email', phone: 'tel', postcode: 'text' } as const;
const TEXT_INPUT_MODE = { text: undefined, email: 'email', phone: 'tel', postcode: 'text' } as const;

export function FieldView(props: FieldViewProps) {
  const { field, draft, errors, onChange, isHeading = false, onCollectionAction } = props;
  const id = fieldId(field.path);
  const value = getAtPath(draft, field.path);
  const fieldErrors = errors.get(field.path) ?? [];
  const error = fieldErrors[0]?.message;
  const renderReveal = (fields: FieldDescriptor[]): ReactNode => (
    <>
      {fields.map((reveal) => (
        <FieldView key={reveal.path} {...props} field={reveal} isHeading={false} />
      ))}
    </>
  );

  switch (field.kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'postcode':
      return (
        <TextInput
          id={id}
          label={field.label}
          labelIsHeading={isHeading}
          hint={field.hint}
          error={error}
          value={asString(value)}
          onChange={(next) => onChange(field.path, next)}
          type={TEXT_INPUT_TYPE[field.kind]}
          inputMode={TEXT_INPUT_MODE[field.kind]}
          autoComplete={field.autocomplete}
          width={field.width ?? (field.kind === 'postcode' ? 'short' : field.kind === 'phone' ? 'medium' : 'full')}
          spellCheck={field.kind === 'text' ? undefined : false}
        />
      );
    case 'textarea':
      return (
        <CharacterCountTextarea
          id={id}
          label={field.label}
          labelIsHeading={isHeading}
          hint={field.hint}
          error={error}
          value={asString(value)}
          onChange={(next) => onChange(field.path, next)}
          maxLength={field.maxLength}
          rows={field.rows}
        />
      );
    case 'radios':
      return (
        <Radios
          id={id}
          legend={field.label}
          legendIsHeading={isHeading}
          hint={field.hint}
          error={error}
          value={typeof value === 'string' ? value : undefined}
          onChange={(next) => onChange(field.path, next)}
          inline={field.inline}
          options={field.options.map((option) => ({
            value: option.value,
            label: option.label,
            hint: option.hint,
            conditional: option.reveal && option.reveal.length > 0 ? renderReveal(option.reveal) : undefined,
          }))}
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes
          id={id}
          legend={field.label}
          legendIsHeading={isHeading}
          hint={field.hint}
          error={error}
          values={asStringList(value)}
          onChange={(next) => onChange(field.path, next.length > 0 ? next : undefined)}
          options={toCheckboxOptions(field.options, field.groups, renderReveal)}
        />
      );
    case 'personPicker':
      return (
        <Checkboxes
          id={id}
          legend={field.label}
          legendIsHeading={isHeading}
          hint={field.hint}
          error={error}
          values={asStringList(value)}
          onChange={(next) => onChange(field.path, next.length > 0 ? next : undefined)}
          options={field.people.map((person) => ({ value: person.id, label: person.label, hint: person.role }))}
        />
      );
    case 'checkbox':
      return (
        <SingleCheckbox
          id={id}
          label={field.label}
          hint={field.hint}
          error={error}
          checked={value === true}
          // Unticked is stored as absent (DRAFT-CONTRACT.md: a flag is `true` or missing).
          onChange={(checked) => onChange(field.path, checked ? true : undefined)}
          conditional={field.reveal && field.reveal.length > 0 ? renderReveal(field.reveal) : undefined}
        />
      );
    case 'select':
      return (
        <Select
          id={id}
          label={field.label}
          labelIsHeading={isHeading}
          hint={field.hint}
          error={error}
          value={typeof value === 'string' ? value : undefined}
          onChange={(next) => onChange(field.path, next === '' ? undefined : next)}
          options={field.options}
        />
      );
    case 'date': {
      const part = fieldErrors[0] ? subPath(fieldErrors[0].path, field.path) : undefined;
      const errorPart = DATE_PARTS.find((candidate) => candidate === part);
      return (
        <DateInput
          id={id}
          legend={field.label}
          legendIsHeading={isHeading}
          hint={field.hint}
          error={error}
          errorParts={errorPart ? [errorPart] : undefined}
          value={(typeof value === 'object' && value !== null ? value : undefined) as DateValue | undefined}
          onChange={(next) => onChange(field.path, next)}
          autoCompletePrefix={field.autocomplete === 'bday' ? 'bday' : undefined}
        />
      );
    }
    case 'address': {
      const partErrors = new Map(fieldErrors.map((partError) => [subPath(partError.path, field.path) ?? '', partError.message]));
      const wholeError = partErrors.get('');
      return (
        <Fieldset legend={field.label} legendIsHeading={isHeading} describedBy={field.hint ? `${id}-hint` : undefined}>
          {field.hint && (
            <div id={`${id}-hint`} className="govuk-hint">
              {field.hint}
            </div>
          )}
          {field.parts.map((part) => (
            <TextInput
              key={part.key}
              id={`${id}-${part.key}`}
              label={part.label}
              error={partErrors.get(part.key) ?? (part === field.parts[0] ? wholeError : undefined)}
              value={asString(getAtPath(value, part.key))}
              onChange={(next) => onChange(`${field.path}.${part.key}`, next)}
              autoComplete={part.autocomplete}
              width={part.key === 'postcode' ? 'short' : 'full'}
            />
          ))}
        </Fieldset>
      );
    }
    case 'personChoices': {
      const entries = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      return (
        <Fieldset legend={field.label} legendIsHeading={isHeading}>
          {field.hint && <div className="govuk-hint">{field.hint}</div>}
          {field.people.map((person) => {
            const entry = entries.find((candidate) => candidate['personId'] === person.id);
            const personError = fieldErrors.find((candidate) => subPath(candidate.path, field.path) === person.id)?.message;
            return (
              <Radios
                key={person.id}
                id={`${id}-${person.id}`}
                legend={person.label}
                hint={person.role}
                error={personError ?? (person === field.people[0] && fieldErrors.length > 0 && !fieldErrors.some((candidate) => subPath(candidate.path, field.path)) ? error : undefined)}
                value={typeof entry?.[field.choiceKey] === 'string' ? (entry[field.choiceKey] as string) : undefined}
                onChange={(next) => {
                  const others = entries.filter((candidate) => candidate['personId'] !== person.id);
                  onChange(field.path, [...others, { ...entry, personId: person.id, [field.choiceKey]: next }]);
                }}
                options={field.options.map((option) => ({ value: option.value, label: option.label, hint: option.hint }))}
              />
            );
          })}
        </Fieldset>
      );
    }
    case 'collection':
      return <CollectionView field={field} error={error} onAction={(action) => onCollectionAction?.(field, action)} />;
    default: {
      const unknown: never = field;
      throw new Error(`Unknown field kind: ${JSON.stringify(unknown)}`);
    }
  }
}

/** A list of people (or cases) with Change, Remove, Move up and Move down, and an Add button. */
function CollectionView({ field, error, onAction }: { field: FieldDescriptor & { kind: 'collection' }; error: string | undefined; onAction: (action: CollectionAction) => void }) {
  const id = fieldId(field.path);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {field.items.length === 0 ? (
        <p className="govuk-body">None added yet.</p>
      ) : (
        <dl className="govuk-summary-list app-collection-list">
          {field.items.map((item, index) => (
            <div className="govuk-summary-list__row" key={item.id}>
              <dt className="govuk-summary-list__key app-break-word">{item.label}</dt>
              <dd className="govuk-summary-list__actions">
                <ul className="govuk-summary-list__actions-list">
                  <CollectionButton label="Change" itemLabel={item.label} onClick={() => onAction({ kind: 'change', itemId: item.id })} />
                  <CollectionButton label="Remove" itemLabel={item.label} onClick={() => onAction({ kind: 'remove', itemId: item.id })} />
                  {index > 0 && <CollectionButton label="Move up" itemLabel={item.label} onClick={() => onAction({ kind: 'up', itemId: item.id })} />}
                  {index < field.items.length - 1 && (
                    <CollectionButton label="Move down" itemLabel={item.label} onClick={() => onAction({ kind: 'down', itemId: item.id })} />
                  )}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {field.items.length < field.max && (
        <button type="button" id={`${id}-add`} className="govuk-button govuk-button--secondary" onClick={() => onAction({ kind: 'add' })}>
          {field.items.length === 0 ? `Add ${field.itemNoun}` : `Add another ${field.itemNoun}`}
        </button>
      )}
    </div>
  );
}

function CollectionButton({ label, itemLabel, onClick }: { label: string; itemLabel: string; onClick: () => void }) {
  return (
    <li className="govuk-summary-list__actions-list-item">
      <button type="button" className="govuk-link app-link-button" onClick={onClick}>
        {label}
        <span className="govuk-visually-hidden"> {itemLabel}</span>
      </button>
    </li>
  );
}
