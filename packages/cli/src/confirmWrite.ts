import { normalizeBaseUrl, WDT_PRODUCTION_URL } from '@wdt-kit/core';
import { createInterface } from 'node:readline/promises';
import { UsageError } from './exitCodes.js';

export interface ConfirmContext {
  method: string;
  /** The method changes data (a write, even an idempotent one such as a cancel or an upsert). */
  writes: boolean;
  baseUrl: string | undefined;
  /** The profile marks its endpoint as one whose writes must be confirmed. */
  confirmWrites?: boolean;
  sid: string;
  yes: boolean;
  dryRun: boolean;
  stdinIsTTY: boolean;
}

/** A write goes to production: the default endpoint, the documented production URL, or a profile marked confirmWrites. */
export function isProductionWrite(context: Pick<ConfirmContext, 'writes' | 'baseUrl' | 'confirmWrites'>): boolean {
  if (!context.writes) return false;
  return Boolean(context.confirmWrites) || normalizeBaseUrl(context.baseUrl ?? WDT_PRODUCTION_URL).replace(/^https:/, 'http:') === WDT_PRODUCTION_URL;
}

/**
 * Asks before a write against production when a person is at the terminal (stdin is a TTY) and
 * --yes was not given; scripts (no TTY) are never asked. Anything but "yes" stops with nothing sent.
 */
export async function confirmWrite(context: ConfirmContext, stderr: NodeJS.WritableStream = process.stderr, stdin: NodeJS.ReadableStream = process.stdin): Promise<void> {
  if (context.yes || context.dryRun || !context.stdinIsTTY || !isProductionWrite(context)) return;
  const prompt = createInterface({ input: stdin, output: stderr, terminal: false });
  try {
    const question = `${context.method} changes data in the production ERP of seller ${context.sid}. Type "yes" to send it: `;
    stderr.write(question);
    // The first line is the answer; end of input counts as "no".
    const answer = await new Promise<string>((resolve) => {
      prompt.once('line', resolve);
      prompt.once('close', () => resolve(''));
    });
    if (answer.trim().toLowerCase() !== 'yes') throw new UsageError('not confirmed; nothing was sent (use --yes in scripts)');
  } finally {
    prompt.close();
  }
}
