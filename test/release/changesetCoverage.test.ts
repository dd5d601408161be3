import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { announcedPackages, packagesMissingChangesets } from '../../scripts/changesetCoverage.mjs';

const packages = [
  { dir: 'packages/core/', name: '@wdt-kit/core', isPublic: true, generatedFromSpecs: false },
  { dir: 'packages/client/', name: '@wdt-kit/client', isPublic: true, generatedFromSpecs: true },
  { dir: 'packages/cli/', name: '@wdt-kit/cli', isPublic: true, generatedFromSpecs: true },
];
const changeset = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nSomething changed.\n`;

describe('a public package that changed needs a changeset naming it', () => {
  it.each<[string, string[], string[], string[]]>([
    ['nothing changed', [], [], []],
    ['core source changed, no changeset', ['packages/core/src/sign.ts'], [], ['@wdt-kit/core']],
    ['core source changed, announced', ['packages/core/src/sign.ts'], [changeset("'@wdt-kit/core': patch")], []],
    ['announced with double quotes', ['packages/core/src/sign.ts'], [changeset('"@wdt-kit/core": minor')], []],
    ['only a test changed', ['packages/core/src/sign.test.ts'], [], []],
    ['a spec changed: every generated package', ['specs/a.B.c.yaml'], [changeset("'@wdt-kit/client': patch")], ['@wdt-kit/cli']],
    ['a changeset for another package does not count', ['packages/cli/src/main.ts'], [changeset("'@wdt-kit/client': patch")], ['@wdt-kit/cli']],
  ])('%s', (_label, changed, changesets, missing) => {
    expect(packagesMissingChangesets(changed, announcedPackages(changesets), packages)).toEqual(missing);
  });
});
