// simulate.ts is the command-line entry point (`npm run --silent simulate -- --help`); the logic is in cli/simulateCli.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './cli/simulateCli';

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
const io = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s), readFile: (p: string) => readFileSync(p, 'utf8'), writeFile: (p: string, s: string) => writeFileSync(p, s), stderrIsTTY: process.stderr.isTTY === true };
// exitCode, not process.exit(): let a large stdout finish flushing first.
process.exitCode = await runCli(process.argv.slice(2), io);
