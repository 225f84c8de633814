// Turkish teams ("Ayda yaklaşık 15.000 e-posta, her biri yaklaşık 2.000 token girdi ve 300 token
// çıktı. Bütçemiz aylık 20.000 TL."): the counts, rates, sizes, budget, languages, who runs it and
// the work, put in English (foreign-words.ts). Turkish puts the rate before the count ("ayda 15.000
// e-posta") and the verb last, so a few glosses move the rate after what it counts. Letters Turkish
// adds (ş, ğ, ı, İ) are matched by foreign-words.ts's LETTER; the words here are folded without them.
import type { Tongue } from "./tongue.js";

// What is counted after it, one or two words: "e-posta", "müşteri mesajı".
const THINGS = String.raw`(?: [^\s,.;:]+){1,2}`;
// A count as Turkish writes it, with its magnitude word: "15.000", "2 milyon", "40 bin".
const COUNT = String.raw`(?:yaklasik |ortalama |en fazla )?\d[\d.,]*(?: (?:bin|milyon|milyar))?`;

export const TURKISH: Tongue = {
  name: "Turkish",
  marks: [
    "bir",
    "ve",
    "ile",
    "icin",
    "olarak",
    "istiyoruz",
    "yaklasik",
    "ayda",
    "aylik",
    "biri",
    "var",
    "yok",
    "merhaba",
    "degil",
    "neden",
    "kadar",
    "bize",
    "bizim",
    "musteri",
    "verileri",
  ],
  // "ya …" alone is no mark ("ya know"): a what-if ends in a condition ("… çıkarsa?"), a closer.
  openers: ["neden", "ilk secenek"],
  closers: ["(?:cikarsa|olursa|artarsa|dusmerse|katlanirsa)\\??", "degil\\??"],
  glosses: [
    // Follow-ups in a thread: "ya e-posta sayısı iki katına çıkarsa?" (what if the emails double),
    // "neden gpt-4.1 mini değil?" (why not), "ilk seçenek e-posta başına ne kadar tutar?" (the
    // top pick's cost per email).
    ["merhaba", "hello"],
    ["e-?postalar\\p{L}*", "emails"],
    ["e-?posta\\p{L}*", "email"],
    ["mesaj\\p{L}*", "messages"],
    ["musteri hizmetleri|musteri destegi", "customer support"],
    ["musteriler\\p{L}*", "customers"],
    ["musteri", "customer"],
    ["ilk (?:secenek|oneri|model)", "the top pick"],
    ["^neden (.+?) (?:degil|olmasin|kullanmiyoruz)\\??$", "why not $1?"],
    ["(?:sayisi )?(?:iki katina cikarsa|ikiye katlanirsa|iki katina cikar)", "doubles"],
    ["(?:sayisi )?(?:uc katina cikarsa|uce katlanirsa)", "triples"],
    ["^ya", "what if"],
    ["^(.+?) (\\S+) basina ne kadar (?:tutar|eder|maliyet\\p{L}*)\\??$", "what is the cost of $1 per $2?"],
    ["(\\S+) basina", "per $1"],
    ["ne kadar (?:tutar|eder)", "what does it cost"],
    // Counts and rates: "Ayda yaklaşık 15.000 e-posta" is 15,000 emails a month.
    [`(?:ayda|aylik|her ay) (${COUNT}${THINGS})`, "$1 a month"],
    [`(?:gunde|gunluk|her gun) (${COUNT}${THINGS})`, "$1 a day"],
    // "Bütçemiz aylık 20.000 TL": the budget, the month after the amount.
    [`(?:butcemiz|butce) (?:aylik|ayda) (${COUNT}\\s*(?:tl|try|₺|turk lirasi))`, "budget $1 a month"],
    ["ayda|aylik|her ay", "a month"],
    ["gunde|gunluk|her gun", "a day"],
    ["yilda|yillik", "a year"],
    ["milyar", "billion"],
    ["milyon", "million"],
    ["bin", "thousand"],
    ["yaklasik|ortalama|civarinda", "about"],
    ["butcemiz|butce", "budget"],
    ["turk lirasi", "turkish lira"],
    // One request's size: "her biri yaklaşık 2.000 token girdi ve 300 token çıktı".
    ["her biri|her bir|tanesi", "each"],
    ["token (?:girdi|giris)", "tokens in"],
    ["token (?:cikti|cikis)", "tokens out"],
    ["girdi|giris", "in"],
    ["cikti|cikis", "out"],
    // What the model will do: "sipariş bilgilerini … JSON olarak aktaracak bir model istiyoruz".
    ["siparis bilgilerini|siparis bilgileri", "the order details"],
    ["bilgilerini|bilgileri", "the details"],
    ["siparis\\p{L}*", "order"],
    ["urun kodu", "product id"],
    ["(?:cikar|ayikla|aktar)(?:acak|an|mak|ip|sin)\\p{L}*", "extract"],
    ["json olarak", "as json"],
    ["ozetle\\p{L}*|ozet\\p{L}*", "summaries"],
    ["cevir\\p{L}*|tercume\\p{L}*", "translate"],
    ["siniflandir\\p{L}*|kategorize\\p{L}*", "classify"],
    ["sohbet botu|chatbot", "chatbot"],
    ["(?:bir )?model istiyoruz", "we want a model"],
    ["istiyoruz", "we want"],
    ["aliyoruz", "we receive"],
    ["hangi model", "which model"],
    ["oner\\p{L}*", "recommend"],
    // The languages: "İngilizce, Almanca ve Türkçe".
    ["ingilizce", "english"],
    ["almanca", "german"],
    ["turkce", "turkish"],
    ["fransizca", "french"],
    ["arapca", "arabic"],
    ["rusca", "russian"],
    // Who runs it: "Tek bir yazılımcımız var, sunucumuz yok."
    ["tek bir (?:yazilimcimiz|gelistiricimiz) var", "we have one developer"],
    ["(\\d+) (?:yazilimcimiz|gelistiricimiz) var", "we have $1 developers"],
    ["sunucumuz yok|sunucumuz bulunmuyor", "and no servers"],
    ["(?:makine ogrenmesi|yapay zeka|ml) (?:ekibimiz|deneyimimiz) yok", "we have no ml team"],
    // The data: "kişisel veriler", "KVKK".
    ["kisisel veriler\\p{L}*", "personal data"],
    ["verileri|veriler|veri", "data"],
    ["icin", "for"],
    ["ile", "with"],
    ["ve", "and"],
  ],
};
