/** The DEV owner-message sets, one per author: what the grammar and its fitted layer are tuned on. */
import { CONFIG_INTENTS_DEV } from './config-intents-dev.ts';
import type { ConfigIntentCase } from './config-intents-types.ts';
import { CONFIG_INTENTS_DEV_2 } from './config-intents-dev-2.ts';
import { CONFIG_INTENTS_DEV_3 } from './config-intents-dev-3.ts';
import { CONFIG_INTENTS_DEV_4 } from './config-intents-dev-4.ts';
import { CONFIG_INTENTS_DEV_5 } from './config-intents-dev-5.ts';
import { CONFIG_INTENTS_DEV_6 } from './config-intents-dev-6.ts';
import { CONFIG_INTENTS_DEV_7 } from './config-intents-dev-7.ts';
import { CONFIG_INTENTS_DEV_8 } from './config-intents-dev-8.ts';
import { CONFIG_INTENTS_DEV_9 } from './config-intents-dev-9.ts';
import { CONFIG_INTENTS_DEV_10 } from './config-intents-dev-10.ts';

export const CONFIG_INTENT_DEV_SETS: [string, ConfigIntentCase[]][] = [
  ['dev', CONFIG_INTENTS_DEV],
  ['dev-2', CONFIG_INTENTS_DEV_2],
  ['dev-3', CONFIG_INTENTS_DEV_3],
  ['dev-4', CONFIG_INTENTS_DEV_4],
  ['dev-5', CONFIG_INTENTS_DEV_5],
  ['dev-6', CONFIG_INTENTS_DEV_6],
  ['dev-7', CONFIG_INTENTS_DEV_7],
  ['dev-8', CONFIG_INTENTS_DEV_8],
  ['dev-9', CONFIG_INTENTS_DEV_9],
  ['dev-10', CONFIG_INTENTS_DEV_10],
];
