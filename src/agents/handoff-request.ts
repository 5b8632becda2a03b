/**
 * Recognises a customer asking to be handed to a person (digest §7), in its common forms:
 * "can I talk to someone", "is there someone I can speak to", "connect me", "put me through",
 * "call me back", "could a real person look at this", or a bare role name ("manager",
 * "supervisor please"). A calm mention of a person ("will someone be home to sign for it?",
 * "is the vet who saw Rex in on Saturday?") is not a request: each pattern needs a request
 * verb aimed at a person, or the person named alone.
 */
import { NUMBER_TO_RING } from '../knowledge/answer-types.ts';
import { knownWord, oneSlipApart } from '../knowledge/spelling.ts';

/** Words that name "a person at the business" in general (not a particular business's roles). */
const PERSON =
  '(?:humans?(?: beings?)?|persons?|people|agents?|representatives?|reps?|someone|somebody|anyone|anybody|' +
  'managers?|supervisors?|boss|staff(?: members?)?|members? of (?:staff|the team|your team)|team members?|operators?|' +
  'employees?|colleagues?|someone in charge|customer (?:service|support|care)|support team|' +
  'receptionists?|reception|front desk|team|department|desk|office|owners?|proprietors?|someone senior|somebody senior|' +
  "whoever(?:'s| is)? (?:actually |really )?(?:in charge|the boss|the owner|the manager|owns|handles|deals with|looks after|manages|runs|does)\\b[^.?!]{0,30})";
const REAL = '(?:real|actual|live|human|proper)';

/** The customer does not want to go on in this chat ("rather than messaging", "not over chat"). */
const NOT_OVER_CHAT =
  /\b(?:(?:don'?t|do not|rather not|would rather not|'d rather not)\s+(?:really\s+)?(?:want\s+to\s+)?(?:sort|do|deal with|discuss|go through|explain)\s+(?:this|it|that|all this|all of this)\s+(?:out\s+)?(?:over|by|via|on|through|in)\s+(?:the\s+|this\s+)?(?:chat|messages?|text|typing)|rather than (?:messaging|typing|chatting|texting|(?:the|this|a) (?:chat|bot|chatbot|booking thing|thing|machine)))\b/;
const REQUESTS: [string, RegExp][] = [
  // "speak to someone", "talk with the practice manager", "have a word with a supervisor"
  ['talk-to-person', new RegExp(`\\b(?:(?:speak|talk|chat)(?:\\s+(?:this|it|that|things)\\s+(?:through|over))?|have a (?:quick |brief )?word|get in touch|be in touch|(?:discuss|raise|go (?:through|over)) (?:this|it|that|my \\w+)|sort (?:this|it) out)\\s+(?:to|with)\\s+(?:(?:a|an|the|your|some|one of (?:the|your)|${REAL})\\s+)*(?:(?!you\\b|about\\b|regarding\\b)\\w+\\s+)?${PERSON}\\b`)],
  // "connect me", "transfer me to…", "put me through", "pass me on", "put me in touch"
  ['connect-me', /\b(?:connect|transfer|redirect|forward)\s+me\b|\bput\s+me\s+(?:through|in touch)\b|\bput\s+me\s+(?:on\s*to|across\s+to|over\s+to)\s+(?:a|an|the|your|some)?\s*(?:\w+\s+)?(?:office|manager|supervisor|owner|team|someone|somebody|person|human|staff|reception|desk|department)\b|\bpass\s+me\s+(?:on|over|to)\b|\bescalate\s+(?:this|me|my\b|it\b)|\bhand\s+me\s+(?:over|on)\b|\b(?:this|it|my \w+)\s+escalated\b|\bescalated?\s+to\s+(?:a|an|the|your)\s+(?:manager|supervisor|human|person|someone|senior)/],
  // "call me back", "give me a call", "a call from one of the nurses"
  ['call-me-back', /\b(?:call|ring|phone|contact|email|message)\s+(?:me\s+)?back\b(?!\s+(?:slot|time|window|appointment))|\bget back to (?:me|us)\b|\b(?:get|have|like|want|request|arrange|need)\s+(?:a\s+)?call ?-?back\b(?!\s+(?:slot|time|window|appointment))|\bgive\s+(?:me|us)\s+a\s+(?:call|ring|buzz|bell)\b|\b(?:a|get a)\s+(?:phone\s+)?call\s+(?:back\s+)?from\b/],
  // "can someone ring me", "ask a staff member to phone me" (not "will a vet call me with results")
  ['someone-call-me', /\b(?:can|could|would|please|pls|plz|need|want|ask|get|have|like|send)\b[^.?!]{0,40}\b(?:(?:call|ring|phone|contact)\s+me\b|(?:message|email|text)\s+me\s*(?:[?.!,]|$|please|directly|personally))/],
  // "reach a person", "get hold of someone"
  ['reach-person', new RegExp(`\\b(?:reach|get hold of|get through to|contact)\\s+(?:a|an|the|some)?\\s*(?:${REAL}\\s+)?(?:human|person|people|someone|somebody|anyone|anybody|agent|representative|staff|manager|supervisor|operator)\\b`)],
  // "is there someone I can talk to", "is anyone available to chat"
  ['someone-i-can', new RegExp(`\\b(?:is|are) there\\s+(?:\\w+\\s+){0,2}?(?:one|body|${PERSON})\\b[^?.!]{0,40}\\b(?:i|we)\\s+(?:can|could|may)\\s+(?:actually\\s+|just\\s+)?(?:talk|speak|chat|call|ring|phone|message|email|write to|reach|contact|discuss|ask)\\b`)],
  ['anyone-available', /\b(?:is|are)\s+(?:there\s+)?(?:anyone|anybody|someone|somebody|a (?:real |live )?(?:human|person)|any (?:humans?|people|staff))\s+(?:available|around|free|online|there)\b(?!\s+(?:at|on|to (?:help )?(?:take|sign|collect|receive|pick|carry|load|lift|open|let)))/],
  // "are there any humans who could help me", "could a real person look at this"
  ['humans-help', /\b(?:any|a|some)\s+(?:real\s+|actual\s+)?(?:humans?|people|staff|person)\b[^.?!]{0,40}\b(?:help|assist|look at|talk|speak|chat)\b/],
  // "I need a human right now", "we want a manager to call me" (not "I need a person to sign for it",
  // "I want the agent to stop repeating itself": "to" + a verb other than contact or help)
  ['want-person', new RegExp(`\\b(?:i|we)(?:'d like|\\s+(?:really\\s+)?(?:need|want|would like|'d like|demand|require|insist on))\\s+(?:to\\s+(?:speak|talk)\\s+(?:to|with)\\s+)?(?:a|an|the|some)?\\s*(?:${REAL}\\s+)?(?:human|person|agent|representative|manager|supervisor|operator)\\b(?!\\s+(?:to\\s+(?!(?:call|ring|phone|contact|help|talk|speak|look|handle|deal|sort|review|check|go|take over)\\b)|for\\s+(?:the|my|our)\\s+(?:event|trip|wedding|party)))`)],
  // "I'd like a response from the owner", "I want to hear from a manager today"
  ['hear-from-person', new RegExp(`\\b(?:like|want|need|expect|demand|await|waiting for)\\s+(?:to\\s+hear\\s+from|(?:a|an|some)\\s+(?:\\w+\\s+)?(?:response|reply|answer|explanation|apology|call)\\s+from)\\s+(?:a|an|the|your|some)?\\s*(?:${REAL}\\s+)?(?:owner|manager|supervisor|director|human|person|someone|somebody|member of (?:staff|the team)|staff)\\b`)],
  // "Can I get a person on the phone?"
  ['person-on-the-phone', new RegExp(`\\b(?:get|have|put)\\s+(?:a|an|the|some)?\\s*(?:${REAL}\\s+)?(?:human|person|someone|somebody|agent|manager|member of (?:staff|the team))\\s+on\\s+the\\s+(?:phone|line)\\b`)],
  // "Transfer to agent", "connect to human", "pass this on to someone who can help"
  ['transfer-to', new RegExp(`^\\W*(?:please\\s+)?(?:transfer|connect|put)(?:\\s+me)?\\s+(?:to|with|through to)\\s+(?:a|an|the|your)?\\s*(?:${REAL}\\s+)?(?:agent|human|person|someone|somebody|staff|representative|operator|manager|supervisor)\\b|\\bpass (?:this|it|my \\w+) (?:on |over )?to (?:someone|somebody|a (?:real )?(?:person|human)|a manager|(?:a member of )?(?:your )?(?:staff|team))\\b`)],
  // "can I have a number for Jack or whoever's the boss", "what's the owner's number?" (not the
  // number for reception or customer care: the customer will ring it)
  ['number-for-person', /\b(?:a|the|your|their)\s+(?:phone\s+|mobile\s+|direct\s+)?number\s+(?:for|of)\s+(?:\p{L}+\s+or\s+)?(?:whoever(?:'s|\s+is)\s+(?:the\s+)?(?:boss|owner|manager|in\s+charge)|the\s+(?:owner|manager|boss))\b|\b(?:the|your)\s+(?:owner|manager|boss)'s\s+(?:phone\s+|mobile\s+|direct\s+)?number\b/u],
  // "Who can I speak to about this?"
  ['who-can-i', /^\W*who (?:can|could|should) (?:i|we) (?:speak|talk|chat) (?:to|with)\b|\bwho(?:'s| is) in charge\b/],
  // "Can I have a quick call with someone rather than doing this over messages?"
  ['call-with-person', /\b(?:have|get|arrange|book)\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:call|chat|word|phone call)\s+with\s+(?:someone|somebody|a (?:real )?(?:person|human)|one of (?:you|your team|the team)|a member of (?:staff|the team))\b/],
  // "Can I ring someone?", "can we email a person?\"
  ['can-i-contact', /\b(?:can|could|may)\s+(?:i|we)\s+(?:ring|call|phone|email|message)\s+(?:someone|somebody|a (?:real )?(?:person|human)|a manager|a member of (?:staff|the team))\b/],
  // "I'd like to be contacted by phone", "get in touch with me", "can we arrange a call?"
  ['contact-me', /\b(?:like|want|prefer|need) to be (?:contacted|called|rung|phoned)\b|\bget in touch with me\b|\b(?:arrange|book|schedule|set up) a (?:phone |quick )?call\b(?! back slot)/],
  // "Can you get a manager", "not a bot please", "help from a person"
  ['get-a-person', /\b(?:get|fetch|find) (?:me )?(?:a|the|your) (?:\w+ )?(?:manager|supervisor|human|real person)\b(?!'s)|\bget me (?:someone|somebody|a person|a human)\b|\b(?:a colleague|someone else|somebody else|a person|a human|a manager) (?:to )?take over\b|\b(?:not|no more|don't want|do not want|stop)\s+(?:(?:to\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:a|an|the|this)?\s*(?:bot|robot|chatbot|machine)s?\b|\bhelp from (?:a |an )?(?:real |actual )?(?:person|human|member of staff)\b/],
  ['real-person', new RegExp(`\\b${REAL}\\s+(?:person|human|agent|people|being|representative)\\b`)],
  // "I'd rather deal with a person than a chatbot", "I'd prefer to sort this out with a member of staff"
  ['rather-a-person', new RegExp(`\\b(?:i'd|i would|we'd|we would)\\s+(?:rather|prefer(?:\\s+to)?)\\s+(?:\\w+\\s+){0,5}?(?:with|to)\\s+(?:a|an|the|some)?\\s*${PERSON}\\b|\\b(?:rather|prefer to)\\s+(?:speak|talk|chat)\\s+(?:to|with)\\s+(?:a|an|the|some)?\\s*${PERSON}\\b`)],
  // "Can I talk to the mechanic who did my service?": a named role, asked for.
  ['talk-to-role', /^\W*(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:talk|speak)\s+(?:to|with)\s+(?:the|a|an|your|one of (?:the|your))\s+[a-z]+(?:\s+[a-z]+)?\s*(?:\?|please|who\b|that\b|about\b|$)/],
  // "Could I be put through to a supervisor?", "customer services, not a bot"
  ['put-through', /\b(?:be|get)\s+put\s+through\b|\b(?:speak|talk)\s+to\s+customer\s+services?\b/],
  // "I need to talk to a plumber right now!", "I want to speak to the owner."
  ['need-to-talk', /\b(?:i|we)\s+(?:really\s+)?(?:need|want|have|would like|'d like)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?:a|an|the|your|one of your)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[.!?,]|$|now\b|right now\b|today\b|asap\b|urgently\b|please\b)/],
  // "I'd like a word with him directly" (after "who's the skipper?"), "a word with her personally".
  ['word-with-them', /\b(?:like|want|need|have)\s+a\s+(?:quick\s+|brief\s+)?word\s+with\s+(?:him|her|them)\s+(?:directly|personally|myself|in person)\b/],
  // "Don't really want to sort this out over chat", "… rather than the booking thing": not here.
  ['not-over-chat', NOT_OVER_CHAT],
  // "Call me please, 07700 900633", "ring me on 0114…": a call asked for outright.
  ['call-me', /^\W*(?:(?:please|pls|plz|can you|could you|would you)\s+)?(?:call|ring|phone)\s+me\b/],
];

/**
 * "I want to talk to Colin", "Can I speak with Eleanor?": a person asked for by name (read on the
 * message as written: a capitalised name, at the end of the clause or before "please", "about"…).
 */
const TALK_TO_NAME = /\b(?:speak|talk|chat)\s+(?:to|with)\s+(?!I\b|You\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:[?.!,]|$|\s+(?:please|about|re|regarding|today|now|asap|herself|himself|directly|personally|rather)\b)/;
/** "Is Maya available?", "Is Tom there?": a person asked after by name, now (not "is Tom in on Saturday?"). */
const NAME_AVAILABLE = /^\W*[Ii]s\s+(?!It\b|That\b|This\b|There\b)[A-Z][a-z]+\s+(?:available|around|free|there|in|about|working)(?:\s+(?:today|now|at the moment|right now))?\s*[?.!]/;
/**
 * "is jess about? can i have a quick chat with her", "is carol in today? need a word": typed in lower
 * case, a name is known as one by the talk that follows it.
 */
const NAME_AVAILABLE_TO_TALK =
  /^\W*(?:(?:hi|hello|hiya|hey)\W+)?is\s+(?!(?:it|that|this|there|the|he|she|anyone|anybody|someone|somebody|everyone|everything|parking|food)\b)[a-z]+\s+(?:available|around|there|in|about|working)(?:\s+(?:the\s+office|the\s+shop|today|now|at the moment|right now|this morning|this afternoon))*\s*\?[^?]*\b(?:chat|word|talk|speak|ask (?:him|her) (?:something|a question|about))\b/;
/** "can i speak to pete please": a name (or a role) typed in lower case, ending the message. */
const TALK_TO_LOWER_NAME = /\b(?:speak|talk|chat)\s+(?:to|with)\s+(?!(?:you|u|it|them|that|this|him|her|someone|somebody|anyone|anybody|me|us)\b)[a-z]+(?:\s+(?:please|pls|plz|asap|now|today))?\s*[?.!]*\s*$/;

/** A message that is only a role name, perhaps with "please" / "now" ("Manager!", "A human, please."). */
const BARE_ROLE = new RegExp(
  `^(?:(?:a|an|the|my|your|i want|i need|get me|give me|${REAL}|please|pls|now|asap)\\s+)*` +
    '(?:customer (?:service|support|care) )?(?:human|person|agent|representative|rep|manager|supervisor|operator|someone|somebody|boss|staff|customer (?:service|support)|live support|' +
    // A trade's own people, named alone ("pharmacist", "mechanic please").
    'pharmacist|optician|optometrist|dentist|doctor|nurse|vet|mechanic|technician|engineer|receptionist|advis[eo]r|consultant|specialist)' +
    '(?:\\s+(?:please|pls|now|asap))*$',
);

/**
 * Mentions that look like requests but are not: asking what the agent is, HR, "human error", "do
 * I need to speak to someone to…", a call asked for when something is ready ("could you ring me
 * when the cake is ready?"), a word with someone in person ("can I speak to the baker when I
 * collect?"). Nor is asking for the number to ring ("Is there a number I can call to talk to
 * someone?", "What number do I ring?", NUMBER_ASKED below): the customer will call; the answer is
 * the number. Nor is asking how long a reply takes ("how long does it usually take for someone to
 * get back to me?").
 */
const NOT_A_REQUEST =
  /\bhow (?:long|soon|quickly)\b[^.?!]{0,60}\bget back to (?:me|us)\b|\bare you (?:a |an )?(?:real |actual )?(?:bot|robot|human|person|ai|machine)\b|\bhuman (?:resources|error|grade)\b|\b(?:do|does|will|would) (?:i|we) (?:need|have) to (?:speak|talk|chat)\b|^\W*(?:if|in case)\b[^,.?!]*\b(?:later|in (?:the )?future|ever|down the line|at some point)\b|\b(?:(?:call|ring|phone|text|email|message) (?:me|us)|give (?:me|us) a (?:call|ring|bell|buzz)) (?:when|once|as soon as) (?:it|they|it's|the|my|our|he|she)\b[^.?!]*\b(?:ready|done|finished|arrives?|arrived|in stock|back in|available|fixed|repaired)\b|\b(?:speak|talk|chat) (?:to|with)\b[^.?!]{0,40}\b(?:when|while) (?:i|we) (?:collect|come in|come to|pick (?:it |them )?up|visit|arrive|drop (?:it |them )?off|pop in|call in|am in|'m in|are in)\b|\b(?:speak|talk|chat) (?:to|with)\b[^.?!]{0,60}\bat (?:my|our|the|her|his) (?:next )?(?:appointment|check-?up|visit|session|lesson|class|consultation|fitting|scan)\b/;

/**
 * Requests that turn away from this chat, which asking for the number to ring does not undo ("is
 * there a number? don't want to sort this out over chat"). "I'd rather speak to a person. What
 * number do I ring?" is answered with the number: the customer has chosen to phone.
 */
const PERSON_WANTED = new Set(['not-over-chat', 'word-with-them']);

/** The number to ring asked for (answer-types.ts): the customer will ring. */
const NUMBER_ASKED = new RegExp(String.raw`\b(?:${NUMBER_TO_RING})\b`);

/** The words a request for a person turns on, which a slip of the keyboard must not hide. */
const REQUEST_WORDS = [
  'talk', 'speak', 'person', 'someone', 'somebody', 'anyone', 'anybody', 'actually', 'there', 'staff', 'human', 'manager',
  'receptionist', 'reception', 'supervisor', 'available', 'representative', 'contact', 'phone', 'actual', 'agent', 'really',
];

/**
 * "is ther anyone i can actualy speak to", "speak to staf": a word the dictionary does not know,
 * one slip from a word a request turns on, is read as that word (only once the dictionary has
 * loaded; until then the message is read as typed).
 */
function mendSlips(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (w) => {
    if (REQUEST_WORDS.includes(w) || knownWord(w) !== false) return w;
    return REQUEST_WORDS.find((r) => oneSlipApart(w, r)) ?? w;
  });
}

/** The matching pattern's name when the message asks for a person, else undefined. */
export function handoffRequest(message: string): string | undefined {
  let text = message
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    // Text-speak: "can i talk 2 some1", "can u get sum1 to ring me".
    .replace(/\b(?:some1|sum1|sumone)\b/g, 'someone')
    .replace(/\bany1\b/g, 'anyone')
    // "wud like a callbak pls"
    .replace(/\b(?:callbak|callbk|cal ?bak|call ?bk)\b/g, 'callback')
    .replace(/\b(?:bak|bk)\b/g, 'back')
    .replace(/\b(?:wud|wld)\b/g, 'would')
    // Slips on the words that matter: "can i tlak to a real persn".
    .replace(/\b(?:tlak|tak|talkk|tlk)\b/g, 'talk')
    .replace(/\bthru\b/g, 'through')
    .replace(/\b(?:persn|peson|perosn|preson)\b/g, 'person')
    .replace(/\bu\b/g, 'you')
    .replace(/\b2 (?=(?:a|an|the|someone|somebody|anyone|human|agent|manager|person)\b)/g, 'to ')
    .trim();
  text = mendSlips(text);
  if (NOT_A_REQUEST.test(text)) return undefined;
  // "Is there a number I can ring?" asks for the number: the customer will ring, and the answer is
  // the number. With "rather than messaging" or "not over chat" beside it, they turn away from
  // this chat, and a person is what is asked for.
  if (NUMBER_ASKED.test(text)) return REQUESTS.find(([name, re]) => PERSON_WANTED.has(name) && re.test(text))?.[0];
  const bare = text.replace(/[^\p{L}\p{N}\s']/gu, ' ').replace(/\s+/g, ' ').trim();
  if (BARE_ROLE.test(bare)) return 'role-name';
  if (TALK_TO_NAME.test(message.replace(/[’‘`]/g, "'"))) return 'talk-to-name';
  if (NAME_AVAILABLE.test(message)) return 'name-available';
  if (NAME_AVAILABLE_TO_TALK.test(text)) return 'name-available';
  if (/^\W*(?:(?:hi|hello|hiya)\W+)?(?:can|could|may)\s+i\s+(?:please\s+)?(?:speak|talk|chat)\b/.test(text) && TALK_TO_LOWER_NAME.test(text)) return 'talk-to-name';
  for (const [name, re] of REQUESTS) {
    if (!re.test(text)) continue;
    // "Please call me Sam, not Samantha": "call me" followed by a name is about naming.
    if ((name === 'someone-call-me' || name === 'call-me') && /\bcall me [A-Z][a-z]+\b(?! back)/.test(message) && !/\bcall me (?:back|on|at|asap|today|tomorrow|please)\b/i.test(message)) continue;
    return name;
  }
  return undefined;
}
