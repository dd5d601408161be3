import { beijingDateStamp } from './beijingTime.js';

/**
 * Numbers for documents the caller did not number, shaped like the doc pages' examples: a prefix,
 * the Beijing date and a four-digit sequence per prefix and day (`QR202206240004`, `CG202003260001`).
 */
export class DocumentNumbers {
  readonly #sequences = new Map<string, number>();

  /** The next free number; `isTaken` skips numbers a seed or a caller already used. */
  next(prefix: string, nowMs: number, isTaken: (documentNo: string) => boolean): string {
    const day = `${prefix}${beijingDateStamp(nowMs)}`;
    let sequence = this.#sequences.get(day) ?? 0;
    let documentNo: string;
    do {
      sequence++;
      documentNo = `${day}${String(sequence).padStart(4, '0')}`;
    } while (isTaken(documentNo));
    this.#sequences.set(day, sequence);
    return documentNo;
  }

  reset(): void {
    this.#sequences.clear();
  }
}
