/**
 * Documents of one kind, keyed by their number. The store is the only writer: what `get` and
 * `list` hand out are deep copies, so a test that inspects state cannot change it by accident.
 * `Seed` is what a test or a fixtures file may give (`put`, `replaceAll`); subclasses fill in
 * the rest in `normalize`.
 */
export class DocumentStore<Document extends object, Seed = Document> {
  readonly #documents = new Map<string, Document>();
  readonly #numberOf: (document: Document) => string;

  /** Subclasses load their seed documents themselves, once their own fields exist. */
  constructor(numberOf: (document: Document) => string) {
    this.#numberOf = numberOf;
  }

  /** A copy of the document with this number, or undefined. */
  get(documentNo: string): Document | undefined {
    const document = this.#documents.get(documentNo);
    return document && structuredClone(document);
  }

  /** Whether a document has this number. */
  has(documentNo: string): boolean {
    return this.#documents.has(documentNo);
  }

  /** Copies of every document, in insertion order. */
  list(): Document[] {
    return [...this.#documents.values()].map((document) => structuredClone(document));
  }

  /** How many documents the store holds. */
  get size(): number {
    return this.#documents.size;
  }

  /** Adds a document, or replaces the one with the same number. */
  put(seed: Seed): void {
    const document = this.normalize(structuredClone(seed));
    this.#documents.set(this.#numberOf(document), document);
  }

  /** Drops every document and loads these. */
  replaceAll(seeds: Iterable<Seed>): void {
    this.#documents.clear();
    this.onClear();
    for (const seed of seeds) this.put(seed);
  }

  /** A complete document from what was given (defaults, ids, timestamps); the identity by default. */
  protected normalize(seed: Seed): Document {
    return seed as unknown as Document;
  }

  /** Resets what subclasses derive from their documents (id sequences) before a reload. */
  protected onClear(): void {}

  /** Changes fields of a stored document (for the rules of subclasses). */
  protected update(documentNo: string, change: Partial<Document>): void {
    const document = this.#documents.get(documentNo);
    if (document) Object.assign(document, change);
  }

  /** The stored documents themselves, for the queries of subclasses; never hand them out. */
  protected stored(): IterableIterator<Document> {
    return this.#documents.values();
  }
}
