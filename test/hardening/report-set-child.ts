/**
 * Child process for the signal cases of test/hardening/report-set.test.ts: opens a report set on
 * `OUT`, stages one file, prints `staged` and waits, so that the test can send it SIGINT or SIGTERM
 * between two files of the set (where a command awaits its next report).
 *
 *   node --import tsx/esm test/hardening/report-set-child.ts OUT
 */
import { openReportSet, ReportSet } from '../../src/io/report-set.ts';

const set = openReportSet(process.argv[2]!, 'out');
if (!(set instanceof ReportSet)) throw new Error(`not opened: ${set.code}`);
set.put('r.check.html', 'NEW HTML');
process.stdout.write('staged\n');
await new Promise((resolve) => setTimeout(resolve, 10_000));
set.put('r.check.json', 'NEW JSON');
set.commit();
process.stdout.write('survived\n');
