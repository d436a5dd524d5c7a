import { el } from './el';
/** Tells the reader, in place of the app, that it could not start and why. */
export function startError(error: unknown): void {
  console.error(error);
  const message = el('p', 'load-error');
  message.setAttribute('role', 'alert');
  message.textContent = `Claimline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')?.prepend(message);
}
