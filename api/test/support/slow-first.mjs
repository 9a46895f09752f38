import sequencer from '@jest/test-sequencer';

const Sequencer = sequencer.default ?? sequencer;

/**
 * Suites that take minutes start first. Jest orders files by how long they took before, which a
 * fresh clone (CI's) does not know, and otherwise by size, which put the million-order import
 * last: it then ran alone for five minutes after every other suite had finished.
 */
const SLOW = ['/test/integration/order-import-large.test.ts'];

const isSlow = (test) => SLOW.some((path) => test.path.endsWith(path));

export default class SlowFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter(isSlow), ...sorted.filter((test) => !isSlow(test))];
  }
}
