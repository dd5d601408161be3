import { join } from 'node:path';
import { repo, timed } from './syntheticClient.mjs';
import { median, row } from './timing.mjs';

/** `wdt --version` and `wdt <method> --dry-run` start-up against `node -e 0`. */
export async function measureCliStart({ quick }) {
  const wdt = join(repo, 'packages/cli/bin/wdt.mjs');
  const env = { ...process.env, WDT_SID: 'wdtapi3', WDT_APP_KEY: 'wdt_test', WDT_APP_SECRET: 'a:b', WDT_BASE_URL: 'http://127.0.0.1:9/openapi' };
  const rounds = quick ? 3 : 15;
  const sample = (args) => {
    const times = [];
    for (let i = 0; i < rounds; i++) times.push(timed(process.execPath, args, { env }));
    return median(times);
  };
  const node = sample(['-e', '0']);
  const version = sample([wdt, '--version']);
  const dryRun = sample([wdt, 'wms.stockin.PreStockin.cancel', 'RK2004210014', '--dry-run']);
  return [
    row({ measure: 'CLI start: wdt --version', value: version, baseline: node, ratio: version / node, target: '<= 3' }),
    row({ measure: 'CLI start: wdt <method> --dry-run', value: dryRun, baseline: node, ratio: dryRun / node, target: '<= 3' }),
  ];
}
