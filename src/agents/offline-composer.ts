/**
 * The offline model's composer for both agents: it dispatches on the structured `context`
 * each agent attaches to its request. Requests without a known context get the greeting.
 */
import { greetingComposer, type OfflineComposer } from '../model/offline.ts';
import { composeConfigurationTurn, isConfigurationContext } from './offline-config/compose.ts';
import { composeSupportTurn, isSupportContext } from './offline-support.ts';

/** Pass to `createModel(config, agentComposer)` so the offline model can play both agents. */
export const agentComposer: OfflineComposer = (request) => {
  if (isSupportContext(request.context)) return composeSupportTurn(request);
  if (isConfigurationContext(request.context)) return composeConfigurationTurn(request);
  return greetingComposer(request);
};
