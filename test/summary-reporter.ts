import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "tests: N passed, N failed, N skipped", which CI systems
 * and people can read without knowing vitest's own layout, and then each skipped test by its full
 * name, which says why it was skipped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    // A skipped test names why in its title ("…(skipped: ../shared/corpus is not beside this checkout)"): listed, so a log says it.
    const why: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else {
          skipped++;
          why.push(`  skipped  ${test.fullName}`);
        }
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n${why.map((line) => `${line}\n`).join('')}`);
  }
}
