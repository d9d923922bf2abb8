// simulateCli.ts is the logic of `npm run simulate`: flags in, a result (JSON or CSV) out, and an exit code; all I/O goes through `io` so tests can drive it.
//
// Exit codes: 0 success (and --help, --list-presets); 2 bad usage or bad input (unknown flag, missing value,
// unknown format or preset, unreadable file, invalid JSON, invalid scenario, unwritable --out); 1 the engine
// itself failed. On any error stdout stays empty, so `simulate ... > out.json` never leaves half a result.

import { parseArgs } from 'node:util';
import { simulate } from '../../src/model/simulate';
import { PRESETS, presetById } from '../../src/model/presets';
import { resultToCsv, resultToJson } from '../../src/model/resultCsv';
import { formatScenarioErrors, nearest, validateScenario } from '../../src/model/validateScenario';
import type { Scenario } from '../../src/model/types';
import { COHORT_FLAGS, COHORT_ONLY_FLAGS, runCohortCli } from './cohortCli';

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(p: string): string;
  writeFile(p: string, s: string): void;
  /** Whether stderr is a terminal (the cohort run draws a progress bar there). */
  stderrIsTTY?: boolean;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

const FORMATS = ['json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

// One table drives the parser, the help text and the "allowed flags" list, so they cannot drift apart.
// The cohort issue adds its flags here (--cohort N, --seed S, --assay NAME, --workers K) and a
// cohort branch in runCli beside runDeterministic; nothing else needs to change.
const FLAGS = {
  scenario: { type: 'string', arg: 'FILE', help: 'run the scenario in this JSON file (format v1)' },
  preset: { type: 'string', arg: 'ID', help: 'run a built-in preset (see --list-presets)' },
  'list-presets': { type: 'boolean', arg: '', help: 'list the built-in presets: id and title, one per line' },
  format: { type: 'string', arg: 'json|csv', help: 'output format (default json; csv is one row per host time point)' },
  out: { type: 'string', arg: 'FILE', help: 'write the result to FILE instead of stdout' },
  ...COHORT_FLAGS,
  help: { type: 'boolean', arg: '', help: 'show this help' },
} as const;
type FlagName = keyof typeof FLAGS;

const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(FLAGS).map(([name, f]) => [name, name === 'help' ? { type: f.type, short: 'h' } : { type: f.type }]),
) as { [K in FlagName]: { type: (typeof FLAGS)[K]['type']; short?: string } };

function flagUsage(name: string): string {
  const f = FLAGS[name as FlagName];
  return f && f.arg ? `--${name} ${f.arg}` : `--${name}`;
}

const ALLOWED_FLAGS = Object.keys(FLAGS).map(flagUsage).join(', ');

export const HELP = [
  'Usage: npm run --silent simulate -- (--scenario FILE | --preset ID) [--format json|csv] [--out FILE]',
  '       npm run --silent simulate -- (--scenario FILE | --preset ID) --cohort N [--seed S] [--assay y-qpcr|polymorphism]',
  '                                    [--sample blood|tissue:NAME] [--geq G] [--replicates R] [--workers K] [--format json|csv]',
  '       npm run --silent simulate -- --list-presets',
  '',
  'Runs the deterministic Chimera model of gestational microchimerism and prints the result.',
  '',
  ...Object.entries(FLAGS).map(([name, f]) => `  ${flagUsage(name).padEnd(20)} ${f.help}`),
  '',
  'Exit codes: 0 success; 2 bad flags or bad scenario (messages on stderr, nothing on stdout); 1 engine failure.',
  '',
].join('\n');

/** Runs the CLI with these arguments (without `node script`); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr(`${message}\n`);
    return EXIT.usage;
  };

  let values: { [K in FlagName]?: (typeof FLAGS)[K]['type'] extends 'string' ? string : boolean };
  try {
    const parsed = parseArgs({ args: joinNegativeValues(argv), options: PARSE_OPTIONS, strict: true, allowPositionals: false });
    values = parsed.values as typeof values;
  } catch (e) {
    return usageError(explainParseError(e, argv));
  }

  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }

  if (values['list-presets']) {
    const others = (Object.keys(values) as FlagName[]).filter((k) => k !== 'list-presets' && values[k] !== undefined);
    if (others.length > 0) return usageError(`--list-presets takes no other flag (got ${others.map((k) => `--${k}`).join(', ')}): it only lists the presets`);
    io.stdout(PRESETS.map((p) => `${p.id}\t${p.title}\n`).join(''));
    return EXIT.ok;
  }

  if (values.cohort === undefined) {
    const cohortOnly = COHORT_ONLY_FLAGS.filter((k) => values[k] !== undefined);
    if (cohortOnly.length > 0)
      return usageError(`${cohortOnly.map((k) => `--${k}`).join(', ')} ${cohortOnly.length === 1 ? 'applies' : 'apply'} to cohort runs only: add --cohort N (100..100000), or drop ${cohortOnly.length === 1 ? 'it' : 'them'}`);
  }

  let format: Format = 'json';
  if (values.format !== undefined) {
    const f = values.format.toLowerCase();
    if (!(FORMATS as readonly string[]).includes(f)) return usageError(`--format: ${JSON.stringify(values.format)} is not a format; allowed: ${FORMATS.join(', ')}`);
    format = f as Format;
  }

  if (values.scenario !== undefined && values.preset !== undefined)
    return usageError('--scenario and --preset cannot be used together: give one of them');
  if (values.scenario === undefined && values.preset === undefined)
    return usageError('nothing to run: give --scenario FILE or --preset ID (or --list-presets); see --help');

  // Load the scenario (from a file or a preset) as untrusted input: presets go through the validator too.
  let input: unknown;
  let source: string;
  if (values.preset !== undefined) {
    const preset = presetById(values.preset);
    if (!preset) {
      const hint = nearest(values.preset, PRESETS.map((p) => p.id));
      return usageError(
        `--preset: ${JSON.stringify(values.preset)} is not a preset${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; valid ids: ${PRESETS.map((p) => p.id).join(', ')}`,
      );
    }
    input = preset.scenario;
    source = `preset ${preset.id}`;
  } else {
    const file = values.scenario as string;
    if (file === '') return usageError('--scenario needs a value: the path of a scenario JSON file');
    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      return usageError(`--scenario: cannot read ${JSON.stringify(file)}: ${errorMessage(e)}`);
    }
    try {
      input = JSON.parse(text);
    } catch (e) {
      return usageError(`--scenario: ${JSON.stringify(file)} is not valid JSON: ${describeJsonError(e, text)}`);
    }
    source = file;
  }

  const checked = validateScenario(input);
  if (!checked.ok) {
    io.stderr(`${formatScenarioErrors(checked.errors)}\n`);
    return EXIT.usage;
  }

  if (values.cohort !== undefined) return runCohortCli(checked.scenario, values, { format, out: values.out, source }, io);
  return runDeterministic(checked.scenario, { format, out: values.out, source }, io);
}

interface RunOptions {
  format: Format;
  out: string | undefined;
  /** Where the scenario came from, for messages. */
  source: string;
}

async function runDeterministic(scenario: Scenario, opts: RunOptions, io: CliIo): Promise<number> {
  let text: string;
  try {
    const result = simulate(scenario);
    text = opts.format === 'csv' ? resultToCsv(result) : `${resultToJson(result)}\n`;
  } catch (e) {
    io.stderr(`simulation of ${opts.source} failed: ${errorMessage(e)}\n`);
    return EXIT.failure;
  }
  return emit(text, opts.out, io);
}

function emit(text: string, out: string | undefined, io: CliIo): number {
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (out === '') {
    io.stderr('--out needs a value: the path of the file to write\n');
    return EXIT.usage;
  }
  try {
    io.writeFile(out, text);
  } catch (e) {
    io.stderr(`--out: cannot write ${JSON.stringify(out)}: ${errorMessage(e)}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/**
 * `--geq -1` as `--geq=-1`: parseArgs reads a value that starts with "-" as another flag and would answer "--geq needs
 * a value", where the user gave one and should hear what range it is outside of (the flag's own check says so).
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : undefined;
    if (name !== undefined && FLAGS[name as FlagName]?.type === 'string' && next !== undefined && /^-[0-9.]/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Turns node:util parseArgs errors into messages that name the flag and what is allowed. */
function explainParseError(e: unknown, argv: readonly string[]): string {
  const code = (e as { code?: string }).code;
  const message = errorMessage(e);
  const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1];
  const name = flag?.replace(/^-+/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const hint = name ? nearest(name, Object.keys(FLAGS)) : undefined;
      return `unknown flag ${flag ?? '(?)'}${hint ? ` (did you mean --${hint}?)` : ''}; allowed flags: ${ALLOWED_FLAGS}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const f = name ? FLAGS[name as FlagName] : undefined;
      if (f && f.type === 'string') return `${flag} needs a value: ${flagUsage(name as string)}`;
      if (f && f.type === 'boolean') return `${flag} takes no value`;
      return `${message}; allowed flags: ${ALLOWED_FLAGS}`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const positional = argv.find((a) => !a.startsWith('-')) ?? '';
      return `unexpected argument ${JSON.stringify(positional)}: every input goes after a flag; allowed flags: ${ALLOWED_FLAGS}`;
    }
    default:
      return `${message}; allowed flags: ${ALLOWED_FLAGS}`;
  }
}

/** JSON.parse's message with the line and column of its position (Node reports only a character offset). */
function describeJsonError(e: unknown, text: string): string {
  const message = errorMessage(e);
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return /line \d+ column \d+/.test(message) ? message : `${message} (line ${line}, column ${column})`;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
