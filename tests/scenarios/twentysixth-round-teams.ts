// The first messages of the twenty-sixth tryout round's teams, as they typed them, and what each sent
// after its first answer: shared by tryout-twentysixth-round*.test.ts.
//
// Who they are (industry · size · data · volume · constraints), chosen unlike rounds 1–25:
// - Iowa community bank (300 employees, 2 data people, no ML team): KYC field extraction from scanned
//   IDs, utility bills and W-9s into JSON · 6,000 documents a month × 2 pages · everything inside its
//   own AWS account in us-east-1 (Bedrock fine, no other API), a signed agreement with the provider ·
//   $2,000 a month.
// - Ghent university hospital IT (6,000 staff, a data team of 4): Dutch discharge letters drafted from
//   the patient record · 1,500 letters a day × (6,000 in, 800 out) · on its own servers, 4 owned A100
//   80GB, open weights only (to audit) · no budget for API fees.
// - Casablanca online electronics shop (25 people, no developers): WhatsApp customer service in French
//   and Moroccan Darija (Latin letters and Arabic script) · 3,000 conversations a day × 6 messages ×
//   (150 in, 100 out) · 5,000 Moroccan dirhams a month at most.
export const IOWA_COMMUNITY_BANK_KYC =
  "We're a US community bank in Iowa (about 300 employees, 2 data people, no ML team). We want to extract fields from customers' KYC documents for account opening: driver's licences, passports, utility bills and W-9 forms, scanned as PDFs or photos, into JSON (name, address, date of birth, ID number, expiry). About 6,000 documents a month, each about 2 pages. Everything must run inside our own AWS account in us-east-1 (no data may leave AWS, so Bedrock is fine but no other API), and our regulators expect a signed agreement with the provider. Budget $2,000 a month.";
export const GHENT_HOSPITAL_LETTERS =
  "We're the IT department of a university hospital in Ghent, Belgium (about 6,000 staff; our data team is 4 people, two of them know Kubernetes). We want to draft discharge letters in Dutch from the patient record: the doctor's notes, lab results and medication list, roughly 6,000 tokens in and 800 tokens out per letter, about 1,500 letters a day. Patient data may not leave the hospital: it has to run on our own servers, and we already own 4 NVIDIA A100 80GB GPUs. It must also be open weights so we can audit it. We have no budget for API fees, only electricity.";
export const CASABLANCA_SHOP_SUPPORT =
  'I run customer service at a Casablanca online electronics shop, 25 people, no developers, we\'d use an off-the-shelf tool or an API through a freelancer. Customers write to us on WhatsApp in French and Moroccan Darija (often written in Latin letters, like "salam, wach kayn had tel?"), sometimes Arabic script. We get about 3,000 conversations a day, maybe 6 messages each, short messages, 150 tokens in and 100 out per message. We want the bot to answer questions about orders, delivery and returns. Budget is 5,000 dirhams a month maximum.';

/** Every team's first message, by a short name for test titles. */
export const TWENTYSIXTH_ROUND_TEAMS = {
  "Iowa community bank KYC": IOWA_COMMUNITY_BANK_KYC,
  "Ghent hospital letters": GHENT_HOSPITAL_LETTERS,
  "Casablanca shop support": CASABLANCA_SHOP_SUPPORT,
} as const;

/** What each team sent after its first answer, in order. */
export const TWENTYSIXTH_ROUND_FOLLOW_UPS: Record<keyof typeof TWENTYSIXTH_ROUND_TEAMS, readonly string[]> = {
  "Iowa community bank KYC": [
    "what if we get 30,000 documents a month?",
    "can we use Llama outputs in our bank's production system commercially?",
    "what does the top pick cost per document?",
    "why not gpt-4o?",
  ],
  "Ghent hospital letters": [
    "what if we need to also write the letters in French?",
    "can we fine-tune Llama on our own letters and use it in the hospital?",
    "how much would this cost us per month to run?",
    "why not Mistral Small?",
  ],
  "Casablanca shop support": [
    "what if we double to 6,000 conversations a day?",
    "is it ok to use gemini for this commercially?",
    "how much does the top pick cost per conversation?",
    "why not gpt-4o?",
  ],
};
