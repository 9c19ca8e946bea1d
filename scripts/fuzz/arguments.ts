// The command line of `npm run fuzz`, read apart from the run so that `--help` needs no build.
import { parseArgs } from 'node:util';

export const FUZZ_USAGE = `Usage: npm run fuzz -- [options]

Lints random programs with the built plugin (every rule on) and checks that no rule throws, that
every fix and suggestion leaves code that parses, keeps the code's value and names the SDK through
a binding that is safe where it stands. Failing programs are written to .cache/fuzz/failures/.

Options:
  --count N            programs to generate (default 1000)
  --seed S             the run's seed, a non-negative integer (default: a random one, printed)
  --replay S1,S2,...   check just these programs again, by the seeds a run printed
  --strict             fail on the known issues of scripts/fuzz/known-issues.ts too
  --verbose            print the text of every failing program
  -h, --help           print this help

Exits with 1 when a program fails, 2 on a wrong command line.`;

export type FuzzArguments =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly count: number;
      /** Undefined: the run picks a random seed. */
      readonly seed: number | undefined;
      readonly programSeeds: readonly number[] | undefined;
      readonly verbose: boolean;
      readonly strict: boolean;
    };

function integer(text: string, name: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name} takes a non-negative integer, not ${text}`);
  return value;
}

/** The options `args` give; throws an Error whose message says what is wrong with them. */
export function parseFuzzArguments(args: readonly string[]): FuzzArguments {
  const { values } = parseArgs({
    args: [...args],
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      replay: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true };
  return {
    help: false,
    count: integer(values.count, 'count'),
    seed: values.seed === undefined ? undefined : integer(values.seed, 'seed'),
    programSeeds: values.replay?.split(',').map((text) => integer(text.trim(), 'replay')),
    verbose: values.verbose,
    strict: values.strict,
  };
}
