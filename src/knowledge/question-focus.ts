/**
 * The question in a customer's message (issue 13, round 6). Customers put the situation first
 * and the question last, or the other way round: "I'm 45 and never learned to swim, bit
 * embarrassing honestly. Do you teach grown-ups?", "am I allowed to film my son? his grandad
 * would love to see it". Every word counts against coverage, so the story can sink the line that
 * answers; the sentences ending in a question mark are what is asked. The support composer
 * (offline-support.ts) asks the question alone only when the whole message found no answer: the
 * story often names the topic ("she'll miss swimming. Can she catch up?").
 */

/**
 * The message's sentences that end in "?", joined, and the rest (the story); the whole message
 * and no story when none or all of its sentences do.
 */
const STORY_COMMA = /^(?!(?:if|when|whenever|once|after|before|unless|while|in\s+case|as\s+long\s+as)\b)([^,?]{8,}?),\s+((?:what|what's|how|when|where|which|who|can|could|do|does|is|are|will|would|should)\b[^.!?,]*\?)$/i;

/** "Old fashioned question but can I still pay by cheque?": a lead-in, then "but" and the question. */
const STORY_BUT = /^([^,?]{8,60}?)\s+but\s+((?:what|what's|how|when|where|which|who|can|could|do|does|is|are|will|would|should)\b[^.!?,]*\?)$/i;

export function questionFocus(message: string): { question: string; story: string } {
  const parts = message
    .trim()
    // A dash or a colon joins a story to its question too: "just planning ahead - would we get a
    // refund…?", "no need for a manager, just curious: how long…?".
    // An emoji ends a sentence too ("totally forgot to collect it 🙈 how long do you keep them?").
    .split(/(?<=[.!?])\s+|(?<=\p{Extended_Pictographic})\s+|\n+|\s+[-–—]+\s+|(?<=\p{L}):\s+(?=\p{L})/u)
    // So does a comma before the question itself ("Taking my mum out on Sunday, what time do you
    // shut?"), but not after a condition ("If we upgrade halfway through, do we pay…?").
    .flatMap((s) => {
      const m = STORY_COMMA.exec(s.trim()) ?? STORY_BUT.exec(s.trim());
      return m ? [m[1]!, m[2]!] : [s];
    })
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const asked = parts.filter((s) => s.endsWith('?'));
  if (asked.length === 0 || asked.length === parts.length) return { question: message, story: '' };
  return { question: asked.join(' '), story: parts.filter((s) => !s.endsWith('?')).join(' ') };
}

/** "…, and how long am I signed up for?", "… and what does that cost": a second question joined on. */
const JOINED_QUESTION = /,?\s+(?:and|&|or)\s+(?=(?:what|what's|how|when|where|which|who|can|could|is|are|do|does|will|would)\b)/i;

/**
 * The separate questions a message asks ("When can I pick them up and what's the charge?" → two),
 * without the story around them; the whole message when it asks one.
 */
export function subQuestions(message: string): string[] {
  const { question } = questionFocus(message);
  const parts = question
    .split(/(?<=\?)\s+/)
    .flatMap((q) => q.split(JOINED_QUESTION))
    .map((q) => q.trim())
    .filter((q) => q.split(/\s+/).length >= 3);
  return parts.length >= 2 ? parts : [message];
}
