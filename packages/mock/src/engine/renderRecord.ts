import type { FieldSchema } from '@wdt-kit/core';
import type { GenerationPlace } from '../answers/generateFromSchema.js';
import { generateFromSchema } from '../answers/generateFromSchema.js';
import { itemPath, propertyPath } from '../answers/decimalStyle.js';
import { seededRandom } from '../answers/seededRandom.js';
import { fitMoment, fitValue } from './fitValue.js';
import type { ResourceDefinition } from './ResourceDefinition.js';
import type { StoredRecord } from './StoredRecord.js';

function overlay(target: Record<string, unknown>, schema: FieldSchema, fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    const property = schema.properties?.[field];
    if (!property) continue;
    const fitted = fitValue(value, property);
    if (fitted !== undefined) target[field] = fitted;
  }
}

/**
 * A stored record as one list item of a query: the item schema's fields generated from the
 * record's key (the same every time), then every stored field the item has, its status, times
 * and lines. A field whose stored value does not fit the item schema keeps the generated one, so
 * the answer always validates against the query's spec.
 */
export function renderRecord(record: StoredRecord, resource: ResourceDefinition, item: FieldSchema, place: GenerationPlace): Record<string, unknown> {
  const random = seededRandom(`${resource.name}\0${record.key}`);
  const row = generateFromSchema(item, random, 'item', place) as Record<string, unknown>;
  const properties = item.properties ?? {};
  overlay(row, item, record.fields);
  if (resource.key in properties) row[resource.key] = fitValue(record.key, properties[resource.key]!) ?? row[resource.key];
  if (resource.status !== undefined && record.status !== undefined && properties[resource.status]) {
    row[resource.status] = fitValue(record.status, properties[resource.status]!) ?? row[resource.status];
  }
  for (const [role, ms] of [['created', record.createdMs], ['modified', record.modifiedMs]] as const) {
    const field = resource[role];
    if (field !== undefined && properties[field]) row[field] = fitMoment(ms, properties[field]!) ?? row[field];
  }
  const linesField = resource.lines;
  const lineSchema = linesField === undefined ? undefined : properties[linesField]?.items;
  if (linesField !== undefined && lineSchema && record.lines) {
    const linePlace = { ...place, path: itemPath(propertyPath(place.path, linesField)) };
    row[linesField] = record.lines.map((line, i) => {
      const generated = generateFromSchema(lineSchema, seededRandom(`${resource.name}\0${record.key}\0line ${i}`), linesField, linePlace) as Record<string, unknown>;
      overlay(generated, lineSchema, line);
      return generated;
    });
  }
  return row;
}
