/**
 * Glossary words live in the registry's markup (not in a Lit template), so their clicks and keys are delegated
 * from the card's shadow root: a word's button shows or hides its definition in place, and Escape closes it.
 */
function setTerm(button: Element, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  const definition = button.nextElementSibling;
  if (definition instanceof HTMLElement && definition.classList.contains('definition'))
    definition.hidden = !open;
}

function termOf(event: Event): Element | null | undefined {
  return (event.target as Element | null)?.closest?.('button.term');
}

function toggleTerm(event: Event): void {
  const button = termOf(event);
  if (button) setTerm(button, button.getAttribute('aria-expanded') !== 'true');
}

function closeTerm(event: Event): void {
  const button = termOf(event);
  if (
    (event as KeyboardEvent).key === 'Escape' &&
    button?.getAttribute('aria-expanded') === 'true'
  ) {
    setTerm(button, false);
    event.stopPropagation();
  }
}

export function listenForTerms(root: EventTarget): void {
  root.addEventListener('click', toggleTerm);
  root.addEventListener('keydown', closeTerm);
}
