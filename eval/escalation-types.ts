/** Shape of an escalation evaluation set: one business as an admin would configure it, and labelled messages. */
export interface EscalationCase {
  message: string;
  /** Whether a human supervisor would expect this message to be handed over. */
  escalate: boolean;
}

export interface EscalationBusiness {
  name: string;
  businessContext: string;
  escalationRules: string[];
  businessRules: string;
  cases: EscalationCase[];
}
