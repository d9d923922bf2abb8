// machineReference.ts times a fixed workload that no Chimera code is in: a yardstick for this machine's moment.

/**
 * Milliseconds for a fixed mix of what a cohort worker does (a 32-bit LCG, `Math.exp`, float arithmetic and byte
 * increments scattered over 1 MiB). It never changes with Chimera's code, so two bench runs whose yardsticks differ
 * were run on a faster or slower machine, not on faster or slower code: this shared machine's speed moves by up to
 * 4× within a minute (docs/cohort.md, "Speed and memory").
 */
export function referenceLoopMs(): number {
  const bytes = new Uint8Array(1 << 20);
  const levels = new Float64Array(1024);
  let state = 12345;
  let acc = 0;
  const t0 = performance.now();
  for (let i = 0; i < 2_000_000; i++) {
    state = (Math.imul(0x19660d, state) + 0x3c6ef35f) | 0;
    const u = (state >>> 0) / 0x100000000;
    const j = i & 1023;
    // A decaying level fed by a random inflow, as a leap moves a compartment.
    levels[j] = levels[j]! * Math.exp(-u * 0.01) + u;
    acc += levels[j]!;
    bytes[(state >>> 12) & 0xfffff]! += 1;
  }
  const ms = performance.now() - t0;
  // Kept where the compiler cannot prove it unused, so that the loop is not dropped as dead code.
  referenceChecksum = acc + bytes[0]!;
  return ms;
}

/** The last workload's sum (its only use is to keep the loop alive). */
export let referenceChecksum = 0;
