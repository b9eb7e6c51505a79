// The bare extension page of the benchmark (bench/pages.mjs): one line rendered with Preact, nothing else. The
// popup's and the report's first data paint are compared with this page's, in the same browser and the same run.
import { h, render } from 'preact';

render(h('p', { 'data-testid': 'bare' }, 'Travail du clic'), document.getElementById('app'));
