// @ts-check
/**
 * Markdown input families that cost parsers more than prose of the same length, for `npm run bench:stall`
 * and the unit tests. Each maker returns text of exactly `n` characters.
 */

/** @param {string} unit @param {number} n */
export const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const PROSE =
  'Participants will receive the study drug once daily for twelve weeks and visit the clinic every month. ';

/** @type {Record<string, (n: number) => string>} */
export const FAMILIES = {
  prose: (n) => fill(PROSE, n),
  'a a a (prose of one-letter words)': (n) => fill('a ', n),
  '>': (n) => fill('>', n),
  '> a (lines)': (n) => fill('> a\n', n),
  '*': (n) => fill('*', n),
  '*a': (n) => fill('*a', n),
  '**_': (n) => fill('**_', n),
  _a: (n) => fill('_a', n),
  'a**b*': (n) => fill('a**b*', n),
  '[': (n) => fill('[', n),
  '[a](': (n) => fill('[a](', n),
  '![a](': (n) => fill('![a](', n),
  '[a]: b (definitions)': (n) => fill('[a]: b\n', n),
  '# h (lines)': (n) => fill('# h\n', n),
  'a (paragraphs)': (n) => fill('a\n\n', n),
  '* a (list items)': (n) => fill('* a\n', n),
  '\\': (n) => fill('\\', n),
  '\\*': (n) => fill('\\*', n),
  '&amp;': (n) => fill('&amp;', n),
  '&#123;': (n) => fill('&#123;', n),
  '`a': (n) => fill('`a', n),
  '<a': (n) => fill('<a', n),
  '- (nested markers)': (n) => fill('- ', n),
  '1. (nested markers)': (n) => fill('1. ', n),
  'deep list (indented)': (n) => {
    let s = '';
    for (let i = 0; s.length < n; i++) s += `${'  '.repeat(i)}* a\n`;
    return s.slice(0, n);
  },
};
