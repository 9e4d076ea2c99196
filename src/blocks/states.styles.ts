/**
 * States: the loading skeleton (still under reduced motion), the first card growing block by block, and
 * the error message with its actions.
 */
import { css } from 'lit';

export const statesStyles = css`
  /* A full card is taller than the screen: a skeleton of one screen keeps what follows out of view until the
     card arrives, so nothing the reader sees jumps. */
  .skeleton {
    min-height: max(22rem, 100vh);
  }
  .base.compact .skeleton {
    min-height: 0;
    height: 100%;
  }
  /* The page's first card fills in block by block: it keeps the skeleton's height (with the card's padding and
     border) until it is whole. */
  .base.growing {
    min-height: calc(max(22rem, 100vh) + var(--_space) * 2.5 + 2px);
  }
  .bone {
    background: var(--_bone);
    border-radius: 0.4rem;
    height: 1rem;
    margin-bottom: 0.75rem;
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone-title {
    height: 1.75rem;
    width: 80%;
    margin-bottom: 1.25rem;
  }
  .bone-line.short {
    width: 60%;
  }
  .bone-block {
    height: 6rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  .error-heading {
    font-size: 1.15em;
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
`;
