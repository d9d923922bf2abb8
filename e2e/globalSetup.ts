// globalSetup.ts builds the single-file edition once before the suite, so every spec that opens it from file:// finds it.
import { execSync } from 'node:child_process';

export default function globalSetup(): void {
  execSync('npx vite build --mode single --logLevel error', { stdio: 'inherit' });
}
