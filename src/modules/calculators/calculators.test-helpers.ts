/** Shared by the calculator route tests: the fields a 400's problem names, sorted. */
export type FieldIssue = { field: string; code: string; message: string };
export const fieldsOf = (json: { errors?: FieldIssue[] }) => (json.errors ?? []).map((issue) => issue.field).sort();
