// Loaded into the app by `npm run bench:memory` (node --expose-gc --import this-file dist/main.js):
// answers the bench over the IPC channel, so every figure is taken the same way at every point.
// "measure": two full collections (the second frees what the first's finalizers released), then
// V8's heap figures after a pause in which V8 and malloc may hand freed pages back. "snapshot":
// a heap snapshot to the given file, for tracing what a growth is made of.
import { writeHeapSnapshot } from "node:v8";

const gc = globalThis.gc;
if (typeof gc !== "function") throw new Error("memory-probe needs node --expose-gc");

process.on("message", (message) => {
  if (message?.type === "measure") {
    gc();
    gc();
    setTimeout(() => {
      const m = process.memoryUsage();
      process.send?.({ type: "measured", heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external });
    }, message.pauseMs ?? 1000);
  } else if (message?.type === "snapshot") {
    process.send?.({ type: "snapshot", file: writeHeapSnapshot(message.file) });
  }
});
// The IPC channel must not keep the app alive on its own (SIGTERM still ends it either way).
process.channel?.unref();
