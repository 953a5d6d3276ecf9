const Sequencer = require('@jest/test-sequencer').default;

/** Unit tests, then integration tests, then end-to-end tests; alphabetical within each. */
const rank = (path) => (path.includes('/unit/') ? 0 : path.includes('/integration/') ? 1 : 2);

class OrgraphSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = OrgraphSequencer;
