import { headingKey } from './markdownText.ts';

/** The parts of an official method page, in page order. */
export type SectionName =
  | 'heading'
  | 'intro'
  | 'scenario'
  | 'publicParams'
  | 'args'
  | 'response'
  | 'requestExample'
  | 'responseExamples'
  | 'successExample'
  | 'errorExample';

export type PageSections = Record<SectionName, string[]>;

// Headings as headingKey() reduces them. The crawl varies the bold markers, the spacing and a few
// words (`3.3 请求参数：List<…>` on one page, `4.返回值` on another), so each marker is a pattern.
const SECTION_MARKERS: readonly [SectionName, RegExp][] = [
  ['intro', /^1\.接口说明/],
  ['scenario', /^2\.调用场景/],
  ['publicParams', /^3\.2公共请求参数/],
  ['args', /^3\.3(业务)?请求参数/],
  ['response', /^(4\.(响应参数|返回值)|响应参数)$/],
  ['requestExample', /^5\.请求示例/],
  ['responseExamples', /^6\.响应示例/],
  ['successExample', /^6\.1正常响应示例/],
  ['errorExample', /^6\.2异常响应示例/],
];

/**
 * Cuts the page body (front matter removed) into its numbered sections. Lines inside ``` fences
 * never start a section: some examples contain text that looks like a heading.
 */
export function splitSections(body: string): PageSections {
  const sections: PageSections = {
    heading: [],
    intro: [],
    scenario: [],
    publicParams: [],
    args: [],
    response: [],
    requestExample: [],
    responseExamples: [],
    successExample: [],
    errorExample: [],
  };
  let current: SectionName = 'heading';
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (!inFence && !line.trimStart().startsWith('|')) {
      const key = headingKey(line);
      const marker = SECTION_MARKERS.find(([, pattern]) => pattern.test(key));
      if (marker) {
        current = marker[0];
        sections[current].push(line);
        continue;
      }
    }
    sections[current].push(line);
  }
  return sections;
}

/** The front matter's `url:` and the body after it. */
export function splitFrontMatter(page: string): { url: string | undefined; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(page);
  if (!match) return { url: undefined, body: page };
  const url = /^url:\s*"?([^"\n]+)"?\s*$/m.exec(match[1]!)?.[1];
  return { url, body: page.slice(match[0].length) };
}
