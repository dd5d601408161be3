/** Generated output of one target: path relative to the output folder -> file text. */
export type GeneratedFiles = Map<string, string>;
