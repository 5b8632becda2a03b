/** Placeholder: knowledge-sentence filter (implemented in the next commit). */
export function unsafeKnowledgeSentence(_text: string): string | undefined {
  return undefined;
}
