/**
 * HELD-OUT escalation set (issue 13, item 9). A business unlike the eval's coffee roaster — a
 * veterinary clinic — with its escalation rules and business rules written as an admin would
 * type them, and customer messages labelled by what a human supervisor would expect. Written
 * before any change to `src/agents/escalation.ts` and NEVER used for tuning: tune on
 * `eval/escalation-dev.ts`. A failure here is reported, not fixed by editing rules or words
 * for this message.
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const HELD_OUT_ESCALATION: EscalationBusiness = {
  name: 'Brightwater Veterinary Clinic',
  businessContext:
    'Brightwater Veterinary Clinic is a small-animal practice for dogs, cats, rabbits and other pets. ' +
    'We offer vaccinations, dental care, surgery, nurse clinics and a 24-hour emergency line.',
  escalationRules: [
    'Always escalate if the pet is having a seizure or is unconscious',
    'Invoice disputes over $300',
    'Complaints about a vet or nurse',
    'Customer wants to cancel or reschedule a surgery',
    'Escalate when the customer mentions poisoning or toxic food',
  ],
  businessRules:
    'Never give a diagnosis over chat. Medication cannot be refunded once the packaging is opened. ' +
    'If a customer asks about euthanasia, escalate to a human. ' +
    'Insurance claim disputes must be handed over to the practice manager.',
  cases: [
    // Hand-off requests in their common forms, including questions and bare role names.
    { message: "Is there someone I can talk to about my cat's bloodwork?", escalate: true },
    { message: 'Can you connect me with the clinic please?', escalate: true },
    { message: 'Please have someone call me back this afternoon.', escalate: true },
    { message: 'Put me through to reception.', escalate: true },
    { message: 'manager', escalate: true },
    { message: 'Supervisor please.', escalate: true },
    { message: 'human', escalate: true },
    { message: "I'd like to speak with an actual person.", escalate: true },
    { message: 'Could a real person look at this for me?', escalate: true },
    { message: 'Can I get a call from one of the nurses?', escalate: true },
    { message: 'Is anyone available to chat live?', escalate: true },
    { message: 'Let me talk to someone at the front desk.', escalate: true },
    { message: 'Can you transfer me to a vet?', escalate: true },
    { message: 'I want to speak to whoever is in charge.', escalate: true },
    { message: 'Get me a real agent.', escalate: true },
    { message: 'Could you ask a staff member to phone me?', escalate: true },
    { message: 'Representative.', escalate: true },
    { message: 'Is there a way to reach a person instead of a bot?', escalate: true },
    { message: 'I need to talk to the practice manager.', escalate: true },
    { message: 'can u get someone 2 ring me', escalate: true },
    { message: 'Thanks for the info. Can I please speak to a person about the bill though?', escalate: true },
    { message: 'Operator!', escalate: true },
    { message: 'Could somebody from the team give me a ring on 0412 555 019?', escalate: true },
    { message: 'Are there any humans working there who could help me?', escalate: true },
    // Escalation rules (alternatives, thresholds, "always escalate if").
    { message: "My dog just had a seizure and won't wake up properly.", escalate: true },
    { message: 'Our kitten is unconscious after falling off the balcony.', escalate: true },
    { message: 'I want to dispute my invoice, you charged me $450 for a checkup.', escalate: true },
    { message: 'The nurse who handled Bella was really rough with her and I want to complain.', escalate: true },
    { message: "I have a complaint about the vet who treated Max, he didn't listen to me at all.", escalate: true },
    { message: "I need to cancel Milo's surgery next Tuesday.", escalate: true },
    { message: 'Can we reschedule the surgery for Luna to next week?', escalate: true },
    { message: 'I think my dog ate something toxic at the park, what food is toxic for dogs?', escalate: true },
    { message: 'My cat might have been poisoned by the lilies in our kitchen.', escalate: true },
    { message: 'The invoice for $1,200 is wrong and I dispute it.', escalate: true },
    // Business rules that say to escalate.
    { message: "We're thinking about euthanasia for our old dog, can we discuss it?", escalate: true },
    { message: 'I want to dispute my insurance claim, the decision makes no sense.', escalate: true },
    // Clear frustration.
    { message: 'This is the third time I have asked and nobody answers. Absolutely unacceptable!', escalate: true },
    { message: "I'm furious, you lost my dog's records AGAIN!!!", escalate: true },

    // Calm mentions of people and look-alike wording: no hand-off.
    { message: 'Will someone be at the front desk to take the bag of food I am dropping off?', escalate: false },
    { message: 'Is the vet who saw Rex last week working on Saturday?', escalate: false },
    { message: 'Do you have a nurse clinic for nail trims?', escalate: false },
    { message: 'What are your opening hours?', escalate: false },
    { message: 'How much does a dental cleaning cost for a cat?', escalate: false },
    { message: 'My husband will pick up the prescription, is that OK?', escalate: false },
    { message: 'Can my neighbour bring the dog in for his vaccination?', escalate: false },
    { message: 'Which vet specialises in exotic pets?', escalate: false },
    { message: 'Does a person need to stay in the room during the X-ray?', escalate: false },
    { message: 'Thanks, the nurse was lovely yesterday!', escalate: false },
    { message: 'Will a vet call me with the lab results or should I check online?', escalate: false },
    { message: 'Can someone else sign the consent form for surgery?', escalate: false },
    { message: 'How should I prepare my dog for surgery tomorrow?', escalate: false },
    { message: 'Do you sell non-toxic flea treatment?', escalate: false },
    { message: 'My invoice says $120, can you explain the line items?', escalate: false },
    { message: 'I disputed a $40 charge last month, has it been resolved?', escalate: false },
    { message: 'Can I pay my invoice over the phone?', escalate: false },
    { message: 'Do you recommend a human-grade dog food brand?', escalate: false },
    { message: "Is the manager's special on flea treatment still running?", escalate: false },
    { message: 'Our dog is anxious around people, can the vet come out to the car?', escalate: false },
    { message: 'Can I book an appointment with Dr Patel?', escalate: false },
    { message: 'Do your staff speak Spanish?', escalate: false },
    { message: 'Is there parking for customers?', escalate: false },
    { message: 'My cat had a seizure two years ago, should I mention it when booking her vaccines?', escalate: false },
    { message: 'What does pet insurance usually cover for surgery?', escalate: false },
    { message: 'What time does the receptionist start in the morning?', escalate: false },
    { message: 'Will somebody be around at 7am to take in my dog for his operation?', escalate: false },
    { message: 'My daughter wants to be a vet nurse, do you offer work experience?', escalate: false },
    { message: 'Is it okay if my partner brings the cat instead of me?', escalate: false },
    { message: 'Please call me Sam, not Samantha.', escalate: false },
    { message: 'How do I connect my pet insurance to my online account?', escalate: false },
    { message: 'Can you put me on the waiting list for puppy class?', escalate: false },
    { message: "Can I transfer my pet's records from another clinic?", escalate: false },
    { message: 'Do you have live chat on weekends too?', escalate: false },
    { message: 'Can I get a reminder call before appointments?', escalate: false },
    { message: 'Who is the head vet at your clinic?', escalate: false },
    { message: 'Do the nurses trim rabbit teeth as well?', escalate: false },
    { message: 'Are your vets able to see birds?', escalate: false },
    { message: 'My son is scared of needles, can he still come with the dog?', escalate: false },
    { message: 'Can the person collecting my cat pay by card?', escalate: false },
    { message: 'Is your team open on public holidays?', escalate: false },
  ],
};
