// comlinkNodeAdapter.d.ts types Comlink's worker_threads adapter (the package ships its types beside the file, not for this path).

declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  export interface NodeEndpoint {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Node and DOM transfer lists differ
    postMessage(message: any, transfer?: any): void;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Node emitters type listeners loosely
    on(type: string, listener: (...args: any[]) => void): unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    off(type: string, listener: (...args: any[]) => void): unknown;
    start?: () => void;
  }
  export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
