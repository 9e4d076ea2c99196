/**
 * The card's styles, composed in cascade order: tokens (custom properties, the palette), base (host,
 * typography, shared pieces, the card layout), one sheet per block, then media-wide rules (print). A block
 * with no rules of its own (summary, conditions) uses base's shared pieces only.
 *
 * The element starts with the first screen's sheets (`styles`); the sheets of the blocks below it come with
 * their code (`blockStyles` in lazy/blocks.ts) and `adoptBlockStyles` puts them in before `media`.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';
import { tokens } from './styles/tokens.js';
import { base } from './styles/base.js';
import { media } from './styles/media.js';
import { headerStyles } from './blocks/header.styles.js';
import { disclaimerStyles } from './blocks/disclaimer.styles.js';
import { ownWordsStyles } from './blocks/own-words.styles.js';
import { statesStyles } from './blocks/states.styles.js';

const firstScreen = [tokens, base, headerStyles, disclaimerStyles, ownWordsStyles, statesStyles];

export const styles = [...firstScreen, media];

/**
 * The blocks' sheets added to a card's shadow root, still before `media`. Where constructable sheets are
 * missing, Lit's fallback appends `<style>` elements: the blocks' and `media` again after them.
 */
export function adoptBlockStyles(root: ShadowRoot, blockStyles: CSSResultOrNative[]): void {
  adoptStyles(
    root,
    supportsAdoptingStyleSheets ? [...firstScreen, ...blockStyles, media] : [...blockStyles, media],
  );
}
