/**
 * The businesses `npm run eval` answers questions for, each with its knowledge and its case
 * splits. A held-out split is scored but its misses are never printed: it was written before
 * tuning and must not be tuned on (issue 13).
 */
import { CASES, type EvalCase } from './cases.ts';
import { HARBOR_DEV, HARBOR_HELD_OUT } from './harbor-cases.ts';
import { HARBOR_ARTICLES, HARBOR_CONTEXT, HARBOR_RULES } from './harbor-kb.ts';
import { LUMEN_PARAPHRASES } from './lumen-dev.ts';
import { INN_ARTICLES, INN_CONTEXT, INN_DEV, INN_RULES } from './harbourview-dev.ts';
import { withTypos } from './typos.ts';
import { UNANSWERABLE_DEV } from './unanswerable-dev.ts';
import { SUMMIT_ARTICLES, SUMMIT_CONTEXT, SUMMIT_FRESH, SUMMIT_RULES } from './summit-fresh.ts';
import { NIMBUS_ARTICLES, NIMBUS_CONTEXT, NIMBUS_DEV, NIMBUS_RULES } from './nimbus.ts';
import { BUSINESS_CONTEXT, ESCALATION_RULES, KB_ARTICLES } from './kb.ts';
import { DENTAL_ARTICLES, DENTAL_CONTEXT, DENTAL_HELD_OUT, DENTAL_RULES } from './maple-dental-heldout.ts';
import { LINGUA_ARTICLES, LINGUA_CONTEXT, LINGUA_DEV, LINGUA_RULES } from './lingua-dev.ts';
import { OAK_ARTICLES, OAK_CONTEXT, OAK_DEV, OAK_RULES } from './oakhouse-dev.ts';
import { WILLOW_ARTICLES, WILLOW_CONTEXT, WILLOW_HELD_OUT, WILLOW_RULES } from './willow-kennels-heldout.ts';
import { FENWICK_ARTICLES, FENWICK_CONTEXT, FENWICK_DEV, FENWICK_RULES } from './fenwick-dev.ts';
import { IRONWORKS_ARTICLES, IRONWORKS_CONTEXT, IRONWORKS_DEV, IRONWORKS_RULES } from './ironworks-dev.ts';
import { BROOKFIELD_ARTICLES, BROOKFIELD_CONTEXT, BROOKFIELD_HELD_OUT, BROOKFIELD_RULES } from './brookfield-plumbing-heldout.ts';
import { STILLPOINT_ARTICLES, STILLPOINT_CONTEXT, STILLPOINT_DEV, STILLPOINT_RULES } from './stillpoint-dev.ts';
import { GREENLANE_ARTICLES, GREENLANE_CONTEXT, GREENLANE_HELD_OUT, GREENLANE_RULES } from './greenlane-driving-heldout.ts';
import { INKWELL_ARTICLES, INKWELL_CONTEXT, INKWELL_HELD_OUT, INKWELL_RULES } from './inkwell-print-heldout.ts';
import { KEEPSAFE_ARTICLES, KEEPSAFE_CONTEXT, KEEPSAFE_HELD_OUT, KEEPSAFE_RULES } from './keepsafe-storage-heldout.ts';
import { SPOKES_ARTICLES, SPOKES_CONTEXT, SPOKES_HELD_OUT, SPOKES_RULES } from './spokes-bikes-heldout.ts';
import { KEYNOTE_ARTICLES, KEYNOTE_CONTEXT, KEYNOTE_HELD_OUT, KEYNOTE_RULES } from './keynote-piano-heldout.ts';
import { FIXIT_DEV_R7, SPLASH_DEV_R7 } from './dev-round7.ts';
import { PLOT_ARTICLES, PLOT_CONTEXT, PLOT_DEV, PLOT_RULES, TRAIL_ARTICLES, TRAIL_CONTEXT, TRAIL_DEV, TRAIL_RULES } from './dev-round8b.ts';
import { CINDER_ARTICLES, CINDER_CONTEXT, CINDER_HELD_OUT, CINDER_RULES } from './cinder-cinema-heldout.ts';
import { BRIGHT_ARTICLES, BRIGHT_CONTEXT, BRIGHT_DEV, BRIGHT_RULES, QUAY_ARTICLES, QUAY_CONTEXT, QUAY_DEV, QUAY_RULES } from './dev-round9.ts';
import { GARAGE_ARTICLES, GARAGE_CONTEXT, GARAGE_DEV, GARAGE_RULES, BLOOM_ARTICLES, BLOOM_CONTEXT, BLOOM_DEV, BLOOM_RULES } from './dev-round10.ts';
import { CRUMB_ARTICLES, CRUMB_CONTEXT, CRUMB_HELD_OUT, CRUMB_RULES } from './crumb-bakery-heldout.ts';
import { QUAYSIDE_ARTICLES, QUAYSIDE_CONTEXT, QUAYSIDE_HELD_OUT, QUAYSIDE_RULES } from './quayside-opticians-heldout.ts';
import { HARBOURDESK_ARTICLES, HARBOURDESK_CONTEXT, HARBOURDESK_HELD_OUT, HARBOURDESK_RULES } from './harbour-desk-coworking-heldout.ts';
import { PETALSTEM_ARTICLES, PETALSTEM_CONTEXT, PETALSTEM_HELD_OUT, PETALSTEM_RULES } from './petal-stem-florist-heldout.ts';
import { HARTLEY_ARTICLES, HARTLEY_CONTEXT, HARTLEY_HELD_OUT, HARTLEY_RULES } from './hartley-removals-heldout.ts';
import { FOXGLOVE_ARTICLES, FOXGLOVE_CONTEXT, FOXGLOVE_HELD_OUT, FOXGLOVE_RULES } from './foxglove-glamping-heldout.ts';
import { BREWBOX_ARTICLES, BREWBOX_CONTEXT, BREWBOX_HELD_OUT, BREWBOX_RULES } from './brewbox-tea-heldout.ts';
import { CHAIRSIDE_ARTICLES, CHAIRSIDE_CONTEXT, CHAIRSIDE_HELD_OUT, CHAIRSIDE_RULES } from './chairside-salon-heldout.ts';
import { LOFT_ARTICLES, LOFT_CONTEXT, LOFT_DEV, LOFT_RULES, PAWS_ARTICLES, PAWS_CONTEXT, PAWS_DEV, PAWS_RULES } from './dev-round8.ts';
import { SPLASH_ARTICLES, SPLASH_CONTEXT, SPLASH_DEV, SPLASH_RULES } from './splashers-swim-dev.ts';
import { FIXIT_ARTICLES, FIXIT_CONTEXT, FIXIT_DEV, FIXIT_RULES } from './fixit-phones-dev.ts';
import { TALLYBOOK_ARTICLES, TALLYBOOK_CONTEXT, TALLYBOOK_HELD_OUT, TALLYBOOK_RULES } from './tallybook-heldout.ts';
import { SUDS_ARTICLES, SUDS_CONTEXT, SUDS_HELD_OUT, SUDS_RULES } from './suds-press-drycleaner-heldout.ts';
import { ROAM_ARTICLES, ROAM_CONTEXT, ROAM_HELD_OUT, ROAM_RULES } from './roam-campervans-heldout.ts';
import { CYCLE_ARTICLES, CYCLE_CONTEXT, CYCLE_DEV, CYCLE_RULES, TUTOR_ARTICLES, TUTOR_CONTEXT, TUTOR_DEV, TUTOR_RULES } from './dev-round13.ts';
import { DRIVE_ARTICLES, DRIVE_CONTEXT, DRIVE_DEV, DRIVE_RULES, KETTLE_ARTICLES, KETTLE_CONTEXT, KETTLE_DEV, KETTLE_RULES } from './dev-round14.ts';
import { LOCKSIDE_ARTICLES, LOCKSIDE_CONTEXT, LOCKSIDE_HELD_OUT, LOCKSIDE_RULES } from './lockside-garden-centre-heldout.ts';
import { STILLWATER_ARTICLES, STILLWATER_CONTEXT, STILLWATER_HELD_OUT, STILLWATER_RULES } from './stillwater-massage-heldout.ts';
import { CLEARWATER_ARTICLES, CLEARWATER_CONTEXT, CLEARWATER_HELD_OUT, CLEARWATER_RULES } from './clearwater-windows-heldout.ts';
import { LARKSPUR_ARTICLES, LARKSPUR_CONTEXT, LARKSPUR_HELD_OUT, LARKSPUR_RULES } from './larkspur-pottery-heldout.ts';
import { HALL_ARTICLES, HALL_CONTEXT, HALL_DEV, HALL_RULES, NETTLE_ARTICLES, NETTLE_CONTEXT, NETTLE_DEV, NETTLE_RULES } from './dev-round15.ts';
import { TYRE_ARTICLES, TYRE_CONTEXT, TYRE_DEV, TYRE_RULES, WINE_ARTICLES, WINE_CONTEXT, WINE_DEV, WINE_RULES } from './dev-round17.ts';
import { PHYSIO_ARTICLES, PHYSIO_CONTEXT, PHYSIO_DEV, PHYSIO_RULES, SOFTPLAY_ARTICLES, SOFTPLAY_CONTEXT, SOFTPLAY_DEV, SOFTPLAY_RULES } from './dev-round23.ts';
import { COTTAGE_ARTICLES, COTTAGE_CONTEXT, COTTAGE_DEV, COTTAGE_RULES, GUITAR_ARTICLES, GUITAR_CONTEXT, GUITAR_DEV, GUITAR_RULES } from './dev-round23b.ts';
import { BUBBLE_ARTICLES, BUBBLE_CASES, BUBBLE_CONTEXT, BUBBLE_RULES, NEEDLE_ARTICLES, NEEDLE_CASES, NEEDLE_CONTEXT, NEEDLE_RULES } from './dev-round24.ts';
import { ASHDOWN_ARTICLES, ASHDOWN_CASES, ASHDOWN_CONTEXT, ASHDOWN_RULES, CIPHER_ARTICLES, CIPHER_CASES, CIPHER_CONTEXT, CIPHER_RULES } from './dev-round24b.ts';
import { AXE_ARTICLES, AXE_CASES, AXE_CONTEXT, AXE_RULES, FRAMED_ARTICLES, FRAMED_CASES, FRAMED_CONTEXT, FRAMED_RULES } from './dev-round25.ts';
import { HEARING_ARTICLES, HEARING_CASES, HEARING_CONTEXT, HEARING_RULES, TIDEWATER_ARTICLES, TIDEWATER_CASES, TIDEWATER_CONTEXT, TIDEWATER_RULES } from './dev-round25b.ts';
import { KILN_ARTICLES, KILN_CASES, KILN_CONTEXT, KILN_RULES, MECHANIC_ARTICLES, MECHANIC_CASES, MECHANIC_CONTEXT, MECHANIC_RULES } from './dev-round25c.ts';
import { HOLLYBROOK_ARTICLES, HOLLYBROOK_CASES, HOLLYBROOK_CONTEXT, HOLLYBROOK_RULES, PEDAL_ARTICLES, PEDAL_CASES, PEDAL_CONTEXT, PEDAL_RULES } from './dev-round26.ts';
import { CORKSCREW_ARTICLES, CORKSCREW_CASES, CORKSCREW_CONTEXT, CORKSCREW_RULES, INKSPOT_ARTICLES, INKSPOT_CASES, INKSPOT_CONTEXT, INKSPOT_RULES } from './dev-round27.ts';
import { FRESHPILE_ARTICLES, FRESHPILE_CASES, FRESHPILE_CONTEXT, FRESHPILE_RULES, LOTUS_ARTICLES, LOTUS_CASES, LOTUS_CONTEXT, LOTUS_RULES } from './dev-round27b.ts';
import { BOOKS_ARTICLES, BOOKS_CASES, BOOKS_CONTEXT, BOOKS_RULES, SKIPS_ARTICLES, SKIPS_CASES, SKIPS_CONTEXT, SKIPS_RULES } from './dev-round28.ts';
import { PLAY_ARTICLES, PLAY_CASES, PLAY_CONTEXT, PLAY_RULES, WALK_ARTICLES, WALK_CASES, WALK_CONTEXT, WALK_RULES } from './dev-round29.ts';
import { FARM_ARTICLES, FARM_BUSINESS_RULES, FARM_CASES, FARM_CONTEXT, FARM_ESCALATION_RULES, VALET_ARTICLES, VALET_BUSINESS_RULES, VALET_CASES, VALET_CONTEXT, VALET_ESCALATION_RULES } from './dev-round29c.ts';
import { RIDING_ARTICLES, RIDING_BUSINESS_RULES, RIDING_CASES, RIDING_CONTEXT, RIDING_ESCALATION_RULES, TATTOO_ARTICLES, TATTOO_BUSINESS_RULES, TATTOO_CASES, TATTOO_CONTEXT, TATTOO_ESCALATION_RULES } from './dev-round30.ts';
import * as D31 from './dev-round31.ts';
import * as D32 from './dev-round32.ts';
import * as D33 from './dev-round33.ts';
import * as D34 from './dev-round34.ts';
import * as D35 from './dev-round35.ts';
import * as D36 from './dev-round36.ts';
import * as D37 from './dev-round37.ts';
import * as D38 from './dev-round38.ts';
import * as D39 from './dev-round39.ts';
import * as D40 from './dev-round40.ts';
import * as D41 from './dev-round41.ts';
import * as D42 from './dev-round42.ts';
import * as R30 from './round30-heldout.ts';
import * as R31 from './round31-heldout.ts';
import * as R32 from './round32-heldout.ts';
import * as R33 from './round33-heldout.ts';
import * as R34 from './round34-heldout.ts';
import * as R35 from './round35-heldout.ts';
import * as R36 from './round36-heldout.ts';
import * as R37 from './round37-heldout.ts';
import * as R38 from './round38-heldout.ts';
import * as R39 from './round39-heldout.ts';
import * as R40 from './round40-heldout.ts';
import * as R41 from './round41-heldout.ts';
import * as R42 from './round42-heldout.ts';
import { CHIPS_ARTICLES, CHIPS_CASES, CHIPS_CONTEXT, CHIPS_RULES, SHARP_ARTICLES, SHARP_CASES, SHARP_CONTEXT, SHARP_RULES, type DevArticle } from './dev-round29b.ts';
import { MUSIC_ARTICLES, MUSIC_CASES, MUSIC_CONTEXT, MUSIC_RULES, PADDLE_ARTICLES, PADDLE_CASES, PADDLE_CONTEXT, PADDLE_RULES } from './dev-round28b.ts';

export interface EvalSplit {
  name: string;
  cases: EvalCase[];
  heldOut: boolean;
}

export interface EvalBusiness {
  name: string;
  slug: string;
  agentName: string;
  businessContext: string;
  escalationRules: string[];
  /** Business rules as the admin typed them; lines in them that say to hand over are rules too (round 29b). */
  businessRules?: string;
  articles: { title: string; category: string; content: string }[];
  splits: EvalSplit[];
}

/**
 * A pair written blind from round 30 on (eval/dev-roundNN.ts, eval/roundNN-heldout.ts): each
 * business's exports under its prefix (LAKE_NAME, R30A_CONTEXT, …). A dev pair has
 * PREFIX_ESCALATION_RULES and PREFIX_CASES, a held-out pair PREFIX_RULES and PREFIX_HELD_OUT; the
 * slug ends in the prefix's last part ("lake", "a").
 */
function blindPair(exports: Record<string, unknown>, prefixes: readonly string[], slug: string, split: string): EvalBusiness[] {
  const heldOut = split.startsWith('held-out');
  return prefixes.map((prefix) => {
    const get = <T>(suffix: string): T => {
      const value = exports[`${prefix}_${suffix}`];
      if (value === undefined) throw new Error(`${slug}: no export ${prefix}_${suffix}`);
      return value as T;
    };
    return {
      name: get<string>('NAME'),
      slug: `${slug}-${(heldOut ? prefix.slice(-1) : prefix).toLowerCase()}`,
      agentName: get<string>('AGENT_NAME'),
      businessContext: get<string>('CONTEXT'),
      escalationRules: get<string[]>(heldOut ? 'RULES' : 'ESCALATION_RULES'),
      businessRules: get<string>('BUSINESS_RULES'),
      articles: get<EvalBusiness['articles']>('ARTICLES'),
      splits: [{ name: split, cases: get<EvalCase[]>(heldOut ? 'HELD_OUT' : 'CASES'), heldOut }],
    };
  });
}

/** Round 29's articles, written blind with a shape of their own ({ id, title, body }). */
const asArticles = (list: DevArticle[]) => list.map((a) => ({ title: a.title, category: 'general', content: a.body }));

/** The round-5 dev split of a business: unanswerable questions and same-form controls. */
const round5 = (slug: string): EvalSplit => ({ name: 'unanswerable dev (round 5)', cases: UNANSWERABLE_DEV[slug]!, heldOut: false });

export const BUSINESSES: EvalBusiness[] = [
  {
    name: 'Lumen Coffee',
    slug: 'lumen',
    agentName: 'Lumi',
    businessContext: BUSINESS_CONTEXT,
    escalationRules: ESCALATION_RULES,
    articles: KB_ARTICLES,
    splits: [
      { name: 'in-sample', cases: CASES, heldOut: false },
      { name: 'paraphrased dev', cases: LUMEN_PARAPHRASES, heldOut: false },
      { name: 'typos (in-sample cases, one letter dropped)', cases: withTypos(CASES), heldOut: false },
    ],
  },
  {
    name: 'Harbor Lane Cycles',
    slug: 'harbor',
    agentName: 'Pedal',
    businessContext: HARBOR_CONTEXT,
    escalationRules: HARBOR_RULES,
    articles: HARBOR_ARTICLES,
    splits: [
      { name: 'dev', cases: HARBOR_DEV, heldOut: false },
      { name: 'held-out', cases: HARBOR_HELD_OUT, heldOut: true },
    ],
  },
  {
    name: 'Nimbus Notes',
    slug: 'nimbus',
    agentName: 'Nim',
    businessContext: NIMBUS_CONTEXT,
    escalationRules: NIMBUS_RULES,
    articles: NIMBUS_ARTICLES,
    splits: [
      { name: 'dev', cases: NIMBUS_DEV, heldOut: false },
      { name: 'typos (dev cases, one letter dropped)', cases: withTypos(NIMBUS_DEV), heldOut: false },
      round5('nimbus'),
    ],
  },
  {
    name: 'Harbourview Inn',
    slug: 'inn',
    agentName: 'Iris',
    businessContext: INN_CONTEXT,
    escalationRules: INN_RULES,
    articles: INN_ARTICLES,
    splits: [{ name: 'dev', cases: INN_DEV, heldOut: false }, round5('inn')],
  },
  {
    name: 'Summit Walls',
    slug: 'summit',
    agentName: 'Belay',
    businessContext: SUMMIT_CONTEXT,
    escalationRules: SUMMIT_RULES,
    articles: SUMMIT_ARTICLES,
    splits: [{ name: 'fresh, written after tuning', cases: SUMMIT_FRESH, heldOut: true }],
  },
  {
    name: 'Maple Street Dental',
    slug: 'dental',
    agentName: 'Molly',
    businessContext: DENTAL_CONTEXT,
    escalationRules: DENTAL_RULES,
    articles: DENTAL_ARTICLES,
    splits: [{ name: 'held-out, written before round-2 tuning', cases: DENTAL_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Tallybook',
    slug: 'tallybook',
    agentName: 'Tally',
    businessContext: TALLYBOOK_CONTEXT,
    escalationRules: TALLYBOOK_RULES,
    articles: TALLYBOOK_ARTICLES,
    splits: [{ name: 'held-out, written before round-2 tuning', cases: TALLYBOOK_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Willow Lane Kennels',
    slug: 'willow',
    agentName: 'Willow',
    businessContext: WILLOW_CONTEXT,
    escalationRules: WILLOW_RULES,
    articles: WILLOW_ARTICLES,
    splits: [{ name: 'held-out, written before round-3 tuning', cases: WILLOW_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Brookfield Plumbing & Heating',
    slug: 'brookfield',
    agentName: 'Brook',
    businessContext: BROOKFIELD_CONTEXT,
    escalationRules: BROOKFIELD_RULES,
    articles: BROOKFIELD_ARTICLES,
    splits: [{ name: 'held-out, written before round-4 changes', cases: BROOKFIELD_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Greenlane Driving School',
    slug: 'greenlane',
    agentName: 'Gina',
    businessContext: GREENLANE_CONTEXT,
    escalationRules: GREENLANE_RULES,
    articles: GREENLANE_ARTICLES,
    splits: [{ name: 'held-out, written before round-5 changes', cases: GREENLANE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Inkwell Print Co.',
    slug: 'inkwell',
    agentName: 'Ink',
    businessContext: INKWELL_CONTEXT,
    escalationRules: INKWELL_RULES,
    articles: INKWELL_ARTICLES,
    splits: [{ name: 'held-out, written before round-6 changes', cases: INKWELL_HELD_OUT, heldOut: true }],
  },
  {
    name: 'KeepSafe Storage',
    slug: 'keepsafe',
    agentName: 'Keep',
    businessContext: KEEPSAFE_CONTEXT,
    escalationRules: KEEPSAFE_RULES,
    articles: KEEPSAFE_ARTICLES,
    splits: [{ name: 'held-out, written before round-6 changes', cases: KEEPSAFE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Spokes & Sprockets',
    slug: 'spokes',
    agentName: 'Spoke',
    businessContext: SPOKES_CONTEXT,
    escalationRules: SPOKES_RULES,
    articles: SPOKES_ARTICLES,
    splits: [{ name: 'held-out, written before round-7 changes', cases: SPOKES_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Keynote Pianos',
    slug: 'keynote',
    agentName: 'Key',
    businessContext: KEYNOTE_CONTEXT,
    escalationRules: KEYNOTE_RULES,
    articles: KEYNOTE_ARTICLES,
    splits: [{ name: 'held-out, written before round-7 changes', cases: KEYNOTE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Oakhouse Furniture',
    slug: 'oakhouse',
    agentName: 'Oak',
    businessContext: OAK_CONTEXT,
    escalationRules: OAK_RULES,
    articles: OAK_ARTICLES,
    splits: [{ name: 'dev (round 2)', cases: OAK_DEV, heldOut: false }, round5('oakhouse')],
  },
  {
    name: 'Lingua House',
    slug: 'lingua',
    agentName: 'Lin',
    businessContext: LINGUA_CONTEXT,
    escalationRules: LINGUA_RULES,
    articles: LINGUA_ARTICLES,
    splits: [{ name: 'dev (round 2)', cases: LINGUA_DEV, heldOut: false }, round5('lingua')],
  },
  {
    name: 'Fenwick Car & Van Hire',
    slug: 'fenwick',
    agentName: 'Fen',
    businessContext: FENWICK_CONTEXT,
    escalationRules: FENWICK_RULES,
    articles: FENWICK_ARTICLES,
    splits: [{ name: 'dev (round 3)', cases: FENWICK_DEV, heldOut: false }, round5('fenwick')],
  },
  {
    name: 'Ironworks Gym',
    slug: 'ironworks',
    agentName: 'Iron',
    businessContext: IRONWORKS_CONTEXT,
    escalationRules: IRONWORKS_RULES,
    articles: IRONWORKS_ARTICLES,
    splits: [{ name: 'dev (round 3, written after the first round-3 changes)', cases: IRONWORKS_DEV, heldOut: false }, round5('ironworks')],
  },
  {
    name: 'Still Point Yoga',
    slug: 'stillpoint',
    agentName: 'Sol',
    businessContext: STILLPOINT_CONTEXT,
    escalationRules: STILLPOINT_RULES,
    articles: STILLPOINT_ARTICLES,
    splits: [{ name: 'dev (round 4, written after the answer gate)', cases: STILLPOINT_DEV, heldOut: false }, round5('stillpoint')],
  },
  {
    name: 'Splashers Swim School',
    slug: 'splashers',
    agentName: 'Splash',
    businessContext: SPLASH_CONTEXT,
    escalationRules: SPLASH_RULES,
    articles: SPLASH_ARTICLES,
    splits: [
      { name: 'dev (round 6)', cases: SPLASH_DEV, heldOut: false },
      { name: 'dev (round 7: paraphrases and hard unanswerables)', cases: SPLASH_DEV_R7, heldOut: false },
    ],
  },
  {
    name: 'FixIt Phones',
    slug: 'fixit',
    agentName: 'Fix',
    businessContext: FIXIT_CONTEXT,
    escalationRules: FIXIT_RULES,
    articles: FIXIT_ARTICLES,
    splits: [
      { name: 'dev (round 6)', cases: FIXIT_DEV, heldOut: false },
      { name: 'dev (round 7: paraphrases and hard unanswerables)', cases: FIXIT_DEV_R7, heldOut: false },
    ],
  },
  {
    name: 'Pawsworth Vets',
    slug: 'paws',
    agentName: 'Paws',
    businessContext: PAWS_CONTEXT,
    escalationRules: PAWS_RULES,
    articles: PAWS_ARTICLES,
    splits: [{ name: 'dev (round 8, first scored before any round-8 change)', cases: PAWS_DEV, heldOut: false }],
  },
  {
    name: 'Loftline Coworking',
    slug: 'loft',
    agentName: 'Loft',
    businessContext: LOFT_CONTEXT,
    escalationRules: LOFT_RULES,
    articles: LOFT_ARTICLES,
    splits: [{ name: 'dev (round 8, first scored before any round-8 change)', cases: LOFT_DEV, heldOut: false }],
  },
  {
    name: 'Trailhead Outfitters',
    slug: 'trail',
    agentName: 'Scout',
    businessContext: TRAIL_CONTEXT,
    escalationRules: TRAIL_RULES,
    articles: TRAIL_ARTICLES,
    splits: [{ name: 'dev (round 8, second batch, first scored mid-round)', cases: TRAIL_DEV, heldOut: false }],
  },
  {
    name: 'Plotline',
    slug: 'plot',
    agentName: 'Plot',
    businessContext: PLOT_CONTEXT,
    escalationRules: PLOT_RULES,
    articles: PLOT_ARTICLES,
    splits: [{ name: 'dev (round 8, second batch, first scored mid-round)', cases: PLOT_DEV, heldOut: false }],
  },
  {
    name: 'Brightpath Opticians',
    slug: 'bright',
    agentName: 'Iris',
    businessContext: BRIGHT_CONTEXT,
    escalationRules: BRIGHT_RULES,
    articles: BRIGHT_ARTICLES,
    splits: [{ name: 'dev (round 9, first scored before any round-9 change but one)', cases: BRIGHT_DEV, heldOut: false }],
  },
  {
    name: 'Quayside Van Hire',
    slug: 'quay',
    agentName: 'Skipper',
    businessContext: QUAY_CONTEXT,
    escalationRules: QUAY_RULES,
    articles: QUAY_ARTICLES,
    splits: [{ name: 'dev (round 9, first scored before any round-9 change but one)', cases: QUAY_DEV, heldOut: false }],
  },
  {
    name: 'Marsh Lane Garage',
    slug: 'garage',
    agentName: 'Max',
    businessContext: GARAGE_CONTEXT,
    escalationRules: GARAGE_RULES,
    articles: GARAGE_ARTICLES,
    splits: [{ name: 'dev (round 10, first scored before any round-10 answer change)', cases: GARAGE_DEV, heldOut: false }],
  },
  {
    name: 'Bloom & Stem Florist',
    slug: 'bloom',
    agentName: 'Poppy',
    businessContext: BLOOM_CONTEXT,
    escalationRules: BLOOM_RULES,
    articles: BLOOM_ARTICLES,
    splits: [{ name: 'dev (round 10, first scored before any round-10 answer change)', cases: BLOOM_DEV, heldOut: false }],
  },
  {
    name: 'Brewbox Tea Co.',
    slug: 'brewbox',
    agentName: 'Leaf',
    businessContext: BREWBOX_CONTEXT,
    escalationRules: BREWBOX_RULES,
    articles: BREWBOX_ARTICLES,
    splits: [{ name: 'held-out, written before round-8 changes', cases: BREWBOX_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Chairside',
    slug: 'chairside',
    agentName: 'Cass',
    businessContext: CHAIRSIDE_CONTEXT,
    escalationRules: CHAIRSIDE_RULES,
    articles: CHAIRSIDE_ARTICLES,
    splits: [{ name: 'held-out, written before round-8 changes', cases: CHAIRSIDE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Foxglove Farm Glamping',
    slug: 'foxglove',
    agentName: 'Fern',
    businessContext: FOXGLOVE_CONTEXT,
    escalationRules: FOXGLOVE_RULES,
    articles: FOXGLOVE_ARTICLES,
    splits: [{ name: 'held-out, written before round-9 changes', cases: FOXGLOVE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'The Cinder Lane Picturehouse',
    slug: 'cinder',
    agentName: 'Reel',
    businessContext: CINDER_CONTEXT,
    escalationRules: CINDER_RULES,
    articles: CINDER_ARTICLES,
    splits: [{ name: 'held-out, written before round-9 changes', cases: CINDER_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Crumb & Co. Bakery',
    slug: 'crumb',
    agentName: 'Bun',
    businessContext: CRUMB_CONTEXT,
    escalationRules: CRUMB_RULES,
    articles: CRUMB_ARTICLES,
    splits: [{ name: 'held-out, written before round-10 changes', cases: CRUMB_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Hartley & Sons Removals',
    slug: 'hartley',
    agentName: 'Hal',
    businessContext: HARTLEY_CONTEXT,
    escalationRules: HARTLEY_RULES,
    articles: HARTLEY_ARTICLES,
    splits: [{ name: 'held-out, written before round-10 changes', cases: HARTLEY_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Quayside Opticians',
    slug: 'quayside-optics',
    agentName: 'Iris',
    businessContext: QUAYSIDE_CONTEXT,
    escalationRules: QUAYSIDE_RULES,
    articles: QUAYSIDE_ARTICLES,
    splits: [{ name: 'fresh, written after round-11 changes', cases: QUAYSIDE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Petal & Stem',
    slug: 'petal-stem',
    agentName: 'Flora',
    businessContext: PETALSTEM_CONTEXT,
    escalationRules: PETALSTEM_RULES,
    articles: PETALSTEM_ARTICLES,
    splits: [{ name: 'held-out, written before round-12 changes', cases: PETALSTEM_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Harbour Desk',
    slug: 'harbour-desk',
    agentName: 'Dot',
    businessContext: HARBOURDESK_CONTEXT,
    escalationRules: HARBOURDESK_RULES,
    articles: HARBOURDESK_ARTICLES,
    splits: [{ name: 'held-out, written before round-12 changes', cases: HARBOURDESK_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Suds & Press',
    slug: 'suds-press',
    agentName: 'Sunny',
    businessContext: SUDS_CONTEXT,
    escalationRules: SUDS_RULES,
    articles: SUDS_ARTICLES,
    splits: [{ name: 'held-out, written before round-13 changes', cases: SUDS_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Roam Campervan Hire',
    slug: 'roam',
    agentName: 'Robin',
    businessContext: ROAM_CONTEXT,
    escalationRules: ROAM_RULES,
    articles: ROAM_ARTICLES,
    splits: [{ name: 'held-out, written before round-13 changes', cases: ROAM_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Chainline Cycles',
    slug: 'chainline',
    agentName: 'Spoke',
    businessContext: CYCLE_CONTEXT,
    escalationRules: CYCLE_RULES,
    articles: CYCLE_ARTICLES,
    splits: [{ name: 'dev (round 13: unlisted variants, first scored before any round-13 answer change)', cases: CYCLE_DEV, heldOut: false }],
  },
  {
    name: 'Brightpath Tutoring',
    slug: 'brightpath-tutoring',
    agentName: 'Ada',
    businessContext: TUTOR_CONTEXT,
    escalationRules: TUTOR_RULES,
    articles: TUTOR_ARTICLES,
    splits: [{ name: 'dev (round 13: unlisted variants, first scored before any round-13 answer change)', cases: TUTOR_DEV, heldOut: false }],
  },
  {
    name: 'Lockside Garden Centre',
    slug: 'lockside',
    agentName: 'Fern',
    businessContext: LOCKSIDE_CONTEXT,
    escalationRules: LOCKSIDE_RULES,
    articles: LOCKSIDE_ARTICLES,
    splits: [{ name: 'held-out, written before round-14 answer changes', cases: LOCKSIDE_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Stillwater Massage',
    slug: 'stillwater',
    agentName: 'Ease',
    businessContext: STILLWATER_CONTEXT,
    escalationRules: STILLWATER_RULES,
    articles: STILLWATER_ARTICLES,
    splits: [{ name: 'held-out, written before round-14 answer changes', cases: STILLWATER_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Hilltop Driving Academy',
    slug: 'hilltop-driving',
    agentName: 'Hilly',
    businessContext: DRIVE_CONTEXT,
    escalationRules: DRIVE_RULES,
    articles: DRIVE_ARTICLES,
    splits: [{ name: 'dev (round 14, first scored mid-round)', cases: DRIVE_DEV, heldOut: false }],
  },
  {
    name: 'The Copper Kettle B&B',
    slug: 'copper-kettle',
    agentName: 'Kit',
    businessContext: KETTLE_CONTEXT,
    escalationRules: KETTLE_RULES,
    articles: KETTLE_ARTICLES,
    splits: [{ name: 'dev (round 14, first scored mid-round)', cases: KETTLE_DEV, heldOut: false }],
  },
  {
    name: 'Clearwater Window Cleaning',
    slug: 'clearwater',
    agentName: 'Sky',
    businessContext: CLEARWATER_CONTEXT,
    escalationRules: CLEARWATER_RULES,
    articles: CLEARWATER_ARTICLES,
    splits: [{ name: 'held-out, pasted pages, written before round-15 answer changes were measured on it', cases: CLEARWATER_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Larkspur Pottery Studio',
    slug: 'larkspur',
    agentName: 'Clay',
    businessContext: LARKSPUR_CONTEXT,
    escalationRules: LARKSPUR_RULES,
    articles: LARKSPUR_ARTICLES,
    splits: [{ name: 'held-out, pasted pages, written before round-15 answer changes were measured on it', cases: LARKSPUR_HELD_OUT, heldOut: true }],
  },
  {
    name: 'Hollybrook Village Hall',
    slug: 'hollybrook-hall',
    agentName: 'Holly',
    businessContext: HALL_CONTEXT,
    escalationRules: HALL_RULES,
    articles: HALL_ARTICLES,
    splits: [{ name: 'dev (round 15, pasted pages)', cases: HALL_DEV, heldOut: false }],
  },
  {
    name: 'Nettle & Thyme',
    slug: 'nettle-thyme',
    agentName: 'Thyme',
    businessContext: NETTLE_CONTEXT,
    escalationRules: NETTLE_RULES,
    articles: NETTLE_ARTICLES,
    splits: [{ name: 'dev (round 15, pasted pages)', cases: NETTLE_DEV, heldOut: false }],
  },
  {
    name: "Hartley's Tyre & Exhaust",
    slug: 'hartleys-tyres',
    agentName: 'Sam',
    businessContext: TYRE_CONTEXT,
    escalationRules: TYRE_RULES,
    articles: TYRE_ARTICLES,
    splits: [{ name: 'dev (round 17, written blind, first read before and after the everyday vocabulary)', cases: TYRE_DEV, heldOut: false }],
  },
  {
    name: 'The Corkscrew Cellar',
    slug: 'corkscrew-cellar',
    agentName: 'Cork',
    businessContext: WINE_CONTEXT,
    escalationRules: WINE_RULES,
    articles: WINE_ARTICLES,
    splits: [{ name: 'dev (round 17, written blind, first read before and after the everyday vocabulary)', cases: WINE_DEV, heldOut: false }],
  },
  {
    name: 'Bounce & Burrow',
    slug: 'bounce-burrow',
    agentName: 'Bo',
    businessContext: SOFTPLAY_CONTEXT,
    escalationRules: SOFTPLAY_RULES,
    articles: SOFTPLAY_ARTICLES,
    splits: [{ name: 'dev (round 23, written blind, first read on the session-start code)', cases: SOFTPLAY_DEV, heldOut: false }],
  },
  {
    name: 'Cedar Physio & Sports Injury Clinic',
    slug: 'cedar-physio',
    agentName: 'Cedar',
    businessContext: PHYSIO_CONTEXT,
    escalationRules: PHYSIO_RULES,
    articles: PHYSIO_ARTICLES,
    splits: [{ name: 'dev (round 23, written blind, first read on the session-start code)', cases: PHYSIO_DEV, heldOut: false }],
  },
  {
    name: 'Rookery Lane Cottages',
    slug: 'rookery-lane-cottages',
    agentName: 'Rook',
    businessContext: COTTAGE_CONTEXT,
    escalationRules: COTTAGE_RULES,
    articles: COTTAGE_ARTICLES,
    splits: [{ name: 'dev (round 23, second pair, written blind, first read mid-round)', cases: COTTAGE_DEV, heldOut: false }],
  },
  {
    name: 'Gearbox Guitars',
    slug: 'gearbox-guitars',
    agentName: 'Riff',
    businessContext: GUITAR_CONTEXT,
    escalationRules: GUITAR_RULES,
    articles: GUITAR_ARTICLES,
    splits: [{ name: 'dev (round 23, second pair, written blind, first read mid-round)', cases: GUITAR_DEV, heldOut: false }],
  },
  {
    name: 'Needle & Thread',
    slug: 'needle-and-thread',
    agentName: 'Thimble',
    businessContext: NEEDLE_CONTEXT,
    escalationRules: NEEDLE_RULES,
    articles: NEEDLE_ARTICLES,
    splits: [{ name: 'dev (round 24, written blind, first read on the session-start code)', cases: NEEDLE_CASES, heldOut: false }],
  },
  {
    name: 'Bubble Bay Hot Tub Hire',
    slug: 'bubble-bay-hot-tub-hire',
    agentName: 'Bubbles',
    businessContext: BUBBLE_CONTEXT,
    escalationRules: BUBBLE_RULES,
    articles: BUBBLE_ARTICLES,
    splits: [{ name: 'dev (round 24, written blind, first read on the session-start code)', cases: BUBBLE_CASES, heldOut: false }],
  },
  {
    name: 'Ashdown & Sons Chimney Sweeps',
    slug: 'ashdown-and-sons',
    agentName: 'Soot',
    businessContext: ASHDOWN_CONTEXT,
    escalationRules: ASHDOWN_RULES,
    articles: ASHDOWN_ARTICLES,
    splits: [{ name: 'dev (round 24, second pair, written blind, first read mid-round)', cases: ASHDOWN_CASES, heldOut: false }],
  },
  {
    name: 'Cipher & Key Escape Rooms',
    slug: 'cipher-and-key',
    agentName: 'Keeper',
    businessContext: CIPHER_CONTEXT,
    escalationRules: CIPHER_RULES,
    articles: CIPHER_ARTICLES,
    splits: [{ name: 'dev (round 24, second pair, written blind, first read mid-round)', cases: CIPHER_CASES, heldOut: false }],
  },
  {
    name: 'Framed & Found',
    slug: 'framed-and-found',
    agentName: 'Mount',
    businessContext: FRAMED_CONTEXT,
    escalationRules: FRAMED_RULES,
    articles: FRAMED_ARTICLES,
    splits: [{ name: 'dev (round 25, written blind, first read on the session-start code)', cases: FRAMED_CASES, heldOut: false }],
  },
  {
    name: 'Splitting Hairs Axe Throwing',
    slug: 'splitting-hairs',
    agentName: 'Hatchet',
    businessContext: AXE_CONTEXT,
    escalationRules: AXE_RULES,
    articles: AXE_ARTICLES,
    splits: [{ name: 'dev (round 25, written blind, first read on the session-start code)', cases: AXE_CASES, heldOut: false }],
  },
  {
    name: 'Clearsound Hearing',
    slug: 'clearsound-hearing',
    agentName: 'Echo',
    businessContext: HEARING_CONTEXT,
    escalationRules: HEARING_RULES,
    articles: HEARING_ARTICLES,
    splits: [{ name: 'dev (round 25, second pair, written blind, first read on the session-start code)', cases: HEARING_CASES, heldOut: false }],
  },
  {
    name: 'Tidewater Touring Park',
    slug: 'tidewater-touring-park',
    agentName: 'Shell',
    businessContext: TIDEWATER_CONTEXT,
    escalationRules: TIDEWATER_RULES,
    articles: TIDEWATER_ARTICLES,
    splits: [{ name: 'dev (round 25, second pair, written blind, first read on the session-start code)', cases: TIDEWATER_CASES, heldOut: false }],
  },
  {
    name: 'Kiln & Co Ceramics Café',
    slug: 'kiln-and-co',
    agentName: 'Glaze',
    businessContext: KILN_CONTEXT,
    escalationRules: KILN_RULES,
    articles: KILN_ARTICLES,
    splits: [{ name: 'dev (round 25, third pair, written blind, first read mid-round)', cases: KILN_CASES, heldOut: false }],
  },
  {
    name: 'Marlow Mobile Mechanics',
    slug: 'marlow-mobile-mechanics',
    agentName: 'Spanner',
    businessContext: MECHANIC_CONTEXT,
    escalationRules: MECHANIC_RULES,
    articles: MECHANIC_ARTICLES,
    splits: [{ name: 'dev (round 25, third pair, written blind, first read mid-round)', cases: MECHANIC_CASES, heldOut: false }],
  },
  {
    name: 'Hollybrook Vets',
    slug: 'hollybrook-vets',
    agentName: 'Hazel',
    businessContext: HOLLYBROOK_CONTEXT,
    escalationRules: HOLLYBROOK_RULES,
    articles: HOLLYBROOK_ARTICLES,
    splits: [{ name: 'dev (round 26, written blind, first read on the session-start code)', cases: HOLLYBROOK_CASES, heldOut: false }],
  },
  {
    name: 'Pedal & Pint Tours',
    slug: 'pedal-and-pint-tours',
    agentName: 'Chain',
    businessContext: PEDAL_CONTEXT,
    escalationRules: PEDAL_RULES,
    articles: PEDAL_ARTICLES,
    splits: [{ name: 'dev (round 26, written blind, first read on the session-start code)', cases: PEDAL_CASES, heldOut: false }],
  },
  {
    name: 'Corkscrew & Co',
    slug: 'corkscrew-and-co',
    agentName: 'Vin',
    businessContext: CORKSCREW_CONTEXT,
    escalationRules: CORKSCREW_RULES,
    articles: CORKSCREW_ARTICLES,
    splits: [{ name: 'dev (round 27, written blind, first read on the session-start code)', cases: CORKSCREW_CASES, heldOut: false }],
  },
  {
    name: 'Inkspot Print & Copy',
    slug: 'inkspot-print-and-copy',
    agentName: 'Dot',
    businessContext: INKSPOT_CONTEXT,
    escalationRules: INKSPOT_RULES,
    articles: INKSPOT_ARTICLES,
    splits: [{ name: 'dev (round 27, written blind, first read on the session-start code)', cases: INKSPOT_CASES, heldOut: false }],
  },
  {
    name: 'Lotus Flow Yoga',
    slug: 'lotus-flow-yoga',
    agentName: 'Asana',
    businessContext: LOTUS_CONTEXT,
    escalationRules: LOTUS_RULES,
    articles: LOTUS_ARTICLES,
    splits: [{ name: 'dev (round 27, second pair, written blind, first read on the session-start code)', cases: LOTUS_CASES, heldOut: false }],
  },
  {
    name: 'Fresh Pile Carpet Care',
    slug: 'fresh-pile-carpet-care',
    agentName: 'Fern',
    businessContext: FRESHPILE_CONTEXT,
    escalationRules: FRESHPILE_RULES,
    articles: FRESHPILE_ARTICLES,
    splits: [{ name: 'dev (round 27, second pair, written blind, first read on the session-start code)', cases: FRESHPILE_CASES, heldOut: false }],
  },
  {
    name: 'Dog-eared Books & Coffee',
    slug: 'dog-eared-books',
    agentName: 'Page',
    businessContext: BOOKS_CONTEXT,
    escalationRules: BOOKS_RULES,
    articles: BOOKS_ARTICLES,
    splits: [{ name: 'dev (round 28, written blind, first read on the session-start code)', cases: BOOKS_CASES, heldOut: false }],
  },
  {
    name: 'Haul Away Skip Hire',
    slug: 'haul-away-skip-hire',
    agentName: 'Skip',
    businessContext: SKIPS_CONTEXT,
    escalationRules: SKIPS_RULES,
    articles: SKIPS_ARTICLES,
    splits: [{ name: 'dev (round 28, written blind, first read on the session-start code)', cases: SKIPS_CASES, heldOut: false }],
  },
  {
    name: 'Stave & Bow Music School',
    slug: 'stave-and-bow',
    agentName: 'Clef',
    businessContext: MUSIC_CONTEXT,
    escalationRules: MUSIC_RULES,
    articles: MUSIC_ARTICLES,
    splits: [{ name: 'dev (round 28, second pair, written blind, first read on the session-start code)', cases: MUSIC_CASES, heldOut: false }],
  },
  {
    name: 'Paddle Point SUP & Kayak',
    slug: 'paddle-point',
    agentName: 'Reed',
    businessContext: PADDLE_CONTEXT,
    escalationRules: PADDLE_RULES,
    articles: PADDLE_ARTICLES,
    splits: [{ name: 'dev (round 28, second pair, written blind, first read on the session-start code)', cases: PADDLE_CASES, heldOut: false }],
  },
  {
    name: 'Ridgeway Rovers',
    slug: 'ridgeway-rovers',
    agentName: 'Jess',
    businessContext: WALK_CONTEXT,
    // Round 29's hand-over rules are lines of its business rules, not an escalation-rule list.
    escalationRules: [],
    businessRules: WALK_RULES,
    articles: asArticles(WALK_ARTICLES),
    splits: [{ name: 'dev (round 29, written blind, first read on the session-start code)', cases: WALK_CASES, heldOut: false }],
  },
  {
    name: 'Pip & Puddle Play Café',
    slug: 'pip-and-puddle',
    agentName: 'Pip',
    businessContext: PLAY_CONTEXT,
    escalationRules: [],
    businessRules: PLAY_RULES,
    articles: asArticles(PLAY_ARTICLES),
    splits: [{ name: 'dev (round 29, written blind, first read on the session-start code)', cases: PLAY_CASES, heldOut: false }],
  },
  {
    name: 'Keen Edge Sharpening',
    slug: 'keen-edge',
    agentName: 'Rob',
    businessContext: SHARP_CONTEXT,
    escalationRules: [],
    businessRules: SHARP_RULES,
    articles: asArticles(SHARP_ARTICLES),
    splits: [{ name: 'dev (round 29, second pair, written blind, first read on the session-start code)', cases: SHARP_CASES, heldOut: false }],
  },
  {
    name: 'The Salty Haddock',
    slug: 'salty-haddock',
    agentName: 'Nell',
    businessContext: CHIPS_CONTEXT,
    escalationRules: [],
    businessRules: CHIPS_RULES,
    articles: asArticles(CHIPS_ARTICLES),
    splits: [{ name: 'dev (round 29, second pair, written blind, first read on the session-start code)', cases: CHIPS_CASES, heldOut: false }],
  },
  {
    name: 'Spotless Motors',
    slug: 'spotless-motors',
    agentName: 'Dan',
    businessContext: VALET_CONTEXT,
    escalationRules: VALET_ESCALATION_RULES,
    businessRules: VALET_BUSINESS_RULES,
    articles: VALET_ARTICLES,
    splits: [{ name: 'dev (round 29, third pair, written blind, first read mid-round)', cases: VALET_CASES, heldOut: false }],
  },
  {
    name: 'Hollybrook Farm Park',
    slug: 'hollybrook-farm',
    agentName: 'Gwen',
    businessContext: FARM_CONTEXT,
    escalationRules: FARM_ESCALATION_RULES,
    businessRules: FARM_BUSINESS_RULES,
    articles: FARM_ARTICLES,
    splits: [{ name: 'dev (round 29, third pair, written blind, first read mid-round)', cases: FARM_CASES, heldOut: false }],
  },
  {
    name: 'Fernleigh Equestrian Centre',
    slug: 'fernleigh-riding',
    agentName: 'Holly',
    businessContext: RIDING_CONTEXT,
    escalationRules: RIDING_ESCALATION_RULES,
    businessRules: RIDING_BUSINESS_RULES,
    articles: RIDING_ARTICLES,
    splits: [{ name: 'dev (round 30, written blind, first read on the session-start code)', cases: RIDING_CASES, heldOut: false }],
  },
  {
    name: 'Black Lantern Tattoo',
    slug: 'black-lantern-tattoo',
    agentName: 'Rae',
    businessContext: TATTOO_CONTEXT,
    escalationRules: TATTOO_ESCALATION_RULES,
    businessRules: TATTOO_BUSINESS_RULES,
    articles: TATTOO_ARTICLES,
    splits: [{ name: 'dev (round 30, written blind, first read on the session-start code)', cases: TATTOO_CASES, heldOut: false }],
  },
  // Round 31's dev pair (eval/dev-round31.ts): a fishery whose hand-overs are all in the business
  // rules, and a record shop that keeps two of its hand-overs there.
  ...blindPair(D31, ['LAKE', 'VINYL'], 'round31-dev', 'dev (round 31, written blind, first read on the session-start code)'),
  // Round 32's dev pair (eval/dev-round32.ts): a karting track whose hand-overs are prose in the
  // business rules, and a wedding-car firm that keeps two of its hand-overs there.
  ...blindPair(D32, ['KART', 'WED'], 'round32-dev', 'dev (round 32, written blind, first read on the session-start code)'),
  // Round 33's dev pair (eval/dev-round33.ts): a paintball site whose hand-overs are prose in the
  // business rules, and a comic and board-game shop that keeps two of its hand-overs there.
  ...blindPair(D33, ['PAINT', 'COMIC'], 'round33-dev', 'dev (round 33, written blind, first read on the session-start code)'),
  // Round 34's dev pair (eval/dev-round34.ts): a watch and clock repairer that keeps two of its
  // hand-overs in the business rules, and a haberdashery whose hand-overs are all prose there.
  ...blindPair(D34, ['WATCH', 'SEW'], 'round34-dev', 'dev (round 34, written blind, first read on the session-start code)'),
  ...blindPair(D35, ['FORGE', 'VEG'], 'round35-dev', 'dev (round 35, written blind, first read on the session-start code)'),
  ...blindPair(D36, ['STONE', 'BONSAI'], 'round36-dev', 'dev (round 36, written blind, first read on the session-start code)'),
  ...blindPair(D37, ['CACTUS', 'CLIMB'], 'round37-dev', 'dev (round 37, written blind, first read on the session-start code)'),
  ...blindPair(D38, ['HATS', 'PUTT'], 'round38-dev', 'dev (round 38, written blind, first read on the session-start code)'),
  ...blindPair(D39, ['CHESS', 'CHEESE'], 'round39-dev', 'dev (round 39, written blind, first read on the session-start code)'),
  ...blindPair(D40, ['MAPS', 'WELL'], 'round40-dev', 'dev (round 40, written blind, first read on the session-start code)'),
  ...blindPair(D41, ['ORIG', 'BOAT'], 'round41-dev', 'dev (round 41, written blind, first read on the session-start code)'),
  ...blindPair(D42, ['CHOC', 'TAXI'], 'round42-dev', 'dev (round 42, written blind, first read on the session-start code)'),
  // Round 30's held-out pair (eval/round30-heldout.ts): written blind, read only as totals. Both
  // keep some or all of their hand-over instructions in the business rules.
  ...blindPair(R30, ['R30A', 'R30B'], 'round30-heldout', 'held-out (round 30, written blind at the start of the round)'),
  // Round 31's held-out pair (eval/round31-heldout.ts): written blind, read only as totals; one
  // keeps its hand-overs in the business rules, the other keeps some there.
  ...blindPair(R31, ['R31A', 'R31B'], 'round31-heldout', 'held-out (round 31, written blind at the start of the round)'),
  // Round 32's held-out pair (eval/round32-heldout.ts): written blind, read only as totals; one
  // keeps its hand-overs in the business rules, the other two of them.
  ...blindPair(R32, ['R32A', 'R32B'], 'round32-heldout', 'held-out (round 32, written blind at the start of the round)'),
  // Round 33's held-out pair (eval/round33-heldout.ts): written blind, read only as totals; one
  // keeps some hand-overs in the business rules, the other all of them.
  ...blindPair(R33, ['R33A', 'R33B'], 'round33-heldout', 'held-out (round 33, written blind at the start of the round)'),
  // Round 34's held-out pair (eval/round34-heldout.ts): written blind, read only as totals; one
  // keeps some hand-overs in the business rules, the other all of them.
  ...blindPair(R34, ['R34A', 'R34B'], 'round34-heldout', 'held-out (round 34, written blind at the start of the round)'),
  ...blindPair(R35, ['R35A', 'R35B'], 'round35-heldout', 'held-out (round 35, written blind at the start of the round)'),
  ...blindPair(R36, ['R36A', 'R36B'], 'round36-heldout', 'held-out (round 36, written blind at the start of the round)'),
  ...blindPair(R37, ['R37A', 'R37B'], 'round37-heldout', 'held-out (round 37, written blind at the start of the round)'),
  ...blindPair(R38, ['R38A', 'R38B'], 'round38-heldout', 'held-out (round 38, written blind at the start of the round)'),
  ...blindPair(R39, ['R39A', 'R39B'], 'round39-heldout', 'held-out (round 39, written blind at the start of the round)'),
  ...blindPair(R40, ['R40A', 'R40B'], 'round40-heldout', 'held-out (round 40, written blind at the start of the round)'),
  ...blindPair(R41, ['R41A', 'R41B'], 'round41-heldout', 'held-out (round 41, written blind at the start of the round)'),
  ...blindPair(R42, ['R42A', 'R42B'], 'round42-heldout', 'held-out (round 42, written blind at the start of the round)'),
];
