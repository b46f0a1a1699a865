// shared_dir.js — where browser tests find ../shared (seed articles, eval sets), and the skip reason when absent.
//
//     const { sharedPath, skipUnless } = require('./shared_dir');
//     const SEEDS = sharedPath('seeds');                                  // $LEDE_SHARED_DIR/seeds or ../shared/seeds
//     describe('on the seeds', { skip: skipUnless(SEEDS) }, () => { ... });   // reported as skipped, with the reason
//
// LEDE_SHARED_DIR (the same variable the native tests and scripts/eval.sh read) overrides the default folder
// next to the repository. A test that needs it and cannot find it is skipped, never passed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SHARED = process.env.LEDE_SHARED_DIR ? path.resolve(process.env.LEDE_SHARED_DIR) : path.resolve(ROOT, '../shared');

function sharedPath(...parts) { return path.join(SHARED, ...parts); }

// false when p exists (run the test), else the reason string node:test prints for the skip.
function skipUnless(p) {
  return fs.existsSync(p) ? false : `needs ${p}, which is absent (set LEDE_SHARED_DIR to the shared folder)`;
}

module.exports = { SHARED, sharedPath, skipUnless };
