// Timing helpers: every figure is a ratio against a baseline run in the same process, interleaved
// (A B A B …) so that noise from a shared machine hits both sides alike; the median round is kept.

/** Runs `fn` `iterations` times and returns the elapsed milliseconds. */
export async function timeIt(fn, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Interleaved rounds of subject and baseline; returns the median times of each (ms). */
export async function compare({ subject, baseline, iterations, rounds }) {
  const s = [];
  const b = [];
  await timeIt(subject, Math.ceil(iterations / 10)); // warm up both
  await timeIt(baseline, Math.ceil(iterations / 10));
  for (let r = 0; r < rounds; r++) {
    b.push(await timeIt(baseline, iterations));
    s.push(await timeIt(subject, iterations));
  }
  return { subject: median(s), baseline: median(b) };
}

/** One row of RESULTS.md. `lowerIsBetter` decides how the target reads. */
export function row({ measure, value, baseline, ratio, target, unit = 'ms', note = '' }) {
  return { measure, value, baseline, ratio, target, unit, note };
}
