/**
 * `npx tsx tests/bench/makeLayer.ts DIR [DAYS]`: writes the bench's real-size layer (the messy
 * generated series, 1,400 days by default, imported with `npm run import`) as a layers' root in
 * DIR, for `npm run bench:compare -- --layer DIR`.
 */
import { messyImportBench } from './messyImportBench';

const [dir, days = '1400'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx tsx tests/bench/makeLayer.ts DIR [DAYS]');
  process.exit(2);
}
const made = await messyImportBench(Number(days), dir);
console.log(`${made.files} files imported in ${made.seconds} s into ${dir}`);
console.log(made.summary.split('\n')[0]);
