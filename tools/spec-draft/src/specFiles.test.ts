// What every spec file must be as data, with or without the mirrored pages: YAML that YAML 1.1 readers
// (PyYAML, Go's yaml.v2) read as YAML 1.2 readers do, and an idempotent flag that follows the written
// rule (specs/README.md, Idempotency).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { specsDir } from './docPaths.ts';
import { repeatRuleIssues } from './repeatRule.ts';
import type { MethodSpec } from './specTypes.ts';
import { quoteYaml11Ambiguities, readsDifferentlyInYaml11 } from './yaml11Safety.ts';

const files = readdirSync(specsDir).filter((file) => file.endsWith('.yaml'));
const texts = files.map((file) => [file, readFileSync(join(specsDir, file), 'utf8')] as const);

describe('every spec file', () => {
  it('is read the same by YAML 1.1 and YAML 1.2 readers', () => {
    const differing = texts.filter(([, text]) => !isDeepStrictEqual(parse(text, { version: '1.1' }), parse(text))).map(([file]) => file);
    expect(files.length).toBeGreaterThan(170);
    expect(differing).toEqual([]);
  });

  it('follows the idempotency rule: queries are idempotent, every write says what a repeat does and is idempotent exactly when that is harmless', () => {
    const broken = Object.fromEntries(texts.map(([file, text]) => [file, repeatRuleIssues(parse(text) as MethodSpec)] as const).filter(([, issues]) => issues.length > 0));
    expect(broken).toEqual({});
  });
});

describe('YAML 1.1 safety', () => {
  it.each([
    ['an impossible date', 'start_time: 2023-06-31 15:56:14\n', 'start_time: "2023-06-31 15:56:14"\n'],
    ['a timestamp', '- 2020-05-22 09:07:18\n', '- "2020-05-22 09:07:18"\n'],
    ['a date', 'd: 2024-04-20\n', 'd: "2024-04-20"\n'],
    ['a key that YAML 1.1 reads as false', '{ no: { type: string } }\n', '{ "no": { type: string } }\n'],
    ['a yes in a list', 'required: [yes, y, on]\n', 'required: ["yes", "y", "on"]\n'],
    ['a sexagesimal-looking time', 't: 10:30\n', 't: "10:30"\n'],
    ['nothing ambiguous', 'a: b\nnum: 12\nq: "2020-01-01"\nflag: true\n', 'a: b\nnum: 12\nq: "2020-01-01"\nflag: true\n'],
  ])('quotes %s and nothing else', (_label, text, expected) => {
    const quoted = quoteYaml11Ambiguities(text).text;
    expect(quoted).toBe(expected);
    expect(parse(quoted, { version: '1.1' })).toEqual(parse(text));
  });

  it.each([
    ['2023-06-31', true],
    ['no', true],
    ['Off', true],
    ['CK202303274', false],
    ['商家编码', false],
    ['FJ2104220004', false],
  ])('%s reads differently in YAML 1.1: %s', (text, expected) => {
    expect(readsDifferentlyInYaml11(text, text)).toBe(expected);
  });
});
