/**
 * The support agent's settings of one organization: business context, tone, business rules,
 * escalation rules, synonyms (the organization's own words) and branding. One zod schema validates a patch for both the JSON endpoint
 * and the configuration agent's tool, so both accept and refuse exactly the same input.
 */
import { z } from 'zod';

export interface Branding {
  agentName: string;
  /** `#RRGGBB`. */
  primaryColor: string;
  welcomeHeading: string;
  welcomeSubheading: string;
}

/** Who may use the hosted chat page and the widget (README: public chat). */
export interface PublicChat {
  enabled: boolean;
  /** Origins (`https://shop.example`) whose pages may embed the widget; empty = any origin. */
  allowedOrigins: string[];
}

export interface AgentSettings {
  businessContext: string;
  tone: string;
  businessRules: string;
  escalationRules: string[];
  /** Groups of words customers use for the same thing, e.g. `["trainers", "sneakers"]`. */
  synonyms: string[][];
  branding: Branding;
  publicChat: PublicChat;
  updatedAt: string | null;
}

/** What an organization has before anyone configured it. */
export const DEFAULT_SETTINGS: AgentSettings = {
  businessContext: '',
  tone: 'friendly and professional',
  businessRules: '',
  escalationRules: [],
  synonyms: [],
  branding: {
    agentName: 'Assistant',
    primaryColor: '#2563EB',
    welcomeHeading: 'Hi! How can we help?',
    welcomeSubheading: 'Ask us anything about our products and services.',
  },
  publicChat: { enabled: true, allowedOrigins: [] },
  updatedAt: null,
};

const text = (max: number) => z.string().trim().max(max);
const line = (max: number) => z.string().trim().min(1).max(max);

export const brandingPatchSchema = z
  .object({
    agentName: line(60).describe('Name the support agent gives when asked'),
    primaryColor: z
      .string()
      .trim()
      .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a hex colour like #1A2B3C')
      .transform((c) => c.toUpperCase()),
    welcomeHeading: line(120),
    welcomeSubheading: text(240),
  })
  .partial()
  .strict();

/** An origin as browsers send it: scheme, host and port only (`https://shop.example`). */
const originSchema = z
  .string()
  .trim()
  .max(200)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === v.replace(/\/$/, '').toLowerCase();
    } catch {
      return false;
    }
  }, 'must be an origin like https://shop.example (scheme, host and port only)')
  .transform((v) => new URL(v).origin);

export const publicChatPatchSchema = z
  .object({
    enabled: z.boolean().describe('Whether the hosted chat page and the widget answer'),
    allowedOrigins: z
      .array(originSchema)
      .max(50)
      .describe('Origins whose pages may embed the widget; empty = any origin'),
  })
  .partial()
  .strict();

/** Words or short phrases that mean the same to this business's customers; replaces the list. */
export const synonymGroupsSchema = z
  .array(z.array(line(60)).min(2).max(20))
  .max(200)
  .describe('Groups of words customers use for the same thing, e.g. [["trainers", "sneakers"]]; used by retrieval and answers');

/** A partial update: only the fields present change. `escalationRules` replaces the list. */
export const settingsPatchSchema = z
  .object({
    businessContext: text(8000).describe('What the business is and sells'),
    tone: line(200).describe('How the support agent should sound, e.g. "friendly", "formal"'),
    businessRules: text(8000).describe('Rules the support agent must follow'),
    escalationRules: z
      .array(line(300))
      .max(50)
      .describe('Situations in which the support agent hands the conversation to a human'),
    synonyms: synonymGroupsSchema,
    branding: brandingPatchSchema,
    publicChat: publicChatPatchSchema,
  })
  .partial()
  .strict();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/** One changed field, for confirmations ("agent name: "Assistant" → "Ava"") and audits. */
export interface SettingChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** Applies a validated patch; returns the new settings and exactly the fields that changed. */
export function applySettingsPatch(
  current: AgentSettings,
  patch: SettingsPatch,
): { settings: AgentSettings; changes: SettingChange[] } {
  const changes: SettingChange[] = [];
  const next: AgentSettings = { ...current, branding: { ...current.branding }, publicChat: { ...current.publicChat } };
  const set = <K extends keyof AgentSettings>(key: K, value: AgentSettings[K] | undefined) => {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(current[key])) return;
    changes.push({ field: key, from: current[key], to: value });
    next[key] = value;
  };
  set('businessContext', patch.businessContext);
  set('tone', patch.tone);
  set('businessRules', patch.businessRules);
  set('escalationRules', patch.escalationRules);
  set('synonyms', patch.synonyms);
  for (const [key, value] of Object.entries(patch.branding ?? {}) as [keyof Branding, string | undefined][]) {
    if (value === undefined || value === current.branding[key]) continue;
    changes.push({ field: `branding.${key}`, from: current.branding[key], to: value });
    next.branding[key] = value;
  }
  for (const [key, value] of Object.entries(patch.publicChat ?? {}) as [keyof PublicChat, PublicChat[keyof PublicChat] | undefined][]) {
    if (value === undefined || JSON.stringify(value) === JSON.stringify(current.publicChat[key])) continue;
    changes.push({ field: `publicChat.${key}`, from: current.publicChat[key], to: value });
    next.publicChat = { ...next.publicChat, [key]: value };
  }
  return { settings: next, changes };
}
