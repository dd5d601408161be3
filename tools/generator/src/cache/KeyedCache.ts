import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Text results of the generator's slow steps by a hash of their input, kept in a file between runs
 * (under node_modules/.cache/wdt-generate): each spec file's parsed data, and the types
 * openapi-typescript made for each method's schemas. Regenerating after an edit to one spec reuses
 * the rest, and loads neither a YAML reader's slow path nor TypeScript for what did not change.
 * Entries a run did not use are dropped when it is saved.
 */
export class KeyedCache {
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
