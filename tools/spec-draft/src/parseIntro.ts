import { cellText, isTableLine, splitTableRow } from './markdownText.ts';

/** Section 1 (接口说明) of a page. */
export interface DocIntro {
  /** 1.1 接口描述 */
  description: string | undefined;
  /** 1.2 适用版本, as `V1.2.2.8`. */
  minClientVersion: string | undefined;
  /** 1.3 增量获取: 支持 or 按…时间 → true, 不支持 → false, blank → undefined. */
  incremental: boolean | undefined;
  /** 1.4 时间跨度, as written (may be copy-paste noise on pages without a time range). */
  timeSpan: string | undefined;
  /** 注意事项 and 常见场景 text, one entry per line, permission line excluded. */
  notes: string[];
  /** 【权限校验】, e.g. 仓库权限; 无 when the page says so. */
  permission: string | undefined;
}

// `1.1 接口描述：…`; the crawl splits labels with spaces and bold markers (`1.1 接口描 述：`).
// A few rows have no colon (`1.4 常见场景 …`): the label is then the known word itself.
const INTRO_ROW = /^1\.(\d)\s*([\u4e00-\u9fa5\s]+)[：:]\s*([\s\S]*)$/;
const INTRO_ROW_WITHOUT_COLON = /^1\.(\d)\s*(接口描述|适用版本|增量获取|时间跨度|注意事项|权限校验|常见场景处理|常见场景)\s*([\s\S]*)$/;

/** The rows of the intro table, label → text, labels without spaces (接口描述, 适用版本 …). */
function introRows(lines: readonly string[]): { label: string; text: string }[] {
  const rows: { label: string; text: string }[] = [];
  for (const line of lines) {
    if (!isTableLine(line)) continue;
    const text = splitTableRow(line).map(cellText).join(' ').trim();
    const match = INTRO_ROW.exec(text) ?? INTRO_ROW_WITHOUT_COLON.exec(text.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, ''));
    if (!match) continue;
    rows.push({ label: match[2]!.replace(/\s+/g, ''), text: match[3]!.trim() });
  }
  return rows;
}

/** Markdown links `[点击这里](https://…)` reduced to their text; the notes stay readable in YAML. */
function withoutLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

const PERMISSION = /权限校验】?\s*[：:]?\s*([^\n]*)/;

/** `【权限校验】：仓库权限 无仓库权限单据无法取消成功` → `仓库权限`. */
export function permissionOf(text: string): string | undefined {
  const match = PERMISSION.exec(text);
  if (!match) return undefined;
  const value = match[1]!
    .replace(/[【】]/g, '')
    .split(/[\s。；;,，（(]|PS|此接口|时间不传|该接口/)[0]!
    .replace(/[、。.]+$/, '')
    .trim();
  return value || undefined;
}

export function parseIntro(lines: readonly string[]): DocIntro {
  const intro: DocIntro = {
    description: undefined,
    minClientVersion: undefined,
    incremental: undefined,
    timeSpan: undefined,
    notes: [],
    permission: undefined,
  };
  for (const { label, text } of introRows(lines)) {
    if (label.startsWith('接口描述')) intro.description = text || undefined;
    else if (label.startsWith('适用版本')) intro.minClientVersion = /V\s*(\d+(?:\.\d+)+)/i.exec(text)?.[1]?.replace(/^/, 'V');
    // `支持`, or the time it goes by (`按照最后修改时间返回`, `按照制单时间进行获取`).
    else if (label.startsWith('增量获取')) intro.incremental = text.startsWith('不支持') ? false : /^(支持|按)/.test(text) ? true : undefined;
    else if (label.startsWith('时间跨度')) intro.timeSpan = text || undefined;
    else if (label.startsWith('注意事项') || label.startsWith('常见场景') || label.startsWith('权限校验')) {
      const body = label.startsWith('权限校验') ? `【权限校验】：${text}` : text;
      for (const line of withoutLinks(body).split('\n')) {
        const permission = permissionOf(line);
        if (permission && !intro.permission) intro.permission = permission;
        const note = line.trim();
        if (note && !/^【?权限校验】?\s*[：:]?\s*【?[^】\s]*】?\s*$/.test(note)) intro.notes.push(note);
      }
    }
  }
  return intro;
}
