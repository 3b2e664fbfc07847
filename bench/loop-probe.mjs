// Loaded into the bench's server (`node --import`): its event-loop delay, asked for over IPC, in milliseconds.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
process.on('message', (message) => {
  if (message !== 'loop-delay') return;
  process.send?.({ p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 });
  histogram.reset();
});
// The IPC channel must not keep a server alive that was told to stop.
process.channel?.unref();
