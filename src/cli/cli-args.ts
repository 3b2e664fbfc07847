// Options of the CLI commands: positional words, boolean flags and valued options, or a
// message saying what is wrong (the command prints it with its usage and exits 2).

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Record<string, string>;
}

/**
 * Splits arguments into positional words, the given flags and the given valued options.
 * @example parseArgs(['7', '--out', 'a.docx'], [], ['--out']) → { positional: ['7'], flags: Set {}, values: { '--out': 'a.docx' } }
 */
export function parseArgs(
  args: readonly string[],
  booleans: readonly string[],
  valued: readonly string[],
): ParsedArgs | string {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (booleans.includes(arg)) flags.add(arg);
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} cần một giá trị`;
      values[arg] = value;
    } else if (arg.startsWith('--')) return `không hiểu ${arg}`;
    else positional.push(arg);
  }
  return { positional, flags, values };
}

/** What is wrong with a YYYY-MM-DD option, or null when it is absent or a real date. */
export function badDate(values: Record<string, string>, name: string): string | null {
  const value = values[name];
  if (value === undefined) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().startsWith(value);
  return valid ? null : `${name} phải là ngày có thật dạng YYYY-MM-DD, không phải "${value}"`;
}

/** Columns padded to their widest cell; numbers (from column `numericFrom` on) right-aligned. */
export function textTable(rows: readonly string[][], numericFrom: number): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c >= numericFrom ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** A command's refusal: "tiendo COMMAND: why" and its usage on stderr, and exit code 2. */
export function refusal(command: string, usage: string): (message: string) => number {
  return (message) => {
    console.error(`tiendo ${command}: ${message}\n${usage}`);
    return 2;
  };
}

/** Runs the subcommand the first argument names with the rest, or refuses a missing or unknown one. */
export function subcommand(
  args: readonly string[],
  subcommands: Record<string, (rest: string[]) => Promise<number>>,
  refuse: (message: string) => number,
): Promise<number> | number {
  const [sub, ...rest] = args;
  if (sub !== undefined && Object.hasOwn(subcommands, sub)) return subcommands[sub]!(rest);
  return refuse(sub ? `không có lệnh con "${sub}"` : 'thiếu lệnh con');
}
