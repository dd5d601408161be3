import type { FieldSchema, SchemaType } from '@wdt-kit/core';
import { DEFAULT_DECIMAL_STYLES, itemPath, propertyPath, type DecimalStyles } from './decimalStyle.js';
import type { SeededRandom } from './seededRandom.js';

/** Where a value is generated: its path under `data` and the decimal style of the method. */
export interface GenerationPlace {
  path: string;
  decimals: DecimalStyles;
}

const ANYWHERE: GenerationPlace = { path: '', decimals: DEFAULT_DECIMAL_STYLES };

// Generated moments fall in the 30 days after 2024-01-01 00:00:00 Beijing time, so sample data
// looks alike from run to run and does not depend on the clock.
const BASE_WALL_CLOCK_MS = Date.UTC(2024, 0, 1);
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const SPREAD_SECONDS = 30 * 86_400;

const typesOf = (schema: FieldSchema): readonly SchemaType[] => (typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []));

function typeToGenerate(schema: FieldSchema, place: GenerationPlace): SchemaType {
  if (schema.type === undefined) return schema.properties ? 'object' : schema.items ? 'array' : 'string';
  const types = typesOf(schema);
  const admits = (type: SchemaType) => types.includes(type);
  // Millisecond times are numbers on every page that shows one, also where the spec allows a string.
  if (schema.format === 'epoch-ms' && admits('integer')) return 'integer';
  if (schema.format === 'decimal' && admits('number') && admits('string')) return place.decimals.at(place.path);
  return types.find((type) => type !== 'null') ?? 'null';
}

function wallClock(random: SeededRandom): string {
  const ms = BASE_WALL_CLOCK_MS + random.int(0, SPREAD_SECONDS) * 1000;
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

// The same moments as wallClock, as unix milliseconds (the wall clock is Beijing time).
function epochMs(random: SeededRandom): number {
  return BASE_WALL_CLOCK_MS - BEIJING_OFFSET_MS + random.int(0, SPREAD_SECONDS) * 1000;
}

function generateString(schema: FieldSchema, random: SeededRandom, name: string): string {
  switch (schema.format) {
    case 'datetime':
      return wallClock(random);
    case 'date':
      return wallClock(random).slice(0, 10);
    case 'decimal':
      return (random.int(0, 1_000_000) / 100).toFixed(4);
    case 'epoch-ms':
      return String(epochMs(random));
    default: {
      const text = `${name}_${random.int(1, 99_999)}`;
      return schema.maxLength === undefined ? text : text.slice(0, schema.maxLength);
    }
  }
}

function generateNumber(schema: FieldSchema, random: SeededRandom, integer: boolean): number {
  if (schema.format === 'epoch-ms') return epochMs(random);
  const min = schema.minimum ?? 0;
  const max = schema.maximum ?? min + 1000;
  if (integer) return random.int(Math.ceil(min), Math.floor(max));
  return Math.min(max, Math.round((min + random.next() * (max - min)) * 100) / 100);
}

/**
 * A value that satisfies the schema, the same for the same random sequence: enums pick a member,
 * formats (datetime, date, decimal, epoch-ms) are honoured, strings are named after their field
 * (`order_no_4821`), arrays have one to three items and objects every documented property.
 * Shaped like the pages' examples: epoch-ms values are integers wherever the schema allows one,
 * and a decimal that may be a number or a string takes the method's style at its path (`place`).
 */
export function generateFromSchema(schema: FieldSchema, random: SeededRandom, name = 'value', place: GenerationPlace = ANYWHERE): unknown {
  if (schema.enum && schema.enum.length > 0) return random.pick(schema.enum);
  switch (typeToGenerate(schema, place)) {
    case 'string':
      return generateString(schema, random, name);
    case 'integer':
      return generateNumber(schema, random, true);
    case 'number':
      return generateNumber(schema, random, false);
    case 'boolean':
      return random.next() < 0.5;
    case 'null':
      return null;
    case 'array': {
      if (!schema.items) return [];
      const length = Math.min(random.int(1, 3), schema.maxItems ?? Number.POSITIVE_INFINITY);
      const items = { ...place, path: itemPath(place.path) };
      return Array.from({ length }, () => generateFromSchema(schema.items!, random, name, items));
    }
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) object[key] = generateFromSchema(property, random, key, { ...place, path: propertyPath(place.path, key) });
      return object;
    }
  }
}
