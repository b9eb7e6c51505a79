/**
 * CI runs the unit files four at a time on two shared cores: a report that renders in 1.3 s alone took more than
 * testing-library's default second to appear there (wording.test, stop 19). Finding an element waits up to 10 s; a
 * test that never shows it still fails.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
