import { encodeRequest, signRequest } from '@wdt-kit/core';
import { describe, expect, it } from 'vitest';
import { formatDryRun } from './dryRun.js';

const secret = '0123456789abcdef0123456789abcdef';
const credentials = { sid: 'wdtapi3', appKey: 'wdt_test', appSecret: `${secret}:fedcba9876543210fedcba9876543210` };

describe('--dry-run output', () => {
  const request = encodeRequest({ credentials, method: 'wms.stockin.PreStockin.cancel', args: ['RK2004210014'], nowMs: 1_704_067_200_000 });
  const text = formatDryRun(request);

  it('shows the exact signed URL and body', () => {
    expect(text).toContain(`POST ${request.url}`);
    expect(text).toContain('\n["RK2004210014"]\n');
  });

  it('shows the signature base with the secret as ***, which signs to the same value with the secret put back', () => {
    const base = /signature base \(secret redacted\): (.*)/.exec(text)![1]!;
    expect(base.startsWith('***body["RK2004210014"]key')).toBe(true);
    const { sign, ...params } = request.query;
    expect(signRequest(params, request.body, secret)).toBe(sign);
  });

  it('never contains the secret', () => expect(text).not.toContain(secret));
});
