#!/usr/bin/env node
// Entry point of `npx xinfang`: registers tsx so the TypeScript sources run as they are (no build step).
import { register } from 'tsx/esm/api';

// A reader that stops early (`xinfang check --json | head`) closes the pipe. Stop quietly with the
// code a Unix tool killed by SIGPIPE gives (128 + 13), after the cleanups of src/io/exit-cleanup.ts;
// Node ignores SIGPIPE, so without this the write error would surface as a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(141);
  });
}

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
