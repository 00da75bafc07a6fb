/**
 * The renderer's Content Security Policy (Electron security checklist item 7; DESIGN.md "Privacy and
 * security": local only, no network at all from the renderer).
 *
 * Main sends it as a response header on every `app://` response; the renderer's `index.html` may
 * carry the same policy in a `<meta http-equiv="Content-Security-Policy">` (the build can inject
 * `CONTENT_SECURITY_POLICY`). Only `'self'` (the app's own `app://c100` origin) is ever allowed:
 * no remote origin, no `'unsafe-eval'`, no `'unsafe-inline'` scripts or styles.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // GOV.UK Frontend's stylesheet inlines a few small images as data: URIs (not a remote origin).
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'media-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
