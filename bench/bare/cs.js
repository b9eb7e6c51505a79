// The bare extension's content script (bench/pages.mjs): does nothing; it only gives the benchmark a content-script
// world on x.com from which to send the bare worker its message, as the real content script sends a gesture.
void 0;
