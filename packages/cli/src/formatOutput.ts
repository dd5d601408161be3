/** JSON for stdout: indented for a person at a terminal, one line for pipes (jq, files). */
export function formatJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}
