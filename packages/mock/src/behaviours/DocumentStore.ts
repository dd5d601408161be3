/**
 * Documents of one kind, keyed by their number. The store is the only writer: what `get` and
 * `list` hand out are copies, so a test that inspects state cannot change it by accident.
 */
export class DocumentStore<Document extends object> {
  readonly #documents = new Map<string, Document>();
  readonly #numberOf: (document: Document) => string;

  constructor(numberOf: (document: Document) => string, documents: Iterable<Document> = []) {
    this.#numberOf = numberOf;
    this.replaceAll(documents);
  }

  /** A copy of the document with this number, or undefined. */
  get(documentNo: string): Document | undefined {
    const document = this.#documents.get(documentNo);
    return document && { ...document };
  }

  /** Copies of every document, in insertion order. */
  list(): Document[] {
    return [...this.#documents.values()].map((document) => ({ ...document }));
  }

  /** Adds a document, or replaces the one with the same number. */
  put(document: Document): void {
    this.#documents.set(this.#numberOf(document), { ...document });
  }

  /** Drops every document and loads these. */
  replaceAll(documents: Iterable<Document>): void {
    this.#documents.clear();
    for (const document of documents) this.put(document);
  }

  /** Changes fields of a stored document (for the rules of subclasses). */
  protected update(documentNo: string, change: Partial<Document>): void {
    const document = this.#documents.get(documentNo);
    if (document) Object.assign(document, change);
  }
}
