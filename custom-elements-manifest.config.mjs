export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  outdir: '.',
};
