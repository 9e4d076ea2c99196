/** The English-only one-script build's stand-in for `es.ts`: no other language. */
export {};
