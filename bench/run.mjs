// `pnpm bench`: runs every measure and writes bench/RESULTS.md (measure, value, baseline, ratio,
// target). `--quick` is CI's smoke mode: small sizes, proves the suite works, judges no numbers,
// and writes .tmp/bench-quick.md instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureClientOverhead } from './measures/clientOverhead.mjs';
import { measureCliStart } from './measures/cliStart.mjs';
import { measureConsumerCost } from './measures/consumerCost.mjs';
import { measureGeneratorScaling } from './measures/generatorScaling.mjs';
import { measureMaintainerLoop } from './measures/maintainerLoop.mjs';
import { measureMockThroughput } from './measures/mockThroughput.mjs';
import { measurePagingMemory } from './measures/pagingMemory.mjs';
import { measureRateLimiterOverhead } from './measures/rateLimiterOverhead.mjs';
import { measureSigning } from './measures/signing.mjs';
import { repo } from './measures/syntheticClient.mjs';

const quick = process.argv.includes('--quick');
// Hand-written analysis of the figures (why a target is missed, what to do), appended to RESULTS.md.
const discussion = new URL('./DISCUSSION.md', import.meta.url);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const measures = { signing: measureSigning, clientOverhead: measureClientOverhead, generatorScaling: measureGeneratorScaling, maintainerLoop: measureMaintainerLoop, consumerCost: measureConsumerCost, cliStart: measureCliStart, mockThroughput: measureMockThroughput, pagingMemory: measurePagingMemory, rateLimiterOverhead: measureRateLimiterOverhead };

/** Whether a row meets its target, read from the target text; undefined when the target is a report. */
function verdict({ target, value, ratio }) {
  let m;
  if ((m = /^<= ([\d.]+)$/.exec(target))) return ratio <= Number(m[1]);
  if ((m = /^>= ([\d.]+)$/.exec(target))) return ratio >= Number(m[1]);
  if ((m = /^<= ([\d.]+) \(linear\)$/.exec(target))) return ratio <= Number(m[1]);
  if ((m = /^<=? ?([\d.]+) KB$/.exec(target))) return value <= Number(m[1]);
  if ((m = /^< ([\d.]+) MB growth$/.exec(target))) return value < Number(m[1]);
  // "barely grows": the added time at the large catalog may be at most 3x the added time at the real one.
  if ((m = /^added < ([\d.]+) ms, barely grows$/.exec(target))) return value < Number(m[1]) && ratio <= 3;
  if ((m = /^added < ([\d.]+) ms/.exec(target))) return value < Number(m[1]);
  if ((m = /^flat/.exec(target))) return ratio <= 1.1;
  return undefined;
}

const fmt = (n, unit) => (typeof n !== 'number' || Number.isNaN(n) ? '–' : unit === 'req/s' ? n.toFixed(0) : n >= 100 ? n.toFixed(0) : n.toFixed(2));

const rows = [];
const failures = [];
for (const [name, measure] of Object.entries(measures)) {
  if (only && !only.split(',').includes(name)) continue;
  process.stderr.write(`[bench] ${name}…\n`);
  try {
    for (const r of await measure({ quick })) rows.push({ ...r, met: verdict(r) });
  } catch (error) {
    failures.push(`${name}: ${error.message.split('\n')[0]}`);
    process.stderr.write(`[bench] ${name} failed: ${error.stack}\n`);
  }
}

const table = [
  '| measure | value | baseline | ratio | target | met |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map((r) => `| ${r.measure} | ${fmt(r.value, r.unit)} ${r.unit} | ${fmt(r.baseline, r.unit)} ${r.unit} | ${fmt(r.ratio)} | ${r.target} | ${r.met === undefined ? 'reported' : r.met ? 'yes' : `**no**`} |`),
];
const notes = rows.filter((r) => r.note).map((r) => `- ${r.measure}: ${r.note}`);
const missed = rows.filter((r) => r.met === false).map((r) => `- ${r.measure}: ratio ${fmt(r.ratio)} against target ${r.target}`);
const text = [
  `# Benchmark results${quick ? ' (quick smoke run: sizes reduced, numbers not meaningful)' : ''}`,
  '',
  `Run on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores. Every figure is compared with a baseline measured in the same run (interleaved rounds, median).`,
  '',
  ...table,
  '',
  ...(notes.length ? ['Notes:', ...notes, ''] : []),
  ...(missed.length ? ['Missed targets:', ...missed, ''] : []),
  ...(failures.length ? ['Measures that failed to run:', ...failures.map((f) => `- ${f}`), ''] : []),
  ...(existsSync(discussion) ? [readFileSync(discussion, 'utf8')] : []),
].join('\n');
const out = quick || only ? join(repo, '.tmp/bench-quick.md') : join(repo, 'bench/RESULTS.md');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, text);
console.log(text);
console.log(`\nbench: ${rows.length} rows written to ${out}${failures.length ? `; ${failures.length} measure(s) failed` : ''}`);
process.exit(failures.length ? 1 : 0);
