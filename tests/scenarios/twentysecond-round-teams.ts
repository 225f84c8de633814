// The first messages of the twenty-second tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentysecond-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–21:
// - Lisbon telehealth startup: patient triage chat before a video consult, Portuguese and English ·
//   patient data, an EU company that says nothing on where it may be processed · 600,000
//   conversations a month × 6 turns × (1,500 in, 250 out) · no ops staff, four web developers · no budget.
// - Ohio defence contractor: a code assistant (C++ and Ada) for 200 engineers on an air-gapped
//   network · ITAR data, nothing leaves the building · 4 A100 80GB owned · an ML-ops team of 2 ·
//   80 requests a day each × (4,000 in, 500 out).
// - Quebec public library network: a website assistant over its own pages and catalogue, French and
//   English · patron data stays in Canada · 300,000 questions a month × (2,000 in, 250 out) · one
//   developer, no ML experience · CAD 3,000 a month.
export const LISBON_TELEHEALTH =
  "Olá! We're a telehealth startup in Lisbon. We want a patient triage assistant that chats with patients in Portuguese and English before a video consult, asks about symptoms and writes a short note for the doctor. We handle patient data. About 600,000 conversations a month, 6 turns each, roughly 1,500 tokens in and 250 out per turn. We have no ops staff, just four web developers.";
export const OHIO_DEFENCE_CODE =
  "We're a defence contractor in Ohio. Our 200 engineers want a code assistant for C++ and Ada, working in an air-gapped network: ITAR data, nothing may leave the building and no cloud at all. We own 4 A100 80GB GPUs. We have an ML-ops team of 2. Each engineer sends about 80 requests a day, around 4,000 tokens in and 500 out.";
export const QUEBEC_LIBRARIES =
  "Bonjour! We run a network of public libraries in Quebec. We want a chat assistant on our website that answers questions about our catalogue, opening hours and events in French and English, using our own pages and catalogue records. About 300,000 questions a month, around 2,000 tokens in and 250 out each. Patron data must stay in Canada. One developer, no ML experience. Budget CAD 3,000 a month.";

/** Every team's first message, by a short name for test titles. */
export const TWENTYSECOND_ROUND_TEAMS = {
  "Lisbon telehealth": LISBON_TELEHEALTH,
  "Ohio defence contractor, air-gapped": OHIO_DEFENCE_CODE,
  "Quebec public libraries": QUEBEC_LIBRARIES,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYSECOND_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYSECOND_ROUND_TEAMS, readonly string[]> = {
  "Lisbon telehealth": [
    "why is the first one better than the second?",
    "what if cost matters most?",
    "what if data can leave the EU?",
  ],
  "Ohio defence contractor, air-gapped": [
    "how many GPUs does the top pick need?",
    "why not llama 3.3 70b?",
    "can we fine-tune the top pick on our own code?",
  ],
  "Quebec public libraries": [
    "why not gpt-4.1 mini?",
    "what if questions double in winter?",
    "what does the top pick cost per question?",
  ],
};
