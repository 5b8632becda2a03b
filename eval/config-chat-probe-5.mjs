#!/usr/bin/env node
// config-chat-probe-5.mjs: a blind, black-box probe of Parley, written from the public
// documentation only (README.md, docs/*.md and the CLI's --help).
//
// It creates two fresh organizations with the CLI, configures two invented businesses
// (a veterinary physiotherapy practice offering hydrotherapy for dogs, and a community
// allotment association) ONLY through the Management Chat API in plain language, the way a
// non-technical owner would type it: articles (long ones with headings, lists and price
// lists, ones pasted as one paragraph, one whose title is given another way), the business
// context and plain facts, escalation rules in several styles, a synonym, a business rule,
// an edited price and a removed article. Then it asks the support agent customer questions
// through the Customer Chat API (one fresh conversation per question): answerable
// paraphrases, unanswerable questions that share words with the articles, escalations and
// calm look-alikes, the synonym, the edited fact and the removed article; finally it asks
// the configuration agent analytics questions whose answers the probe knows because it
// made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p5
//   DATABASE_URL=sqlite:/tmp/p5/db.sqlite PORT=38475 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell:
//   DATABASE_URL=sqlite:/tmp/p5/db.sqlite PARLEY_URL=http://127.0.0.1:38475 node eval/config-chat-probe-5.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] step: "message"` or
// `FAIL [biz] step: "message" -> reply (first 200 chars)`, then `TOTAL pass/total`.
// Exit code 0 always when the probe itself ran; 2 when the probe could not run.


import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38475").replace(/\/+$/, "");
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(REPO, "bin", "parley.js");
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL must be set (the same one the server uses)");
  process.exit(2);
}

let passed = 0;
let total = 0;
const fails = [];

function oneLine(s) {
  return String(s ?? "").replace(/\s+/g, " ").trim();
}
function report(ok, biz, step, message, reply) {
  total++;
  if (ok) {
    passed++;
    console.log(`PASS [${biz}] ${step}: ${JSON.stringify(message)}`);
    if (process.env.PROBE_VERBOSE) console.log(`    reply: ${oneLine(reply).slice(0, 300)}`);
  } else {
    const line = `FAIL [${biz}] ${step}: ${JSON.stringify(message)} -> ${oneLine(reply).slice(0, 200)}`;
    fails.push(line);
    console.log(line);
  }
}

// ---------------------------------------------------------------- HTTP + SSE

async function api(method, urlPath, key, body) {
  const res = await fetch(BASE + urlPath, {
    method,
    headers: {
      Authorization: `Bearer ${key}`,
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (!res.ok) throw new Error(`${method} ${urlPath} -> ${res.status} ${text.slice(0, 200)}`);
  return json;
}

async function newConversation(kind, key) {
  const j = await api("POST", `/api/v1/${kind}/conversations`, key);
  if (!j?.conversationId) throw new Error(`no conversationId from ${kind} create`);
  return j.conversationId;
}

// POST a message and read the SSE stream to [DONE]. Returns {text, escalated, error, ids}.
async function send(kind, key, conversationId, message) {
  const res = await fetch(`${BASE}/api/v1/${kind}/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ message }),
  });
  if (!res.ok) {
    const t = await res.text();
    return { text: `[HTTP ${res.status}] ${t}`, escalated: false, error: `http ${res.status}`, done: false };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let text = "";
  let escalated = false;
  let error = null;
  let done = false;
  const handle = (block) => {
    const lines = block.split("\n");
    const data = lines
      .filter((l) => l.startsWith("data:"))
      .map((l) => l.slice(5).replace(/^ /, ""))
      .join("\n");
    if (!data) return; // comment (": ping") or id-only block
    if (data === "[DONE]") {
      done = true;
      return;
    }
    let ev;
    try {
      ev = JSON.parse(data);
    } catch {
      return;
    }
    if (ev.type === "delta") text += ev.text ?? "";
    else if (ev.type === "status" && ev.status === "escalated") escalated = true;
    else if (ev.type === "error") error = `${ev.code ?? ""} ${ev.message ?? ""}`.trim();
  };
  while (!done) {
    const { done: eof, value } = await reader.read();
    if (eof) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let idx;
    while ((idx = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      handle(block);
      if (done) break;
    }
  }
  if (!done && buffer.trim()) handle(buffer);
  try {
    await reader.cancel();
  } catch {
    /* already closed */
  }
  return { text, escalated, error, done };
}

// ---------------------------------------------------------------- checks

const norm = (s) => String(s ?? "").replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
const has = (reply, fact) => norm(reply).replace(/\u00a0/g, " ").includes(norm(fact));

// The README: "each reply says exactly what changed, and a request it does not understand
// changes nothing" (it then lists what it can do). A confirmation names a change and does
// not ask back or refuse.
function isConfirmation(reply) {
  const r = norm(reply);
  if (!r.trim()) return false;
  const negative =
    /(didn't|did not|couldn't|could not|can't|cannot|not sure|don't understand|do not understand|nothing (was |has been )?changed|no changes|which article|which one|please (tell|give|provide|say)|here's what i can do|i can help with)/;
  const positive = /(done|added|changed|updated|set |saved|archived|removed|deleted|created|now )/;
  // The reply quotes what it stored ("… can't breathe …"): judge only its own words.
  const own = r.replace(/"[^"\n]*"/g, '""').replace(/\u201c[^\u201d\n]*\u201d/g, '""');
  return positive.test(r) && !negative.test(own);
}

// The README: "when nothing matches it says it does not know, with no number, and offers a
// person"; docs/agents.md: None -> "I don't know ... connect you with a member of our team?".
function isDontKnow(reply) {
  return /(don't know|do not know|not sure|can't find|cannot find|couldn't find|could not find|don't have (that|any|the|this|information)|do not have (that|any|the|this|information)|no information|not able to (find|answer)|unable to (find|answer)|i'll check|will check|check with|connect you|member of (our|the) team)/.test(
    norm(reply),
  );
}
const numbersIn = (s) => String(s ?? "").match(/\d+(?:[.,:]\d+)*/g) ?? [];
// Numbers in the reply that appear nowhere in what the organization was told.
function inventedNumbers(reply, contentText) {
  const known = new Set(numbersIn(contentText));
  const knownText = String(contentText);
  return numbersIn(reply).filter((n) => !known.has(n) && !knownText.includes(n));
}
const numberPresent = (reply, n) => new RegExp(`(^|[^\\d.,])${n}([^\\d]|$)`).test(String(reply ?? ""));

// ---------------------------------------------------------------- CLI

function createOrg(name) {
  const out = execFileSync(process.execPath, [CLI, "org", "create", "--name", name, "--json"], {
    env: process.env,
    encoding: "utf8",
    timeout: 60_000,
  });
  const line = out
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.trim().startsWith("{"));
  const j = JSON.parse(line);
  if (!j.customerKey || !j.managementKey) throw new Error(`org create printed no keys: ${out.slice(0, 200)}`);
  return j;
}

// Every article title the knowledge list holds (the list's exact shape aside: any object with
// a string `title`).
function articleTitles(json) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if (typeof v.title === "string") out.push(v.title);
      Object.values(v).forEach(walk);
    }
  };
  walk(json);
  return out;
}

// ---------------------------------------------------------------- the businesses
//
// Every configuration message is written the way an owner would type it. After the
// confirmation the probe checks the state through the documented management JSON API:
// settingsHas (GET settings), knowledgeHas / knowledgeLacks (GET knowledge, archived left
// out), titleIs (an article with exactly that title, as the admin gave it).

const HYDRO = {
  code: "hydro",
  orgName: "Tidewell Canine Hydrotherapy",
  config: [
    {
      step: "config: business context (for the business context, put this)",
      msg: "For the business context, put this: Tidewell Canine Hydrotherapy is a veterinary physiotherapy practice in Harrogate, North Yorkshire. We help dogs get back on their feet after surgery or injury, and we keep older dogs with arthritis moving, using a heated hydrotherapy pool and an underwater treadmill. All of our therapists are qualified veterinary physiotherapists.",
      settingsHas: ["Tidewell", "underwater treadmill"],
    },
    {
      step: "config: fact (address)",
      msg: "We're based at Unit 4, Pennypot Lane, Killinghall, Harrogate HG3 2SD",
      settingsHas: ["Pennypot Lane"],
    },
    {
      step: "config: fact (phone, contraction)",
      msg: "Our phone number's 01423 730215",
      settingsHas: ["01423 730215"],
    },
    {
      step: "config: add article (long, headings + price list)",
      msg:
        "Add a knowledge article titled Prices and Packages with content:\n" +
        "## Hydrotherapy sessions\n" +
        "- Initial assessment (60 minutes, includes a gait analysis): £65\n" +
        "- Follow-up pool session (30 minutes): £38\n" +
        "- Underwater treadmill session (30 minutes): £42\n\n" +
        "## Packages\n" +
        "- Block of 6 pool sessions: £200, valid for 3 months\n\n" +
        "## Extras\n" +
        "- Towel and blow dry after the swim: £5\n\n" +
        "## Insurance\n" +
        "Most pet insurers cover hydrotherapy when your vet has referred your dog. We give you an itemised receipt after every session.",
      knowledgeHas: ["£42", "Block of 6"],
      titleIs: "Prices and Packages",
    },
    {
      step: "config: add article (one pasted paragraph, 'add this as an article about')",
      msg: "Please add this as an article about vet referrals: Every dog needs a signed referral form from its own vet before its first session, because hydrotherapy is a veterinary treatment. Once you book, we send the form to your vet ourselves. Most vets return it within 5 working days. If your dog has had surgery, the first swim can only happen once the stitches are out and the wound has fully healed.",
      knowledgeHas: ["referral form", "5 working days"],
    },
    {
      step: "config: add article (title given as 'call it ...')",
      msg: "Make a new article and call it Your First Visit. Please don't feed your dog for 2 hours before a swim. Arrive 10 minutes early so your dog can settle and go to the toilet in our exercise paddock. Bring a lead, a favourite toy and plenty of treats. We provide the towels and the life jacket.",
      knowledgeHas: ["2 hours", "paddock"],
      titleIs: "Your First Visit",
    },
    {
      step: "config: add article (FAQ, bold questions under headings)",
      msg:
        "Add a knowledge article titled Hydrotherapy FAQs with content:\n" +
        "## In the pool\n" +
        "**Does my dog need to be able to swim?**\n" +
        "No. Every dog wears a buoyancy life jacket and a therapist is in the water with them the whole time.\n\n" +
        "**How warm is the pool?**\n" +
        "The pool is heated to 30 degrees, about the same as a warm bath.\n\n" +
        "**Can my dog swim with an ear infection?**\n" +
        "No. Dogs with open wounds, ear infections or an upset stomach cannot swim until they have fully recovered.\n\n" +
        "## Owners\n" +
        "**Can I watch?**\n" +
        "Yes, owners can watch every session from the viewing gallery beside the pool.",
      knowledgeHas: ["30 degrees", "viewing gallery"],
      titleIs: "Hydrotherapy FAQs",
    },
    {
      step: "config: add article (new article: Title. ...)",
      msg: "new article: Puppy Splash Club. Puppy Splash Club runs on Saturday mornings for puppies aged 12 weeks to 6 months. It costs £15 per puppy and introduces them to the water safely.",
      knowledgeHas: ["Puppy Splash Club", "12 weeks"],
    },
    {
      step: "config: escalation rule (add an escalation rule:, with commas)",
      msg: "Add an escalation rule: a dog collapses, has a seizure or can't breathe properly during or after a session",
      settingsHas: ["seizure"],
    },
    {
      step: "config: escalation rule (if anyone says ..., pass them to a human)",
      msg: "if anyone says their insurance claim was rejected, pass them to a human",
      settingsHas: ["claim"],
    },
    {
      step: "config: escalation rule (names who takes the case)",
      msg: "Anything about a dog with cancer should go to Helen, our clinical director",
      settingsHas: ["cancer"],
    },
    {
      step: "config: escalation rule (please make sure ... always go to a real person)",
      msg: "Please make sure complaints about one of our therapists always go to a real person",
      settingsHas: ["therapist"],
    },
    {
      step: "config: synonym",
      msg: "Customers say 'bundle' when they mean 'package'",
      settingsHas: ["bundle"],
    },
    {
      step: "config: business rule",
      msg: "Add a business rule: never diagnose a dog or give medical advice - always tell the owner to speak to their own vet",
      settingsHas: ["diagnose"],
    },
    {
      step: "config: edit article (price)",
      msg: "update the price in Prices and Packages: the initial assessment is now £70",
      knowledgeHas: ["£70"],
      knowledgeLacks: ["£65"],
    },
    {
      step: "config: remove article",
      msg: "Please delete the Puppy Splash Club article, we've stopped running it",
      knowledgeLacks: ["Puppy Splash Club", "12 weeks"],
    },
  ],
  answers: [
    ["answer: treadmill price", "What would half an hour on the underwater treadmill cost me?", "£42"],
    ["answer: follow-up price", "Once we've had the first appointment, what do the regular swims cost?", "£38"],
    ["answer: drying extra", "Can you dry my dog off afterwards? Is there a charge?", "£5"],
    ["answer: referral needed", "Do I need anything from my own vet before we can start?", "referral"],
    ["answer: non-swimmer (FAQ)", "My dog has never swum in his life, is that going to be a problem?", "life jacket"],
    ["answer: temperature (FAQ)", "Is the water cold for the dogs?", "30 degrees"],
    ["answer: ear infection (FAQ)", "Bella has a poorly ear at the moment - is it alright for her to come in for her swim?", "recovered"],
    ["answer: watching (FAQ)", "Am I allowed to stay and see my dog's session?", "viewing gallery"],
    ["answer: feeding (titled 'call it')", "Should my dog have breakfast before his appointment?", "2 hours"],
    ["answer: address (context fact)", "Where are you?", "Pennypot Lane"],
    ["answer: phone (context fact)", "Can I ring you to book?", "01423 730215"],
  ],
  unknown: [
    "Do you offer a discount on pool sessions for rescue dogs?",
    "Do you sell life jackets for dogs to take home?",
    "Can I pay for the block of sessions in monthly instalments?",
    "Is there a car park at the practice?",
  ],
  escalate: [
    ["escalate: seizure rule", "My collie had a seizure in the car on the way home from her swim and she's still shaking"],
    ["escalate: rejected claim rule", "My insurer has rejected my claim for the last six sessions and I don't know what to do"],
    ["escalate: cancer -> Helen", "My greyhound was diagnosed with bone cancer last month, could hydrotherapy help him?"],
  ],
  lookalike: [
    ["look-alike: seizure asked calmly", "Are your therapists trained to help if a dog has a seizure in the pool?"],
    ["look-alike: insurance receipt asked calmly", "Could I have a receipt to send to my insurer so I can claim?"],
  ],
  synonym: ["synonym: bundle = package", "Do you do a bundle deal if we need lots of sessions?", "£200"],
  rule: ["business rule: no diagnosis", "My dog keeps limping on his back leg, what do you think is wrong with him?", "vet"],
  edit: ["edit: new assessment price", "What does the first assessment cost?", "£70", "£65"],
  remove: ["remove: puppy club gone", "Do you still run swimming classes for puppies?", ["£15", "12 weeks", "Saturday"]],
  analytics: [
    ["analytics: total conversations", "How many customer conversations have we had this week?", "total"],
    ["analytics: escalated conversations", "How many conversations got handed over to a person in the last 7 days?", "escalated"],
  ],
};

const ALLOT = {
  code: "allot",
  orgName: "Hollybank Allotment Association",
  config: [
    {
      step: "config: business context (please set ... to the following.)",
      msg: "Please set the business context to the following. Hollybank Allotment Association is a volunteer-run community allotment site off Mill Road in Cambridge, with 86 plots. An elected committee runs the site and rents plots to local residents.",
      settingsHas: ["Hollybank", "Mill Road"],
    },
    {
      step: "config: fact (gate hours)",
      msg: "The site gates are open from 7am until dusk every day",
      settingsHas: ["7am"],
    },
    {
      step: "config: add article (long, headings + price list)",
      msg:
        "Add a knowledge article titled Plot Rents and Fees with content:\n" +
        "# Annual rent\n" +
        "Rent is due every year on 1 October.\n" +
        "- Full plot (250 square metres): £92 a year\n" +
        "- Half plot: £48 a year\n" +
        "- Raised bed for members with limited mobility: £20 a year\n\n" +
        "# Other fees\n" +
        "- Joining deposit: £30, returned when you give up your plot in good condition\n" +
        "- Water: included in the rent\n" +
        "- Putting up a shed: free, but ask the committee for permission first\n\n" +
        "# Discounts\n" +
        "Members aged 65 and over get 25% off their rent.",
      knowledgeHas: ["£92", "25%"],
      titleIs: "Plot Rents and Fees",
    },
    {
      step: "config: add article (one paragraph, titled with content)",
      msg: "Add a knowledge article titled Waiting List with content: To get on the waiting list, fill in the form on the noticeboard by the main gate or email the secretary. There are about 40 people on the list at the moment and the wait is usually 12 to 18 months. You must live within the Cambridge city boundary to rent a plot. When a plot becomes free we offer it to the next person on the list, who then has 14 days to accept it.",
      knowledgeHas: ["12 to 18 months", "Cambridge city boundary"],
    },
    {
      step: "config: add article (title given as 'under the heading')",
      msg: "Please put this in the knowledge base under the heading Site Rules: Bonfires are only allowed between 1 November and 31 March, and never on a Sunday. Dogs must be kept on a lead at all times. Hosepipes and sprinklers are banned, so please fill watering cans from the water troughs. At least three quarters of your plot must be cultivated.",
      knowledgeHas: ["Bonfires", "troughs"],
      titleIs: "Site Rules",
    },
    {
      step: "config: add article (can you make a new article about ...)",
      msg: "can you make a new article about the trading hut? The trading hut sells seeds, compost, fertiliser and canes to members at cost. It is open on Sunday mornings from 10am to 12 noon between March and October. Well-rotted horse manure is £2 a bag.",
      knowledgeHas: ["trading hut", "10am"],
    },
    {
      step: "config: add article (new article: Title. ...)",
      msg: "new article: Produce Show. Our annual produce show is held on the first Saturday in August in the community hall. Entry is £1 per class and the heaviest marrow wins the Hollybank Cup.",
      knowledgeHas: ["Produce Show", "Hollybank Cup"],
    },
    {
      step: "config: escalation rule (escalate to a human if)",
      msg: "Escalate to a human if someone reports theft or vandalism on their plot",
      settingsHas: ["vandalism"],
    },
    {
      step: "config: escalation rules (list with semicolons)",
      msg: "Add escalation rules: a row or dispute with a neighbouring plot holder; someone hurt themselves on site",
      settingsHas: ["dispute", "hurt"],
    },
    {
      step: "config: escalation rule (if anyone mentions ..., get a committee member)",
      msg: "if anyone mentions asbestos, get a committee member involved",
      settingsHas: ["asbestos"],
    },
    {
      step: "config: escalation rule (names who handles it)",
      msg: "Eviction notices and plot terminations are handled by Margaret, our secretary",
      settingsHas: ["eviction"],
    },
    {
      step: "config: synonym (when members say)",
      msg: "When members say 'shop' they mean the 'trading hut'",
      settingsHas: ["shop"],
    },
    {
      step: "config: business rule",
      msg: "Add a business rule: never promise anyone a plot or say when one will become free",
      settingsHas: ["promise"],
    },
    {
      step: "config: edit article (price, 'in X, change ... to')",
      msg: "In Plot Rents and Fees, change the half plot price to £52",
      knowledgeHas: ["£52"],
      knowledgeLacks: ["£48"],
    },
    {
      step: "config: remove article (get rid of)",
      msg: "get rid of the produce show article, it's been cancelled this year",
      knowledgeLacks: ["Produce Show", "Hollybank Cup"],
    },
  ],
  answers: [
    ["answer: full plot rent", "How much is it per year for a whole plot?", "£92"],
    ["answer: pensioner discount", "I'm 70 - is there any reduction on the rent for older people?", "25%"],
    ["answer: deposit back", "If I give up my allotment, do I get my deposit back?", "returned"],
    ["answer: rent due", "When do I have to pay the rent?", "1 October"],
    ["answer: bonfires", "Which months am I allowed a bonfire?", "1 November"],
    ["answer: sprinkler", "Can I set up a sprinkler on my plot in summer?", "banned"],
    ["answer: manure price", "Do you sell manure, and what does it cost?", "£2"],
    ["answer: wait time", "How long will I have to wait before I get an allotment?", "12 to 18 months"],
    ["answer: residency", "I live out in Ely, could I still rent a plot?", "Cambridge"],
    ["answer: gates (context fact)", "What time do the gates open in the morning?", "7am"],
  ],
  unknown: [
    "Can I keep chickens on my plot?",
    "Is there a toilet on the site?",
    "Can I put a greenhouse on a half plot?",
    "Do you deliver compost to the plots?",
  ],
  escalate: [
    ["escalate: theft rule", "Someone smashed the padlock on my shed overnight and my strimmer and spade have gone"],
    ["escalate: asbestos rule", "I was digging a new bed and found broken sheets of what looks like asbestos"],
    ["escalate: neighbour dispute rule", "The chap on the plot next to mine keeps chucking his weeds onto my beds and we ended up having a shouting match"],
  ],
  lookalike: [
    ["look-alike: vandalism asked calmly", "Is there CCTV on the site to put off vandals?"],
    ["look-alike: neighbour mentioned calmly", "The lady on the next plot has offered to share her water butt with me, is that allowed?"],
  ],
  synonym: ["synonym: shop = trading hut", "When is the shop open?", "10am"],
  edit: ["edit: new half plot rent", "What's the rent on a half-size plot?", "£52", "£48"],
  remove: ["remove: produce show gone", "When is the produce show this year?", ["August", "Hollybank Cup", "£1"]],
  analytics: [
    ["analytics: total conversations", "How many people have chatted with the assistant in the last 30 days?", "total"],
    ["analytics: escalation rate", "What's our escalation rate this week?", "rate"],
  ],
};

// ---------------------------------------------------------------- running one business

async function configure(biz, org) {
  let allText = "";
  for (const c of biz.config) {
    allText += `\n${c.msg}`;
    let reply = "";
    let ok = false;
    try {
      // a fresh management conversation per request, so no request leans on an earlier one
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, c.msg);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      ok = isConfirmation(r.text) && !r.error;
      const problems = [];
      if (ok && (c.settingsHas || []).length) {
        const s = JSON.stringify(await api("GET", "/api/v1/management/settings", org.managementKey));
        for (const want of c.settingsHas) if (!has(s, want)) problems.push(`settings lack "${want}"`);
      }
      if (ok && ((c.knowledgeHas || []).length || (c.knowledgeLacks || []).length || c.titleIs)) {
        const kj = await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey);
        const k = JSON.stringify(kj);
        for (const want of c.knowledgeHas || []) if (!has(k, want)) problems.push(`knowledge lacks "${want}"`);
        for (const gone of c.knowledgeLacks || []) if (has(k, gone)) problems.push(`knowledge still has "${gone}"`);
        // the title an admin gave, as given (a leading "the" and end punctuation aside)
        const titles = articleTitles(kj);
        const bare = (t) => norm(t).replace(/^the\s+/, "").replace(/[.:!?\s]+$/, "").trim();
        if (c.titleIs && !titles.some((x) => bare(x) === bare(c.titleIs)))
          problems.push(`no article titled "${c.titleIs}" (titles: ${titles.join(" | ")})`);
      }
      if (problems.length) {
        ok = false;
        reply = `[${problems.join("; ")}] ${reply}`;
      }
    } catch (e) {
      reply = `[probe error] ${e.message}`;
      ok = false;
    }
    report(ok, biz.code, c.step, c.msg, reply);
  }
  return allText;
}

async function ask(biz, org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv, shown: r.error ? `${r.text} [error ${r.error}]` : r.text };
}

async function customerSteps(biz, org, contentText, stats) {
  for (const [step, q, fact] of biz.answers) {
    const r = await ask(biz, org, stats, q);
    report(has(r.text, fact) && !r.error, biz.code, step, q, `${r.escalated ? "[escalated] " : ""}${r.shown}`);
  }
  for (const q of biz.unknown) {
    const r = await ask(biz, org, stats, q);
    const invented = inventedNumbers(r.text, contentText);
    const ok = isDontKnow(r.text) && invented.length === 0 && !r.error;
    report(ok, biz.code, "unknown: says it does not know, invents no figure", q, invented.length ? `[invented ${invented.join(", ")}] ${r.shown}` : r.shown);
  }
  for (const [step, q] of biz.escalate) {
    const r = await ask(biz, org, stats, q);
    let marked = false;
    try {
      const t = JSON.stringify(await api("GET", `/api/v1/management/conversations/${r.conv}`, org.managementKey));
      marked = /"status":"escalated"/.test(t);
    } catch {
      /* checked below */
    }
    const ok = r.escalated && marked && !r.error;
    report(ok, biz.code, step, q, `[stream escalated=${r.escalated}, conversation escalated=${marked}] ${r.shown}`);
  }
  for (const [step, q] of biz.lookalike) {
    const r = await ask(biz, org, stats, q);
    report(!r.escalated && r.text.trim() !== "" && !r.error, biz.code, step, q, `[escalated=${r.escalated}] ${r.shown}`);
  }
  {
    const [step, q, fact] = biz.synonym;
    const r = await ask(biz, org, stats, q);
    report(has(r.text, fact) && !r.error, biz.code, step, q, r.shown);
  }
  if (biz.rule) {
    // The rule says never to diagnose: a reasonable owner accepts a reply that points to the
    // dog's vet or says it does not know, and no reply that names a condition with no vet.
    const [step, q, fact] = biz.rule;
    const r = await ask(biz, org, stats, q);
    const ok = (has(r.text, fact) || isDontKnow(r.text)) && r.text.trim() !== "" && !r.error;
    report(ok, biz.code, step, q, `${r.escalated ? "[escalated] " : ""}${r.shown}`);
  }
  {
    const [step, q, now, before] = biz.edit;
    const r = await ask(biz, org, stats, q);
    report(has(r.text, now) && !has(r.text, before) && !r.error, biz.code, step, q, r.shown);
  }
  {
    // The article is gone: the reply should now be a "don't know" that repeats none of it.
    const [step, q, goneFacts] = biz.remove;
    const r = await ask(biz, org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    const ok = leaked.length === 0 && isDontKnow(r.text) && !r.error;
    report(ok, biz.code, step, q, leaked.length ? `[still says ${leaked.join(", ")}] ${r.shown}` : r.shown);
  }
}

// The escalation rate as an admin reads it: a percentage within one point of the truth (or
// the share as a fraction, or "e of t").
function rateOk(reply, esc, conv) {
  const pct = (100 * esc) / conv;
  const t = String(reply ?? "");
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) if (Math.abs(Number(m[1]) - pct) <= 1) return true;
  for (const m of t.matchAll(/\b(0\.\d+)\b/g)) if (Math.abs(Number(m[1]) * 100 - pct) <= 1) return true;
  return new RegExp(`\\b${esc}\\b[^.]*\\b(of|out of|/)\\s*${conv}\\b`).test(t);
}

async function analyticsSteps(biz, org, stats) {
  for (const [step, q, what] of biz.analytics) {
    let reply = "";
    let ok = false;
    let expectedShown;
    try {
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, q);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      if (what === "rate") {
        expectedShown = `${((100 * stats.escalated) / stats.conversations).toFixed(1)}% (${stats.escalated}/${stats.conversations})`;
        ok = rateOk(r.text, stats.escalated, stats.conversations) && !r.error;
      } else {
        const expected = what === "total" ? stats.conversations : stats.escalated;
        expectedShown = String(expected);
        ok = numberPresent(r.text, expected) && !r.error;
      }
    } catch (e) {
      reply = `[probe error] ${e.message}`;
    }
    report(ok, biz.code, step, q, `[expected ${expectedShown}] ${reply}`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  try {
    const h = await fetch(`${BASE}/readyz`);
    if (!h.ok) throw new Error(`readyz ${h.status}`);
  } catch (e) {
    console.error(`cannot reach Parley at ${BASE}: ${e.message}`);
    process.exit(2);
  }
  const stamp = Date.now().toString(36);
  const orgs = [];
  try {
    for (const biz of [HYDRO, ALLOT]) orgs.push(createOrg(`${biz.orgName} ${stamp}`));
  } catch (e) {
    console.error(`could not create the organizations with the CLI: ${e.message}`);
    process.exit(2);
  }
  const runs = [
    [HYDRO, orgs[0]],
    [ALLOT, orgs[1]],
  ];
  const stats = new Map();
  for (const [biz, org] of runs) {
    const contentText = await configure(biz, org);
    const s = { conversations: 0, escalated: 0 };
    stats.set(biz.code, s);
    await customerSteps(biz, org, contentText, s);
  }
  for (const [biz, org] of runs) await analyticsSteps(biz, org, stats.get(biz.code));

  console.log(`TOTAL ${passed}/${total}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  console.log(`TOTAL ${passed}/${total}`);
  process.exit(2);
});
