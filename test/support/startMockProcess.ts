import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface MockProcess {
  url: string;
  process: ChildProcess;
  /** Everything it printed, to scan for secrets. */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns a wdt-mock binary on port 0 and waits for its `listening on …` first line. */
export async function startMockProcess(command: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<MockProcess> {
  const child = spawn(command, [...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let printed = '';
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`wdt-mock exited with ${code} before listening: ${printed}`);
    }),
  ])) as [string];
  printed += `${first}\n`;
  lines.on('line', (line) => (printed += `${line}\n`));
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+\/openapi)$/.exec(first);
  if (!match) throw new Error(`unexpected first line: ${first}`);
  return {
    url: match[1]!,
    process: child,
    output: () => printed,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
