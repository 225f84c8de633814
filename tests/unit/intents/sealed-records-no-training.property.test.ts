// The Arizona county court's 'This is court data, some of it sealed or about juveniles, so nothing
// can be used for training' set neither regulated data nor the no-training rule (words35), and a
// crisis line's 'messages are extremely sensitive (self-harm)' read as merely internal. Sealed
// records, records about minors in the justice system and self-harm are regulated data; 'nothing
// (we send) can be used for training' forbids a host to train on the data. Said of something else
// ('a sealed envelope', 'nothing sensitive') or as a question, they set nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRequirements } from "../../../src/intents/requirements-text.js";

const ASKS = [
  "We want an LLM to summarize hearing transcripts for judges.",
  "We need a chatbot for our case workers.",
  "Looking for a model to extract dates and orders from filings.",
];
const SEALED = [
  "This is court data, some of it sealed or about juveniles.",
  "Many of the records are sealed.",
  "It includes juvenile court records.",
  "Some filings are sealed by the court.",
  "Part of the material concerns minors.",
  "We handle juvenile justice case files.",
  "Some of them are sealed.",
];
const SELF_HARM = [
  "Messages are extremely sensitive (self-harm).",
  "Texters often talk about suicide.",
  "It is a suicide prevention line.",
];
const NO_TRAINING = [
  "Nothing can be used for training.",
  "so nothing can be used for training",
  "Nothing we send may be used to train.",
  "nothing should ever be used for training",
  "Nothing you receive could be used for training.",
];
const NEITHER = [
  "We print labels for sealed envelopes.",
  "Nothing sensitive, it is all public.",
  "Can anything be used for training?",
  "Our data is used for training our own classifier.",
  "We screen forum posts for hate speech and self-harm.",
];

describe("sealed or juvenile records, self-harm, and 'nothing can be used for training'", () => {
  it("sealed records, records about juveniles or minors, and self-harm are regulated data", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ASKS),
        fc.constantFrom(...SEALED, ...SELF_HARM),
        fc.boolean(),
        (ask, said, first) => {
          const text = first ? `${said} ${ask}` : `${ask} ${said}`;
          expect(parseRequirements(text).dataSensitivity, text).toBe("regulated");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("'nothing (we send) can be used for training' is the no-training rule, wherever it is said", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASKS), fc.constantFrom(...NO_TRAINING), fc.boolean(), (ask, said, first) => {
        const text = first ? `${said} ${ask}` : `${ask} ${said}`;
        expect(parseRequirements(text).noTrainingOnData, text).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("the Arizona court's sentence sets both", () => {
    const req = parseRequirements(
      "This is court data, some of it sealed or about juveniles, so nothing can be used for training and it must stay in the US.",
    );
    expect(req.dataSensitivity).toBe("regulated");
    expect(req.noTrainingOnData).toBe(true);
  });

  it("a sealed envelope, nothing sensitive or a question about training set neither", () => {
    for (const said of NEITHER) {
      const req = parseRequirements(`${ASKS[0]} ${said}`);
      expect(req.dataSensitivity, said).not.toBe("regulated");
      expect(req.noTrainingOnData, said).toBeUndefined();
    }
  });
});
