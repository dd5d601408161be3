import type { MockMethodSpec } from '../MockMethodSpec.js';
import { resourceDefinitionsOf, type ResourceDefinition } from './ResourceDefinition.js';
import { seedRecordsOf, type ResourceSeed } from './seedRecords.js';
import type { StoredRecord } from './StoredRecord.js';

/** The records of every declared resource, by resource name and key. */
export class ResourceStore {
  readonly definitions: ReadonlyMap<string, ResourceDefinition>;
  readonly #records = new Map<string, Map<string, StoredRecord>>();
  readonly #methods: Readonly<Record<string, MockMethodSpec>>;
  readonly #seed: ResourceSeed;
  readonly #now: () => number;
  #nextId = 1;

  /**
   * Starts from the seed the specs give (their examples: see seedRecordsOf) and `seed`, records by
   * resource name as a fixtures file holds them (item-shaped, like the defining query answers them).
   */
  constructor(methods: Readonly<Record<string, MockMethodSpec>>, seed: ResourceSeed = {}, now: () => number = Date.now) {
    this.definitions = resourceDefinitionsOf(methods);
    this.#methods = methods;
    this.#seed = seed;
    this.#now = now;
    this.reset();
  }

  /** The definition of a resource; throws for a name no query defines (the generator refuses such specs). */
  definition(resource: string): ResourceDefinition {
    const definition = this.definitions.get(resource);
    if (!definition) throw new Error(`no query defines the mock resource "${resource}"`);
    return definition;
  }

  get(resource: string, key: string): StoredRecord | undefined {
    return this.#records.get(resource)?.get(key);
  }

  has(resource: string, key: string): boolean {
    return this.#records.get(resource)?.has(key) ?? false;
  }

  /** Every record of a resource in filing order. */
  list(resource: string): StoredRecord[] {
    return [...(this.#records.get(resource)?.values() ?? [])];
  }

  /** Files a new record, or replaces the one with its key (keeping its id and creation time). */
  put(resource: string, record: Omit<StoredRecord, 'id' | 'createdMs' | 'modifiedMs'> & Partial<Pick<StoredRecord, 'createdMs' | 'modifiedMs'>>): StoredRecord {
    const records = this.#recordsOf(resource);
    const before = records.get(record.key);
    const nowMs = this.#now();
    const stored: StoredRecord = {
      ...record,
      id: before?.id ?? this.#nextId++,
      createdMs: record.createdMs ?? before?.createdMs ?? nowMs,
      modifiedMs: record.modifiedMs ?? nowMs,
    };
    records.set(record.key, stored);
    return stored;
  }

  /** Moves a record to a status and stamps the change. */
  setStatus(resource: string, key: string, status: number, nowMs: number): void {
    const record = this.get(resource, key);
    if (record) {
      record.status = status;
      record.modifiedMs = nowMs;
    }
  }

  /** Back to the seed records. */
  reset(): void {
    this.#records.clear();
    this.#nextId = 1;
    for (const { resource, record } of seedRecordsOf(this.definitions, this.#methods, this.#seed, this.#now())) this.put(resource, record);
  }

  #recordsOf(resource: string): Map<string, StoredRecord> {
    let records = this.#records.get(resource);
    if (!records) this.#records.set(resource, (records = new Map()));
    return records;
  }
}
