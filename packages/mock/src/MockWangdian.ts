import { parseAppSecret, verifyRequest, type VerifiedRequest, type WdtCredentials } from '@wdt-kit/core';
import { genericAnswer } from './answers/genericAnswer.js';
import { behaviourTable } from './behaviours/behaviourTable.js';
import type { MockBehaviour } from './behaviours/MockBehaviour.js';
import { isAcceptedContentType } from './checks/acceptedContentType.js';
import { checkCall } from './checks/checkCall.js';
import { isCorrectlySigned } from './checks/isCorrectlySigned.js';
import { declaredBehaviours } from './engine/declaredBehaviours.js';
import { DEFAULT_MOCK_ACCOUNT } from './defaultAccount.js';
import { badGatewayResponse } from './faults/badGatewayPage.js';
import { itemErrorsAnswer } from './faults/itemErrorsAnswer.js';
import { RATE_LIMIT_MESSAGES, type MockFault, type MockFaultRule } from './faults/MockFault.js';
import { MockFaults } from './faults/MockFaults.js';
import { handlerTable } from './generated/handlers.js';
import { CallLog, DEFAULT_MAX_CALLS } from './limits/CallLog.js';
import { CallQuota, type RateLimit } from './limits/CallQuota.js';
import { checkMaxBodyBytes, DEFAULT_MAX_BODY_BYTES } from './limits/payloadTooLargePage.js';
import type { MockCall } from './MockCall.js';
import { failure, type MockEnvelope } from './MockEnvelope.js';
import { jsonResponse, type MockHttpRequest, type MockReply } from './MockHttpExchange.js';
import type { MockMethodSpec } from './MockMethodSpec.js';
import { MockState, type MockSeed } from './MockState.js';
import { SYSTEM_BEHAVIOURS, SYSTEM_METHODS } from './systemMethods.js';

export interface MockOptions {
  /** The accounts the mock accepts; default the one DEFAULT_MOCK_ACCOUNT. */
  accounts?: readonly WdtCredentials[];
  /** The mock's clock in unix milliseconds (timestamp window, Date header, document times); default Date.now. */
  now?: () => number;
  /** The documents the stateful methods start with; a kind left out gets its defaults (see README). */
  seed?: MockSeed;
  /** Seed of the generated answers; default 0. */
  dataSeed?: string | number;
  /** Rows of a paged method without behaviour; default 42. */
  pagedRowCount?: number;
  /** The methods the mock knows; default every spec (the generated handler table). */
  methods?: Readonly<Record<string, MockMethodSpec>>;
  /** Hand-written answers by method name, over the built-in ones. */
  behaviours?: Readonly<Record<string, MockBehaviour>>;
  /** Faults to inject from the start (and again after reset). */
  faults?: readonly MockFaultRule[];
  /** Seed of the fault probability rolls; default 0. */
  faultSeed?: string | number;
  /** Sees every recorded call as it is answered. */
  onCall?: (call: MockCall) => void;
  /** How many of the latest calls `calls` keeps (a ring); default 10 000. */
  maxCalls?: number;
  /** The largest request body read, in bytes; a longer one gets HTTP 413 unread. Default 10 MiB. */
  maxBodyBytes?: number;
  /** A per-minute quota per sid and method; beyond it, status 100 with the error guide's rate-limit message. Default none. */
  rateLimit?: RateLimit;
}

// The answer to a method name the mock has no spec for. The error guide answers status 100 权限不足
// when "sid, appkey and url are right" but the app lacks the method ("请登录开放平台申请对应接口权限"):
// the server checks that permission by method name before the arguments, and a name that is not a
// method can never have been granted. Status 1 is for the protocol and argument binding, and none
// of its messages is about the method.
const UNKNOWN_METHOD = failure(100, '权限不足');

// A Content-Type the open API does not take (form-urlencoded, none at all, text/plain…). The
// guide says such requests are not supported, not how they fail; every documented refusal is an
// HTTP 200 envelope (protocol §7), and status 1 参数错误 is the guide's "check the arguments".
const UNSUPPORTED_CONTENT_TYPE = failure(1, '参数错误');

// Every spec'd method and the system ones: one object, so what is derived from the table (resource
// definitions, example goods) is built once for every mock that uses it.
const DEFAULT_METHODS: Readonly<Record<string, MockMethodSpec>> = { ...SYSTEM_METHODS, ...handlerTable };

// The sign covers the exact bytes: decode without dropping a byte-order mark or anything else.
// One decoder for every call: decode() without `stream` keeps no state between calls.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

// The socket server hands over the request target (`/openapi?…`), the fetch doors an absolute URL;
// the target is split by hand, as building a URL for it is a measurable part of a call's cost.
function pathAndQuery(target: string): { pathname: string; query: URLSearchParams } {
  if (!target.startsWith('/') || target.startsWith('//')) {
    const url = new URL(target, 'http://wdt-mock.invalid');
    return { pathname: url.pathname, query: url.searchParams };
  }
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const hash = path.indexOf('#');
  return { pathname: hash === -1 ? path : path.slice(0, hash), query: new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1).split('#')[0]) };
}

// How the connection ends for a call whose envelope was made.
function replyWith(envelopeReply: MockReply & { kind: 'respond' }, fault: MockFault | undefined): MockReply {
  switch (fault?.type) {
    case 'latency':
      return { ...envelopeReply, delayMs: fault.ms };
    case 'dropAfterExecute':
      return { kind: 'close' };
    case 'neverEnds':
      return { kind: 'neverEnds', response: envelopeReply.response };
    default:
      return envelopeReply;
  }
}

/**
 * The simulated Wangdian open API behind every front door (socket server, in-process fetch, msw):
 * verifies each request as the real server does, checks its arguments against the spec, answers
 * from a hand-written behaviour or generically, injects the configured faults and records the call.
 */
export class MockWangdian {
  readonly state: MockState;
  /** The faults injected into calls: `add`, `clear`, `rules`. */
  readonly faults: MockFaults;
  /** The largest request body the front doors read, in bytes. */
  readonly maxBodyBytes: number;
  readonly #calls: CallLog;
  readonly #quota: CallQuota | undefined;
  readonly #accounts: ReadonlyMap<string, WdtCredentials>;
  readonly #now: () => number;
  readonly #methods: Readonly<Record<string, MockMethodSpec>>;
  readonly #behaviours: Readonly<Record<string, MockBehaviour>>;
  readonly #genericAnswer: MockBehaviour;
  readonly #onCall: ((call: MockCall) => void) | undefined;

  constructor(options: MockOptions = {}) {
    const accounts = options.accounts ?? [DEFAULT_MOCK_ACCOUNT];
    for (const account of accounts) parseAppSecret(account.appSecret); // a malformed secret fails here, not on every call
    this.#accounts = new Map(accounts.map((account) => [account.sid, { ...account }]));
    this.#now = options.now ?? Date.now;
    this.#methods = options.methods ? { ...SYSTEM_METHODS, ...options.methods } : DEFAULT_METHODS;
    this.#behaviours = { ...SYSTEM_BEHAVIOURS, ...declaredBehaviours(this.#methods), ...behaviourTable, ...options.behaviours };
    this.#genericAnswer = genericAnswer({ dataSeed: options.dataSeed ?? 0, pagedRowCount: options.pagedRowCount ?? 42 });
    this.#onCall = options.onCall;
    this.state = new MockState(options.seed, this.#now, this.#methods);
    this.faults = new MockFaults(options.faults, options.faultSeed ?? 0);
    this.#calls = new CallLog(options.maxCalls ?? DEFAULT_MAX_CALLS);
    this.#quota = options.rateLimit ? new CallQuota(options.rateLimit) : undefined;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    checkMaxBodyBytes(this.maxBodyBytes);
  }

  /** The mock's clock, unix milliseconds. */
  now(): number {
    return this.#now();
  }

  /** The latest calls (up to `maxCalls`), oldest first. */
  get calls(): readonly MockCall[] {
    return this.#calls.list();
  }

  /** Back to the seed documents and the initial faults, with no recorded calls. */
  reset(): void {
    this.state.reset();
    this.faults.reset();
    this.#quota?.reset();
    this.#calls.clear();
  }

  /**
   * Answers one HTTP request. Synchronous from the verified body to the state change, so a call's
   * state change is atomic; the front door then delivers the reply (delay, reset, stall).
   */
  handle(request: MockHttpRequest): MockReply {
    const { pathname, query } = pathAndQuery(request.url);
    if (request.method !== 'POST' || pathname !== '/openapi') {
      const message = `wdt-mock answers POST /openapi only, not ${request.method} ${pathname}`;
      return { kind: 'respond', response: jsonResponse(404, { message }, this.#now()), delayMs: 0 };
    }
    const called = { sid: query.get('sid') ?? '', method: query.get('method') ?? '' };
    if (request.contentType !== undefined && !isAcceptedContentType(request.contentType)) {
      const nowMs = this.#now();
      this.#record({ time: nowMs, ...called, status: UNSUPPORTED_CONTENT_TYPE.status, message: UNSUPPORTED_CONTENT_TYPE.message! });
      return { kind: 'respond', response: jsonResponse(200, UNSUPPORTED_CONTENT_TYPE, nowMs), delayMs: 0 };
    }
    const body = UTF8.decode(request.body);
    const findAccount = (sid: string) => this.#accounts.get(sid);
    const clockMs = this.#now();
    const onTime = verifyRequest({ query, body, nowMs: clockMs, findAccount });
    // Fault rules are spent by correctly signed calls only (a skewed clock is no excuse, a wrong sign is).
    const fault = onTime.ok || isCorrectlySigned(query, body, findAccount) ? this.faults.draw(called.method) : undefined;
    const nowMs = clockMs + (fault?.type === 'clockSkew' ? fault.ms : 0);
    const faultRecord = fault ? { fault: fault.type } : {};
    // Faults in front of the API: the call never runs and no envelope is made.
    if (fault?.type === 'connectionReset') {
      this.#record({ time: nowMs, ...called, ...faultRecord });
      return { kind: 'reset' };
    }
    if (fault?.type === 'badGateway') {
      this.#record({ time: nowMs, ...called, ...faultRecord });
      return { kind: 'respond', response: badGatewayResponse(nowMs), delayMs: 0 };
    }
    const verified = fault?.type === 'clockSkew' ? verifyRequest({ query, body, nowMs, findAccount }) : onTime;
    let envelope: MockEnvelope;
    if (!verified.ok) envelope = failure(verified.status, verified.message);
    else if (fault?.type === 'rateLimit') envelope = failure(100, RATE_LIMIT_MESSAGES[fault.limit ?? 'frequency']);
    else if (this.#overQuota(verified, nowMs)) envelope = failure(100, RATE_LIMIT_MESSAGES.frequency);
    else envelope = this.#answer(verified, nowMs, fault);
    this.#record({
      time: nowMs,
      ...called,
      ...(verified.ok ? { args: verified.args } : {}),
      ...(verified.ok && verified.pager ? { pager: verified.pager } : {}),
      status: envelope.status,
      ...(envelope.message !== undefined ? { message: envelope.message } : {}),
      ...faultRecord,
    });
    return replyWith({ kind: 'respond', response: jsonResponse(200, envelope, nowMs), delayMs: 0 }, fault);
  }

  // Quotas count the verified calls of known methods: a name the mock does not know is answered
  // 权限不足 and would only grow the counters.
  #overQuota(request: Extract<VerifiedRequest, { ok: true }>, nowMs: number): boolean {
    if (!this.#quota || !Object.hasOwn(this.#methods, request.method)) return false;
    return !this.#quota.take(request.sid, request.method, nowMs);
  }

  #answer(request: Extract<VerifiedRequest, { ok: true }>, nowMs: number, fault: MockFault | undefined): MockEnvelope {
    // hasOwn: a method named like an Object.prototype member ("constructor") is not a spec.
    if (!Object.hasOwn(this.#methods, request.method)) return UNKNOWN_METHOD;
    const spec = this.#methods[request.method]!;
    const checked = checkCall(spec, request.args, request.pager);
    if (!checked.ok) return checked.envelope;
    const failedItems = fault?.type === 'itemErrors' ? itemErrorsAnswer(spec, checked.args) : undefined;
    if (failedItems) return failedItems;
    const behaviour = Object.hasOwn(this.#behaviours, spec.method) ? this.#behaviours[spec.method]! : this.#genericAnswer;
    return behaviour({ spec, args: checked.args, ...(request.pager ? { pager: request.pager } : {}), state: this.state, nowMs });
  }

  #record(call: MockCall): void {
    this.#calls.push(call);
    this.#onCall?.(call);
  }
}
