/**
 * Every output format is one pure function from a command's results to the
 * text it prints; each command chooses it from one table by `--format`.
 */
export type Formatter<Results, Options> = (results: Results, options: Options) => string;
