/** Joins the class names that are set (a tiny stand-in for the `classnames` package). */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name.length > 0).join(' ');
}
