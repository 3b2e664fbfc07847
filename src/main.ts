// The composition root of the `tiendo` command: the CLI's commands and the server's `serve`, which only
// this file may bring together (test/architecture.test.ts).
import { runTiendo } from './cli/main';

process.exitCode = await runTiendo(process.argv.slice(2), {
  serve: {
    load: () => import('./server/serve.command'),
    help: 'serve [--demo]            chạy máy chủ web và API',
  },
});
