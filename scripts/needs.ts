import { describeNeeds, ensureNeeds } from './needs/ensure.ts';

/**
 * `node scripts/needs.ts test|soak [--dry-run]`: the first step of `npm test` (and of
 * `npm run test:soak`). It ends with one line, never a stack trace: what was found, or the fix.
 */
const kind = process.argv[2] === 'soak' ? 'soak' : 'test';
try {
  const outcome = ensureNeeds(kind, { dryRun: process.argv.includes('--dry-run'), log: (line) => console.log(line) });
  if (outcome.ok) {
    console.log(`${kind === 'test' ? 'npm test' : 'npm run test:soak'} needs: ${describeNeeds(outcome.needs)}`);
  } else {
    console.error(outcome.message);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`The needs check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
