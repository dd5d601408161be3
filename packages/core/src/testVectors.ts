// Test-only: loads testdata/test-vectors.json (produced by several independent official and third-party SDKs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TestVector {
  id: string;
  credentials: { sid: string; appKey: string; appSecret: string };
  timestamp: number;
  unixSeconds: number;
  method: string;
  pager: { page_size: number; page_no: number; calc_total: number } | null;
  body: string;
  sign: string;
  url: string;
}

export const testVectors: TestVector[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../testdata/test-vectors.json', import.meta.url)), 'utf8'),
).vectors;
