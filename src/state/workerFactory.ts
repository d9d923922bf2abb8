// workerFactory.ts creates the app's Web Workers; the single-file build swaps in inlined copies (vite.config.ts).
import SimWorker from '../../workers/sim.worker.ts?worker';

/** A new simulation worker (module worker, bundled by Vite). */
export function createSimWorker(): Worker {
  return new SimWorker({ name: 'chimera-sim' });
}
