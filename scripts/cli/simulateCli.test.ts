// simulateCli.test.ts drives the simulate CLI through a fake io: bad flags and bad scenarios give exit 2 and an empty stdout; good runs print results of the real engine.

import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { EXIT, HELP, runCli } from './simulateCli';
import type { CliIo } from './simulateCli';
import { PRESETS, presetById } from '../../src/model/presets';
import { pregnancyEndAge } from '../../src/model/validateScenario';

interface FakeIo extends CliIo {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** An io over an in-memory file system; `unreadable` paths throw like a missing file. */
function fakeIo(files: Record<string, string> = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: new Map(),
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return f;
    },
    writeFile: (p, s) => {
      if (p.startsWith('/readonly/')) throw new Error(`EACCES: permission denied, open '${p}'`);
      io.written.set(p, s);
    },
  };
  return io;
}

const GOOD = JSON.stringify(presetById('one-son')!.scenario);

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, io };
}

// [label, argv, files, fragment of stderr]
const BAD_FLAGS: [string, string[], Record<string, string>, string][] = [
  ['unknown flag', ['--scenari', 's.json'], {}, 'unknown flag --scenari (did you mean --scenario?); allowed flags: --scenario FILE, --preset ID, --list-presets, --format json|csv, --out FILE, --cohort N, --seed S, --assay y-qpcr|polymorphism, --sample blood|tissue:NAME, --geq G, --replicates R, --workers K, --help'],
  ['unknown short flag', ['-x'], {}, 'unknown flag -x'],
  ['missing value at the end', ['--scenario'], {}, '--scenario needs a value: --scenario FILE'],
  ['missing value before another flag', ['--scenario', '--format', 'csv'], {}, '--scenario needs a value'],
  ['missing --out value', ['--preset', 'one-son', '--out'], {}, '--out needs a value: --out FILE'],
  ['boolean with a value', ['--list-presets=yes'], {}, '--list-presets takes no value'],
  ['positional argument', ['s.json'], {}, 'unexpected argument "s.json"'],
  ['unknown format', ['--preset', 'one-son', '--format', 'xml'], {}, '--format: "xml" is not a format; allowed: json, csv'],
  ['unknown preset', ['--preset', 'one-sun'], {}, '--preset: "one-sun" is not a preset (did you mean "one-son"?); valid ids: one-son, one-daughter'],
  ['nothing to run', [], {}, 'nothing to run: give --scenario FILE or --preset ID'],
  ['both scenario and preset', ['--scenario', 's.json', '--preset', 'one-son'], { 's.json': GOOD }, 'cannot be used together'],
  ['unreadable file', ['--scenario', 'missing.json'], {}, '--scenario: cannot read "missing.json": ENOENT'],
  ['invalid JSON', ['--scenario', 'bad.json'], { 'bad.json': '{\n  "version": 1,\n  "name": "x",\n}' }, '--scenario: "bad.json" is not valid JSON: '],
  ['empty file', ['--scenario', 'empty.json'], { 'empty.json': '' }, 'is not valid JSON'],
  ['unwritable --out', ['--preset', 'one-son', '--out', '/readonly/r.json'], {}, '--out: cannot write "/readonly/r.json": EACCES'],
];

describe('runCli: bad flags', () => {
  it.each(BAD_FLAGS)('%s → exit 2, message on stderr, nothing on stdout', async (_label, argv, files, fragment) => {
    const { code, io } = await run(argv, files);
    expect(code).toBe(EXIT.usage);
    expect(io.out).toBe('');
    expect(io.err).toContain(fragment);
    expect(io.err.endsWith('\n')).toBe(true);
    expect(io.written.size).toBe(0);
  });

  it('lists every preset id when the preset is unknown', async () => {
    const { io } = await run(['--preset', 'nope']);
    for (const p of PRESETS) expect(io.err).toContain(p.id);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const { io } = await run(['--scenario', 'bad.json'], { 'bad.json': '{\n  "version": 1,\n  "name": "x",\n}' });
    expect(io.err).toMatch(/line 4,? column 1/);
  });
});

describe('runCli: bad scenario', () => {
  it('prints the validator messages one per line on stderr, exit 2, empty stdout', async () => {
    const bad = JSON.parse(GOOD);
    bad.version = 2;
    bad.pregnancies[0].gestationWeeks = 61;
    bad.injuries = [{ host: 'child:2', tissue: 'thyroid', ageYears: 5, severity: 0.5, durationDays: 30 }];
    const { code, io } = await run(['--scenario', 's.json', '--format', 'csv'], { 's.json': JSON.stringify(bad) });
    expect(code).toBe(EXIT.usage);
    expect(io.out).toBe('');
    const lines = io.err.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'version: 2 is not supported; supported versions: 1',
        'pregnancies[0].gestationWeeks: 61 is outside 4..44',
        'injuries[0].host: child:2 does not exist: the scenario has 1 pregnancy',
      ]),
    );
    expect(lines).toHaveLength(3);
  });

  it('rejects JSON that is not an object', async () => {
    const { code, io } = await run(['--scenario', 's.json'], { 's.json': '[1,2,3]' });
    expect(code).toBe(EXIT.usage);
    expect(io.out).toBe('');
    expect(io.err).toContain('scenario: must be a JSON object');
  });
});

describe('runCli: good runs', () => {
  it('--help prints usage and exits 0', async () => {
    const { code, io } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(io.out).toBe(HELP);
    expect(io.out).toContain('--scenario FILE');
    expect(io.err).toBe('');
  });

  it('--list-presets prints id and title per line', async () => {
    const { code, io } = await run(['--list-presets']);
    expect(code).toBe(EXIT.ok);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(PRESETS.length);
    expect(lines[0]).toBe(`${PRESETS[0]!.id}\t${PRESETS[0]!.title}`);
    expect(io.err).toBe('');
  });

  it('--list-presets with another flag is an error (the other flag would be ignored)', async () => {
    const { code, io } = await run(['--list-presets', '--preset', 'foo']);
    expect(code).toBe(EXIT.usage);
    expect(io.out).toBe('');
    expect(io.err).toBe('--list-presets takes no other flag (got --preset): it only lists the presets\n');
  });

  it('runs a preset to JSON with the mother and each born child as hosts', async () => {
    const { code, io } = await run(['--preset', 'three-children']);
    expect(io.err).toBe('');
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(io.out);
    expect(result.version).toBe(1);
    expect(result.hosts.map((h: { host: string }) => h.host)).toEqual(['mother', 'child:1', 'child:2', 'child:3']);
    const mother = result.hosts[0];
    expect(Array.isArray(mother.timeYears)).toBe(true);
    expect(mother.series.length).toBeGreaterThan(0);
    for (const s of mother.series) {
      expect(Array.isArray(s.values)).toBe(true);
      expect(s.values).toHaveLength(mother.timeYears.length);
    }
    const origins = new Set(mother.series.map((s: { origin: string }) => s.origin));
    expect(origins).toEqual(new Set(['pregnancy:1', 'pregnancy:2', 'pregnancy:3']));
  });

  it('places births where the validator dates them (gestation counted from the last period)', async () => {
    const { io } = await run(['--preset', 'three-children']);
    const result = JSON.parse(io.out);
    const scenario = presetById('three-children')!.scenario;
    scenario.pregnancies.forEach((p, i) => {
      const birth = result.events.find((e: { kind: string; pregnancy?: number }) => e.kind === 'birth' && e.pregnancy === i + 1);
      expect(birth?.motherAgeYears).toBeCloseTo(pregnancyEndAge(p), 6);
    });
  });

  it('runs a scenario file to CSV, one row per host time point', async () => {
    const { code, io } = await run(['--scenario', 's.json', '--format', 'csv'], { 's.json': GOOD });
    expect(io.err).toBe('');
    expect(code).toBe(EXIT.ok);
    const rows = csvParse(io.out);
    expect(rows.columns.slice(0, 3)).toEqual(['host', 'timeYears', 'motherAgeYears']);
    expect(rows.columns).toContain('pregnancy:1|blood (gEq/10^5)');
    expect(new Set(rows.map((r) => r['host']))).toEqual(new Set(['mother', 'child:1']));
    for (const r of rows.slice(0, 50)) expect(Number.isFinite(Number(r['timeYears']))).toBe(true);
  });

  it('accepts --format CSV in any case and --flag=value syntax', async () => {
    const { code, io } = await run(['--preset=one-daughter', '--format=CSV']);
    expect(code).toBe(EXIT.ok);
    expect(io.out.startsWith('host,timeYears,motherAgeYears,')).toBe(true);
  });

  it('--out writes the file and leaves stdout empty', async () => {
    const { code, io } = await run(['--preset', 'one-son', '--out', 'r.json']);
    expect(code).toBe(EXIT.ok);
    expect(io.out).toBe('');
    const written = io.written.get('r.json');
    expect(written).toBeDefined();
    expect(JSON.parse(written!).hosts.map((h: { host: string }) => h.host)).toEqual(['mother', 'child:1']);
  });

  it('runs every preset', async () => {
    for (const p of PRESETS) {
      const { code, io } = await run(['--preset', p.id]);
      expect(io.err, p.id).toBe('');
      expect(code, p.id).toBe(EXIT.ok);
      expect(JSON.parse(io.out).scenarioName).toBe(p.scenario.name);
    }
  });
});
