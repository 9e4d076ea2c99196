/**
 * The analyzer also guesses events from `this.dispatchEvent(...)` calls. For calls that pass an event object
 * it names them after the constructor's first argument (`new TrialSummarySignupEvent(data)` becomes an event
 * called "data"), beside the events the class documents with `@fires`. This drops those guesses: an event
 * whose name is not a `trial-summary-*` type and whose class is documented under its real name already.
 */
const dropGuessedEvents = {
  name: 'trial-summary-drop-guessed-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        const named = new Set(
          declaration.events
            .filter((e) => /^trial-summary(-[a-z]+)*$/.test(e.name ?? ''))
            .map((e) => e.type?.text),
        );
        declaration.events = declaration.events.filter(
          (e) => /^trial-summary(-[a-z]+)*$/.test(e.name ?? '') || !named.has(e.type?.text),
        );
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  outdir: '.',
  plugins: [dropGuessedEvents],
};
