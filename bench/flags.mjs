/** Chromium flags every benchmark browser shares: no sandbox (root in CI), no GPU, and no background traffic. */
export const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
