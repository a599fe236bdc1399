/**
 * A tiny adapter from a zod schema (as exported by @matchready/contract) to a Mantine form
 * `validate` function. Structural types keep zod itself out of the web app's dependencies.
 */

export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface SafeParseSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** zod path `['specialties', 0]` → Mantine form path `specialties.0`. */
export function toFormPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'symbol' ? (part.description ?? '') : String(part)))
    .join('.');
}

/**
 * First message per path wins, like a person reading the form top to bottom would want. An issue
 * inside a list (`specialties.1`) also marks the list itself, since inputs such as TagsInput
 * bind the whole list to one field.
 */
export function issuesToFormErrors(issues: readonly SchemaIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = toFormPath(issue.path);
    if (!(key in errors)) errors[key] = issue.message;
    const head = issue.path[0];
    if (issue.path.length > 1 && head !== undefined) {
      const parent = toFormPath([head]);
      if (!(parent in errors)) errors[parent] = issue.message;
    }
  }
  return errors;
}

export function zodFormValidate<Values>(
  schema: SafeParseSchema,
  transform: (values: Values) => unknown = (values) => values,
): (values: Values) => Record<string, string> {
  return (values) => {
    const result = schema.safeParse(transform(values));
    return result.success ? {} : issuesToFormErrors(result.error.issues);
  };
}
