/**
 * Child process for the signal and exit cases of test/hardening/write-atomic.test.ts: writes
 * `TARGET` with `writeFileAtomicChunks`, and in the middle of the write does what `HOW` says —
 * `sigint` / `sigterm` (sends itself the signal) or `exit` (calls process.exit(3)).
 *
 *   node --import tsx/esm test/hardening/write-atomic-child.ts TARGET HOW
 */
import { writeFileAtomicChunks } from '../../src/io/write-atomic.ts';

const [target, how] = process.argv.slice(2);
const chunk = new Uint8Array(1 << 20).fill(0x42);
writeFileAtomicChunks(target!, (write) => {
  for (let i = 0; i < 4; i++) {
    write(chunk);
    if (i !== 1) continue;
    if (how === 'exit') process.exit(3);
    process.kill(process.pid, how === 'sigterm' ? 'SIGTERM' : 'SIGINT');
  }
});
// A command goes on after its writes; the signal, held back during the write, ends it here.
await new Promise((resolve) => setTimeout(resolve, 5000));
process.stdout.write('survived\n');
