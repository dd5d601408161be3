// Test support: signs calls the way the client does (core's encodeRequest) and sends them to a mock.
import { encodeRequest, type Pager, type WdtCredentials } from '@wdt-kit/core';
import { DEFAULT_MOCK_ACCOUNT } from '../defaultAccount.js';
import type { MockEnvelope } from '../MockEnvelope.js';
import type { WdtMock } from '../WdtMock.js';

/** 2024-01-01T00:00:00Z: the clock of the shared signature vectors made with the default account. */
export const FIXED_NOW_MS = 1_704_067_200_000;

/** The part of the default appSecret that must never be printed. */
export const DEFAULT_SECRET = DEFAULT_MOCK_ACCOUNT.appSecret.slice(0, DEFAULT_MOCK_ACCOUNT.appSecret.indexOf(':'));

export interface CallMockInput {
  method: string;
  args: readonly unknown[];
  pager?: Pager;
  /** Default: the mock's default account. */
  credentials?: WdtCredentials;
  /** The client's clock; default FIXED_NOW_MS. */
  clientNowMs?: number;
  /** Changes the signed query before sending, to break the request on purpose. */
  tamper?: (query: URLSearchParams) => void;
}

export interface MockAnswer {
  response: Response;
  envelope: MockEnvelope;
}

/** One signed call through `mock.fetch`; returns the HTTP response and the parsed envelope. */
export async function callMock(mock: WdtMock, input: CallMockInput): Promise<MockAnswer> {
  const request = encodeRequest({
    credentials: input.credentials ?? DEFAULT_MOCK_ACCOUNT,
    method: input.method,
    args: input.args,
    ...(input.pager ? { pager: input.pager } : {}),
    nowMs: input.clientNowMs ?? FIXED_NOW_MS,
    baseUrl: mock.url,
  });
  const url = new URL(request.url);
  input.tamper?.(url.searchParams);
  const response = await mock.fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  return { response, envelope: (await response.clone().json()) as MockEnvelope };
}

/** The envelope only, for tests about answers. */
export async function envelopeOf(mock: WdtMock, input: CallMockInput): Promise<MockEnvelope> {
  return (await callMock(mock, input)).envelope;
}
