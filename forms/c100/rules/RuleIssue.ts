/**
 * An answer the rules still need, at its draft path. The path is dot-separated with array indices
 * (`applicants.0.relationships.1.permission.consent`), the same form as `toApplication` issues.
 */
export interface RuleIssue {
  path: string;
  /** `required`: not answered yet; `conflict`: answered in a way that contradicts itself. */
  code: 'required' | 'conflict';
  /** Plain words: what to do. */
  message: string;
}

export function requiredIssue(path: string, message: string): RuleIssue {
  return { path, code: 'required', message };
}
