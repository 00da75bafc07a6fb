export { CURRENT_DRAFT_VERSION, OLDEST_DRAFT_VERSION, PERSON_LIST_KEYS } from './draftVersions';
export type { PersonListKey } from './draftVersions';
export { DraftFormatError, UnsupportedDraftVersionError } from './draftMigrationErrors';
export { migrateDraft, draftVersionOf } from './migrateDraft';
export type { MigratedDraft, MigrationWarning } from './migrateDraft';
export { splitFullName, isoDateToParts } from './migrations/migrateV1ToV2';
