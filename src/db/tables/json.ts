/** A json/jsonb value as the drivers parse it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
