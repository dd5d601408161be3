import { validateValue, type ArgSpec, type Pager, type ValidationIssue } from '@wdt-kit/core';
import { failure, type MockEnvelope } from '../MockEnvelope.js';
import type { MockMethodSpec } from '../MockMethodSpec.js';
import { bindArguments } from './bindArguments.js';
import { checkTimeWindow } from './checkTimeWindow.js';

/** The arguments as bound, or the server's refusal. */
export type CheckedCall = { ok: true; args: unknown[] } | { ok: false; envelope: MockEnvelope };

// Optional arguments may only trail (spec format), so the shortest call stops at the last required one.
function argumentCountFits(args: readonly unknown[], specs: readonly ArgSpec[]): boolean {
  let shortest = 0;
  specs.forEach((spec, i) => {
    if (spec.required) shortest = i + 1;
  });
  return args.length >= shortest && args.length <= specs.length;
}

// The value an issue path (`params.detail_list[0].spec_no`, rooted at the argument's name) points at.
function valueAt(args: readonly unknown[], specs: readonly ArgSpec[], path: string): unknown {
  const [name = '', ...steps] = path.split(/\.|(?=\[)/);
  let value: unknown = args[specs.findIndex((spec) => spec.name === name)];
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(step);
    value = index ? (value as unknown[])[Number(index[1])] : (value as Record<string, unknown>)[step];
  }
  return value;
}

// Paths are rooted at the argument's name (`params.detail_list[0].spec_no`). A null binds to any
// parameter or Map field on the server (it is Java), so it is never a type mismatch: a null
// argument counts as missing, a null field as present ("交易结束时间 … 若无则传null"). A required
// argument whose spec admits null (its page's own example sends null) takes it.
const admitsNull = (schema: ArgSpec['schema']) => schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'));

function argumentIssues(args: readonly unknown[], specs: readonly ArgSpec[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  specs.forEach((spec, i) => {
    const value = args[i];
    if (value === undefined) return;
    if (value === null) {
      if (spec.required && !admitsNull(spec.schema)) issues.push({ path: spec.name, rule: 'required', message: 'is required' });
      return;
    }
    validateValue(value, spec.schema, spec.name, { closedObjects: true }, issues);
  });
  return issues.filter((issue) => issue.rule !== 'type' || valueAt(args, specs, issue.path) !== null);
}

// The last segment of an issue path: the field itself. (A request key that contains a dot is cut
// at its last dot; no documented field has one.)
function fieldNameOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/**
 * The server's checks before a method runs, with the documented statuses and messages, in the
 * order it makes them:
 * 1. a paged method needs a pager: `paged` is part of how a method is registered, seen before the body;
 * 2. binding the body array to the method's parameters: count and JSON types (status 1), fields
 *    the method does not have (status 2, message = the field name);
 * 3. the method's own validation (status 100): the time window, then required fields.
 * Other schema rules (enum, length, range) are not checked: what the server does with them is not
 * documented, and a mock stricter than the server fails tests that would pass against it.
 * The checks see the arguments as bound (see bindArguments), and so does the behaviour.
 */
export function checkCall(spec: MockMethodSpec, sent: readonly unknown[], pager: Pager | undefined): CheckedCall {
  const refuse = (envelope: MockEnvelope): CheckedCall => ({ ok: false, envelope });
  if (spec.paged && !pager) return refuse(failure(100, `此方法仅支持分页查询：${spec.method}`));
  if (!argumentCountFits(sent, spec.args)) return refuse(failure(1, '参数个数错误'));
  const args = bindArguments(sent, spec.args);
  const issues = argumentIssues(args, spec.args);
  if (issues.some((issue) => issue.rule === 'type')) return refuse(failure(1, 'argument type mismatch'));
  const unknownField = issues.find((issue) => issue.rule === 'unknownField');
  if (unknownField) return refuse(failure(2, fieldNameOf(unknownField.path)));
  const timeWindowFailure = checkTimeWindow(spec, args);
  if (timeWindowFailure) return refuse(timeWindowFailure);
  const missing = issues.find((issue) => issue.rule === 'required');
  if (missing) return refuse(failure(100, `${fieldNameOf(missing.path)}不能为空`));
  return { ok: true, args };
}
