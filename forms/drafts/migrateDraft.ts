/**
 * Bring a stored draft document of any supported version up to the current version. The vault calls
 * this on every load, so drafts saved by older versions of C100 Prep open unchanged in meaning.
 */
import { z } from 'zod';
import { DraftFormatError, UnsupportedDraftVersionError } from './draftMigrationErrors';
import { CURRENT_DRAFT_VERSION, OLDEST_DRAFT_VERSION } from './draftVersions';
import { migrateV1ToV2 } from './migrations/migrateV1ToV2';
import type { MigrationWarning } from './migrations/migrateV1ToV2';

export type { MigrationWarning } from './migrations/migrateV1ToV2';

type JsonObject = Record<string, unknown>;
type Migration = (draft: JsonObject, warnings: MigrationWarning[]) => JsonObject;

/** MIGRATIONS[v] turns a version v draft into a version v + 1 draft. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
};

const VersionedDocument = z.looseObject({ schemaVersion: z.unknown() });

export interface MigratedDraft {
  /** The draft at `CURRENT_DRAFT_VERSION` (a new object when migrated; the input itself when current). */
  draft: JsonObject;
  /** The version the document had before migration; absent when it was already current. */
  migratedFrom?: number;
  /** Fields that could not be carried over exactly (the user should check them). */
  warnings: MigrationWarning[];
}

/**
 * Read the draft version of a stored document.
 * @throws {DraftFormatError} when the document is not an object or has no schemaVersion.
 * @throws {UnsupportedDraftVersionError} when the version is not an integer this code knows.
 */
export function draftVersionOf(raw: unknown): number {
  const parsed = VersionedDocument.safeParse(raw);
  if (!parsed.success) throw new DraftFormatError('it is not a JSON object');
  const version = parsed.data.schemaVersion;
  if (version === undefined) throw new DraftFormatError('it has no schemaVersion');
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_DRAFT_VERSION ||
    version > CURRENT_DRAFT_VERSION
  ) {
    throw new UnsupportedDraftVersionError(version);
  }
  return version;
}

/**
 * Migrate a stored draft document to `CURRENT_DRAFT_VERSION`, one version step at a time. Pure: the
 * input is never modified. It only transforms JSON shapes; validating the result is the job of
 * `C100DraftSchema`.
 *
 * @example migrateDraft({ schemaVersion: 1, applicants: [{ id: 'a1', fullName: 'Jane Smith' }] })
 *   // -> { draft: { schemaVersion: 2, applicants: [{ id: 'a1', firstNames: 'Jane', lastName: 'Smith' }] }, migratedFrom: 1, warnings: [] }
 * @throws {DraftFormatError} when the document is not an object or has no schemaVersion.
 * @throws {UnsupportedDraftVersionError} for a future or unknown version.
 */
export function migrateDraft(raw: unknown): MigratedDraft {
  const from = draftVersionOf(raw);
  // draftVersionOf has established that raw is a plain object.
  let draft = raw as JsonObject;
  const warnings: MigrationWarning[] = [];
  if (from === CURRENT_DRAFT_VERSION) return { draft, warnings };
  for (let version = from; version < CURRENT_DRAFT_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new UnsupportedDraftVersionError(version);
    draft = step(draft, warnings);
  }
  return { draft, migratedFrom: from, warnings };
}
