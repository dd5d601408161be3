/**
 * Words that cannot name a parameter in the generated strict-mode ES modules (reserved words, the
 * strict-mode and module restrictions `eval`, `arguments`, `await`, `yield`, `let`, `static`), plus
 * the parameters every generated function already has.
 */
const UNUSABLE = new Set([
  ...'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with'.split(' '),
  ...'implements interface let package private protected public static yield await eval arguments'.split(' '),
  ...'client pager options'.split(' '),
]);

/**
 * The parameter name of each argument: its documented name, or that name with `_` appended (as often
 * as needed to stay unique) when the name cannot be a parameter. Arguments keep their wire names in the
 * request body; only the TypeScript parameter differs.
 */
export function parameterNamesOf(argNames: readonly string[]): string[] {
  const taken = new Set(argNames);
  return argNames.map((name) => {
    if (!UNUSABLE.has(name)) return name;
    let candidate = `${name}_`;
    while (taken.has(candidate) || UNUSABLE.has(candidate)) candidate += '_';
    taken.add(candidate);
    return candidate;
  });
}
