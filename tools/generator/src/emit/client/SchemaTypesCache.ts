import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Types openapi-typescript made for a method's schemas, by a hash of those schemas, kept in a file
 * between runs (under node_modules/.cache): regenerating after an edit that leaves schemas alone
 * skips loading TypeScript. Entries not used by a run are dropped when it is saved.
 */
export class SchemaTypesCache {
  readonly #file: string;
  readonly #stored: Map<string, string>;
  readonly #used = new Map<string, string>();

  constructor(file: string) {
    this.#file = file;
    let stored: Record<string, string> = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    this.#stored = new Map(Object.entries(stored));
  }

  get(key: string): string | undefined {
    const types = this.#stored.get(key);
    if (types !== undefined) this.#used.set(key, types);
    return types;
  }

  set(key: string, types: string): void {
    this.#used.set(key, types);
  }

  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.tmp-${process.pid}`;
    writeFileSync(temp, JSON.stringify(Object.fromEntries(this.#used)));
    renameSync(temp, this.#file);
  }
}
