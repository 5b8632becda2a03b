/**
 * Every dev escalation set, named as the safety eval prints it. One list for the eval and the
 * two fitted layers (escalation, injection), so a new dev set is added once.
 */
import { DEV_ESCALATION, DEV_ESCALATION_SAAS } from './escalation-dev.ts';
import { ROUND6_ESCALATION_DEV } from './escalation-dev-round6.ts';
import { ROUND8_ESCALATION_DEV } from './escalation-dev-round8.ts';
import { ROUND9_ESCALATION_DEV } from './escalation-dev-round9.ts';
import { ROUND10_ESCALATION_DEV } from './escalation-dev-round10.ts';
import { ROUND10B_ESCALATION_DEV } from './escalation-dev-round10b.ts';
import { ROUND12A_ESCALATION_DEV } from './escalation-dev-round12a.ts';
import { ROUND12B_ESCALATION_DEV } from './escalation-dev-round12b.ts';
import { ROUND12C_ESCALATION_DEV } from './escalation-dev-round12c.ts';
import { ROUND14_ESCALATION_DEV } from './escalation-dev-round14.ts';
import { ROUND18A_ESCALATION_DEV } from './escalation-dev-round18a.ts';
import { ROUND18B_ESCALATION_DEV } from './escalation-dev-round18b.ts';
import { ROUND18C_ESCALATION_DEV } from './escalation-dev-round18c.ts';
import { ROUND20_ESCALATION_DEV } from './escalation-dev-round20.ts';
import { ROUND22_ESCALATION_DEV } from './escalation-dev-round22.ts';
import { ROUND23_ESCALATION_DEV } from './escalation-dev-round23.ts';
import { ROUND24_ESCALATION_DEV } from './escalation-dev-round24.ts';
import { ROUND24B_ESCALATION_DEV } from './escalation-dev-round24b.ts';
import { ROUND25_ESCALATION_DEV } from './escalation-dev-round25.ts';
import { ROUND25B_ESCALATION_DEV } from './escalation-dev-round25b.ts';
import { ROUND26_ESCALATION_DEV } from './escalation-dev-round26.ts';
import { ROUND27_ESCALATION_DEV } from './escalation-dev-round27.ts';
import { ROUND28_ESCALATION_DEV } from './escalation-dev-round28.ts';
import { ROUND29_ESCALATION_DEV } from './escalation-dev-round29.ts';
import { ROUND29B_ESCALATION_DEV } from './escalation-dev-round29b.ts';
import { ROUND30_ESCALATION_DEV } from './escalation-dev-round30.ts';
import { ROUND31_ESCALATION_DEV } from './escalation-dev-round31.ts';
import { ROUND31B_ESCALATION_DEV } from './escalation-dev-round31b.ts';
import { ROUND31C_ESCALATION_DEV } from './escalation-dev-round31c.ts';
import { ROUND32_ESCALATION_DEV } from './escalation-dev-round32.ts';
import { ROUND33_ESCALATION_DEV } from './escalation-dev-round33.ts';
import { ROUND34_ESCALATION_DEV } from './escalation-dev-round34.ts';
import { ROUND35_ESCALATION_DEV } from './escalation-dev-round35.ts';
import { ROUND36_ESCALATION_DEV } from './escalation-dev-round36.ts';
import { ROUND37_ESCALATION_DEV } from './escalation-dev-round37.ts';
import { ROUND38_ESCALATION_DEV } from './escalation-dev-round38.ts';
import { ROUND39_ESCALATION_DEV } from './escalation-dev-round39.ts';
import { ROUND40_ESCALATION_DEV } from './escalation-dev-round40.ts';
import { ROUND41_ESCALATION_DEV } from './escalation-dev-round41.ts';
import { ROUND42_ESCALATION_DEV } from './escalation-dev-round42.ts';
import type { EscalationBusiness } from './escalation-types.ts';

const rounds: [string, EscalationBusiness[]][] = [
  ['r6', ROUND6_ESCALATION_DEV],
  ['r8', ROUND8_ESCALATION_DEV],
  ['r9', ROUND9_ESCALATION_DEV],
  ['r10', ROUND10_ESCALATION_DEV],
  ['r10b', ROUND10B_ESCALATION_DEV],
  ['r12a', ROUND12A_ESCALATION_DEV],
  ['r12b', ROUND12B_ESCALATION_DEV],
  ['r12c', ROUND12C_ESCALATION_DEV],
  ['r14', ROUND14_ESCALATION_DEV],
  ['r18a', ROUND18A_ESCALATION_DEV],
  ['r18b', ROUND18B_ESCALATION_DEV],
  ['r18c', ROUND18C_ESCALATION_DEV],
  ['r20', ROUND20_ESCALATION_DEV],
  ['r22', ROUND22_ESCALATION_DEV],
  ['r23', ROUND23_ESCALATION_DEV],
  ['r24', ROUND24_ESCALATION_DEV],
  ['r24b', ROUND24B_ESCALATION_DEV],
  ['r25', ROUND25_ESCALATION_DEV],
  ['r25b', ROUND25B_ESCALATION_DEV],
  ['r26', ROUND26_ESCALATION_DEV],
  ['r27', ROUND27_ESCALATION_DEV],
  ['r28', ROUND28_ESCALATION_DEV],
  ['r29', ROUND29_ESCALATION_DEV],
  ['r29b', ROUND29B_ESCALATION_DEV],
  ['r30', ROUND30_ESCALATION_DEV],
  ['r31', ROUND31_ESCALATION_DEV],
  ['r31b', ROUND31B_ESCALATION_DEV],
  ['r31c', ROUND31C_ESCALATION_DEV],
  ['r32', ROUND32_ESCALATION_DEV],
  ['r33', ROUND33_ESCALATION_DEV],
  ['r34', ROUND34_ESCALATION_DEV],
  ['r35', ROUND35_ESCALATION_DEV],
  ['r36', ROUND36_ESCALATION_DEV],
  ['r37', ROUND37_ESCALATION_DEV],
  ['r38', ROUND38_ESCALATION_DEV],
  ['r39', ROUND39_ESCALATION_DEV],
  ['r40', ROUND40_ESCALATION_DEV],
  ['r41', ROUND41_ESCALATION_DEV],
  ['r42', ROUND42_ESCALATION_DEV],
];

export const DEV_ESCALATION_SPLITS: [string, EscalationBusiness][] = [
  ['dev', DEV_ESCALATION],
  ['dev-2', DEV_ESCALATION_SAAS],
  ...rounds.flatMap(([round, businesses]) => businesses.map((b, i): [string, EscalationBusiness] => [`dev-${round}-${i + 1}`, b])),
];

export const DEV_ESCALATION_BUSINESSES: EscalationBusiness[] = DEV_ESCALATION_SPLITS.map(([, b]) => b);
