/**
 * Folder names for `c100 batch`: one folder per draft under `--out`, named so that it is safe on
 * Windows, macOS and Linux alike and never collides with another draft's folder in the same run.
 */

/** At most this many characters: 60 characters of up to 4 UTF-8 bytes stay under the 255-byte limit of ext4/APFS/NTFS, with room for "-NN". */
export const MAX_FOLDER_NAME_LENGTH = 60;

/** Device names Windows refuses as file or folder names, whatever the extension. */
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A lower-case slug of `text`: accents dropped ("Nguyễn" → "nguyen"), every run of characters that
 * is not a letter or a digit becomes one "-", trimmed to `MAX_FOLDER_NAME_LENGTH` characters.
 * Letters of other scripts are kept (file systems store them), so "محمد" stays readable.
 * Returns `fallback` when nothing usable is left.
 */
export function safeFolderName(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, not UTF-16 units, so no surrogate pair is split.
  const cut = Array.from(slug).slice(0, MAX_FOLDER_NAME_LENGTH).join('').replace(/-+$/, '');
  if (cut === '') return fallback;
  return WINDOWS_RESERVED_NAMES.test(cut) ? `${cut}-draft` : cut;
}

/**
 * `name`, or `name-2`, `name-3`… whichever is not yet in `taken`; records the result in `taken`.
 * Names are compared in lower case, since Windows and macOS folders ignore case.
 */
export function claimUniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
