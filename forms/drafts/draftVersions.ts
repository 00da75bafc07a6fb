/**
 * The versions of the stored draft document (DRAFT-CONTRACT.md). The domain schema of the current
 * version lives in `forms/c100/draft.ts` (`DRAFT_SCHEMA_VERSION`); this module only knows the JSON
 * shapes well enough to migrate older documents, so it deliberately does not import that schema
 * (the migration chain must keep working whatever the current schema grows into).
 */

/** The draft version every migration ends at. A test keeps it equal to `DRAFT_SCHEMA_VERSION`. */
export const CURRENT_DRAFT_VERSION = 2;

/** The oldest draft version that can still be migrated. */
export const OLDEST_DRAFT_VERSION = 1;

/** The person lists of a draft: in v1 each entry had `fullName` and an ISO `dateOfBirth`. */
export const PERSON_LIST_KEYS = [
  'children',
  'otherChildren',
  'applicants',
  'respondents',
  'otherPeople',
] as const;
export type PersonListKey = (typeof PERSON_LIST_KEYS)[number];
