/**
 * Bag-of-words features and the logistic score over them, shared by the fitted layers (the input
 * filter's injection classifier, the escalation classifier): a text's words, word pairs and,
 * optionally, letter n-grams, each a string key into a weight table fitted offline.
 */

/** Words (`w:`), word pairs (`b:`) and, with `charN` > 0, letter n-grams (`c:`) of `text`. */
export function wordFeatures(text: string, charN = 0): string[] {
  const words = text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`b:${words[i]} ${words[i + 1]}`);
  }
  if (charN > 0) {
    const padded = ` ${words.join(' ')} `;
    for (let i = 0; i + charN <= padded.length; i++) out.add(`c:${padded.slice(i, i + charN)}`);
  }
  return [...out];
}

/** The fitted probability of `features`: the logistic of the bias plus their weights. */
export function scoreFeatures(features: readonly string[], bias: number, weights: ReadonlyMap<string, number>): number {
  let z = bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
