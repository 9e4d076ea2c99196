/**
 * Own-words block: "Show the registry's own words", the disclosure under the header and the risks block
 * listing the record's fields each plain sentence was made from.
 */
import { css } from 'lit';

export const ownWordsStyles = css`
  details.own-words {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.9em;
  }
  details.own-words dl {
    margin: 0;
  }
  details.own-words dt {
    font-weight: 600;
    margin-top: 0.5em;
  }
  details.own-words dd {
    margin: 0;
  }
`;
