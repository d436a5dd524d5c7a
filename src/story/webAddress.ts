/** A string that webAddress has checked: the only kind of URL a link made from data may carry. */
export type WebAddress = string & { readonly checkedWebAddress: unique symbol };

/**
 * The address, normalised, when `url` is a web address (`http:` or `https:` with a host), else
 * null. A link made from data must never run script (`javascript:`), carry a document (`data:`)
 * or open another program, so every source URL from data passes here before it becomes a link.
 */
export function webAddress(url: unknown): WebAddress | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname ? (parsed.href as WebAddress) : null;
}

/** The rule a source URL follows, in words, for messages. */
export const WEB_ADDRESS_RULE = 'an http: or https: address';
