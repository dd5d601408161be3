// Readers for arguments that already passed the spec's checks. They stay lenient because the real
// specs may type a field more loosely than a behaviour expects (a decimal as number or string).

export type Fields = Record<string, unknown>;

export function asFields(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
}

export function asFieldsList(value: unknown): Fields[] {
  return Array.isArray(value) ? value.map(asFields) : [];
}

/** A string field; numbers are written out, anything else is ''. */
export function readText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** A number field: numbers, numeric strings ('1.5000'); '' / null / missing give the fallback. */
export function readNumber(value: unknown, fallback = 0): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return fallback;
}

/** A flag: true, 1, '1' and 'true' are set. */
export function readFlag(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

/** Only the keys that are present, so an update changes only what a call sent. */
export function presentFields<Key extends string>(fields: Fields, keys: readonly Key[]): Partial<Record<Key, unknown>> {
  const present: Partial<Record<Key, unknown>> = {};
  for (const key of keys) if (fields[key] !== undefined && fields[key] !== null) present[key] = fields[key];
  return present;
}

/** The text fields among `keys` that are present, read as text. */
export function readTextFields<Key extends string>(fields: Fields, keys: readonly Key[]): Partial<Record<Key, string>> {
  const read: Partial<Record<Key, string>> = {};
  for (const [key, value] of Object.entries(presentFields(fields, keys))) read[key as Key] = readText(value);
  return read;
}

/** The number fields among `keys` that are present, read as numbers. */
export function readNumberFields<Key extends string>(fields: Fields, keys: readonly Key[]): Partial<Record<Key, number>> {
  const read: Partial<Record<Key, number>> = {};
  for (const [key, value] of Object.entries(presentFields(fields, keys))) read[key as Key] = readNumber(value);
  return read;
}
