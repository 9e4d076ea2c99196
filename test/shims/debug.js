// The `debug` package is CommonJS, which the test server does not convert. micromark's development build
// (used in tests, for its internal assertions) only calls it to log, so this silent ESM stand-in serves.
export default function debug() {
  const log = () => {};
  log.enabled = false;
  return log;
}
