import { MOCK_FAULT_TYPES, type MockFault, type MockFaultRule, type MockFaultType } from './MockFault.js';

/** What `--fault` takes, for the usage text. */
export const FAULT_FLAG_SYNTAX = 'TYPE[=VALUE][,method=M][,probability=P][,times=N]';

function number(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value)) throw new TypeError(`${what} must be a number`);
  return value;
}

function faultOf(type: MockFaultType, value: string | undefined): MockFault {
  switch (type) {
    case 'latency':
    case 'clockSkew':
      return { type, ms: number(value, `${type}=MS`) };
    case 'rateLimit':
      if (value !== undefined && value !== 'frequency' && value !== 'concurrency') throw new TypeError('rateLimit takes frequency or concurrency');
      return value ? { type, limit: value } : { type };
    default:
      if (value !== undefined) throw new TypeError(`${type} takes no value`);
      return { type };
  }
}

/**
 * One `--fault` of the command line: the fault type with its value, then options, comma-separated:
 * `latency=500,method=sales.RawTrade.search`, `rateLimit,times=2`, `clockSkew=-600000`,
 * `badGateway,probability=0.1`. Errors name the part that is wrong, never quote it.
 */
export function parseFaultFlag(flag: string): MockFaultRule {
  const [head = '', ...options] = flag.split(',');
  const [type, value] = head.split(/=(.*)/s, 2) as [string, string | undefined];
  if (!(MOCK_FAULT_TYPES as readonly string[]).includes(type)) throw new TypeError(`--fault needs a type first, one of ${MOCK_FAULT_TYPES.join(', ')}`);
  const rule: MockFaultRule = { fault: faultOf(type as MockFaultType, value) };
  for (const option of options) {
    const [key, optionValue] = option.split(/=(.*)/s, 2) as [string, string | undefined];
    if (key === 'method' && optionValue) rule.method = optionValue;
    else if (key === 'probability') rule.probability = number(optionValue, 'probability');
    else if (key === 'times') rule.times = number(optionValue, 'times');
    else throw new TypeError(`--fault options are method=, probability= and times=`);
  }
  return rule;
}
