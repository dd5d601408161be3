// Which public packages changed without a changeset naming them. Pure, so it can be tested.

// Files that do not change what users install.
const notShipped = (file) => /\.test\.ts$|\/testing\/|\/README\.md$|\/CHANGELOG\.md$/.test(file);

/** Package names announced by changeset files (their front matter lines `"name": bump`). */
export function announcedPackages(changesetTexts) {
  const names = new Set();
  for (const text of changesetTexts) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const match of front.matchAll(/^\s*['"]?(@?[\w./-]+)['"]?\s*:\s*(major|minor|patch)\s*$/gm)) names.add(match[1]);
  }
  return names;
}

/**
 * @param {string[]} changedFiles paths changed since the base, relative to the repo root
 * @param {Set<string>} announced package names that changesets name
 * @param {{dir: string, name: string, isPublic: boolean, generatedFromSpecs: boolean}[]} packages
 * @returns {string[]} public packages that changed but are not announced
 */
export function packagesMissingChangesets(changedFiles, announced, packages) {
  // A spec change changes the generated code of the packages built from specs.
  const specChanged = changedFiles.some((f) => f.startsWith('specs/'));
  return packages
    .filter((p) => p.isPublic && !announced.has(p.name))
    .filter((p) => changedFiles.some((f) => f.startsWith(p.dir) && !notShipped(f)) || (specChanged && p.generatedFromSpecs))
    .map((p) => p.name);
}
