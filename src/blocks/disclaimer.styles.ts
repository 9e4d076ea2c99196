/** Disclaimer block: the card's footer (disclaimer, attribution, the link to the full record). */
import { css } from 'lit';

export const disclaimerStyles = css`
  .disclaimer {
    font-size: 0.9em;
  }
`;
