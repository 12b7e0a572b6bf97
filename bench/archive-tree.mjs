// Benchmark data: a large, deterministic content tree for archive benchmarks (listing,
// index splitting, search). At scale 1: 100,000 English, 20,000 German and 20,000 French
// articles over 20 years (newest 2026-11-01), with kinds, topics and people in unequal
// shares, bodies of 6–14 blocks and reciprocal translations for about a fifth of the
// English articles.
//
// Usage: node bench/archive-tree.mjs [OUT_DIR] [--scale S]
//   OUT_DIR  where the tree goes (default target/archive-tree in the repository); an
//            existing OUT_DIR is replaced, but only if it is empty or an earlier tree of
//            this script (its site.json names "Archive Weekly").
//   --scale  multiplies the article counts (default 1; 0.01 gives 1,000/200/200).
// Then: folio-cli index OUT_DIR && folio-cli validate OUT_DIR (this script writes no
// index.json).
//
// The text is made for search: per language a vocabulary of common real words (with
// their inflected forms, accents kept) followed by 20,000 made-up words from syllables,
// drawn with a Zipf distribution (rank r has weight 1/r), so a few words are in nearly
// every article and most are in few. Three made-up "rare" words per language are put
// into exactly 5 articles each, and one common word per language (en "council", de
// "Rat", fr "conseil") is ranked 40th, so it lands in about 4 articles in 5. Everything
// comes from seeded generators: two runs write byte-identical trees. Progress goes to stderr;
// stdout gets one line of JSON: counts, bytes, the rare words with their articles and
// the common word with its number of articles (whole words, case and accents folded).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const usage = "usage: node bench/archive-tree.mjs [OUT_DIR] [--scale S]";
const root = fileURLToPath(new URL("..", import.meta.url));
let outArg;
let scale = 1;
const argv = process.argv.slice(2);
for (let a = 0; a < argv.length; a++) {
  const arg = argv[a];
  if (arg === "--scale") scale = Number(argv[++a]);
  else if (arg.startsWith("--scale=")) scale = Number(arg.slice("--scale=".length));
  else if (arg === "-h" || arg === "--help") {
    console.log(usage);
    process.exit(0);
  } else if (!arg.startsWith("-") && outArg === undefined) outArg = arg;
  else {
    console.error(`unexpected argument ${JSON.stringify(arg)}\n${usage}`);
    process.exit(2);
  }
}
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`--scale must be a positive number\n${usage}`);
  process.exit(2);
}
const out = outArg === undefined ? join(root, "target/archive-tree") : resolve(outArg);

const SITE_NAME = "Archive Weekly";
const LANGS = ["en", "de", "fr"];
const BASE_COUNT = { en: 100_000, de: 20_000, fr: 20_000 };
const COUNT = Object.fromEntries(LANGS.map((l) => [l, Math.max(1, Math.round(BASE_COUNT[l] * scale))]));
const NEWEST = Date.UTC(2026, 10, 1); // 2026-11-01, the date of article 0 in every language
const SPAN_DAYS = 7305; // 20 years
const DAY = 86_400_000;
const PSEUDO_WORDS = 20_000;
const COMMON_RANK = 40;
const RARE_DOCS = 5;
const PEOPLE_POOL = 600;

// ---------------------------------------------------------------------------------------
// Seeded randomness. Every article draws from its own generator, seeded by (language,
// number, purpose), so the order of generation does not matter and a translation can
// recompute its partner's title and slug.

function seedOf(...parts) {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ p, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** mulberry32: a function returning floats in [0, 1), with a few helpers on it. */
function rng(seed) {
  let a = seed | 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.between = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.chance = (p) => next() < p;
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  return next;
}

/** A sampler over indexes 0..weights.length-1: takes a float in [0, 1), returns an index. */
function sampler(weights) {
  const cdf = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cdf[i] = total += w));
  const last = weights.length - 1;
  return (u) => {
    const x = u * total;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
const zipf = (n) => sampler(Array.from({ length: n }, (_, r) => 1 / (r + 1)));

// ---------------------------------------------------------------------------------------
// Text helpers.

/** Search's folding, roughly: lower case, marks removed, ß → ss, œ → oe, æ → ae. */
const fold = (w) => w.toLowerCase().replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "");
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const list = (s) => s.trim().split(/\s+/);

// ---------------------------------------------------------------------------------------
// Languages: real words (function words first, roughly by frequency, then content words
// with their inflected forms; the content words are shuffled so that the forms of one
// word get unrelated ranks), syllables for the made-up words, the rare and the common
// word, and the few fixed strings of the tree.

const LANGUAGE = {
  en: {
    common: "council",
    rare: ["quillwort", "zanzibarite", "brackenmoor"],
    function: `the of and to a in is that for on it with as was by at be this are from has have not
      or an will which but its their they were had been would more new all also after about than who
      other into two over said can could should must may there when only first last most some these
      between under before against out up three where while because both each such our we he she his
      her them those many`,
    content: `councils councillor councillors parliament parliaments parliamentary vote votes voted
      voting voter voters member members state states government governments minister ministers
      ministry law laws budget budgets report reports reported reporting committee committees
      agreement agreements agree agreed agrees decision decisions decide decided decides proposal
      proposals propose proposed proposes debate debates debated debating support supports supported
      supporting plan plans planned planning city cities country countries region regions regional
      water energy climate health rail railway railways train trains transport trade traded trading
      market markets price prices tax taxes taxed worker workers job jobs school schools pupil pupils
      child children family families people citizen citizens right rights court courts judge judges
      judged case cases rule rules ruled ruling public policy policies change changes changed changing
      meeting meetings meet meets met week weeks month months day days year years time times today
      yesterday president presidents mayor mayors leader leaders lead leads led leading party parties
      group groups union unions company companies industry industries farmer farmers farm farms food
      border borders bridge bridges road roads port ports harbour harbours river rivers forest forests
      coast coasts island islands village villages town towns north south east west northern southern
      local national european international open opens opened opening close closes closed closing
      build builds built building buildings fund funds funded funding cost costs money million
      millions billion percent number numbers data study studies studied research researchers question
      questions ask asks asked answer answers answered call calls called calling warn warns warned
      warning hold holds held hearing hearings statement statements press news election elections
      elect elected candidate candidates campaign campaigns result results majority minority opposition
      reform reforms reformed service services hospital hospitals doctor doctors nurse nurses patient
      patients police safety security risk risks flood floods flooded flooding storm storms heat
      drought power grid network networks digital online internet phone phones system systems project
      projects programme programmes strategy future history culture museum museums festival festivals
      music art book books film films sport team teams game games win wins won winning lose loses lost
      increase increases increased fall falls fell rise rises rose cut cuts higher lower large larger
      largest small smaller long longer short old older young younger good better best bad worse
      important major key clear clearly strong stronger free fair green social economic economy
      financial legal political politics early late later again already still now never always often
      here however although despite during within without across around through since until very well
      just even much every any another same own next several few less least almost nearly together
      go goes went going gone take takes took taking taken give gives gave given come comes came coming
      see sees saw seen know knows knew known think thinks thought want wants wanted need needs needed
      use uses used using work works worked working show shows showed shown find finds found keep keeps
      kept bring brings brought begin begins began begun write writes wrote written speak speaks spoke
      spoken pay pays paid sign signs signed start starts started end ends ended expect expects
      expected include includes included including allow allows allowed protect protects protected
      protection reduce reduces reduced improve improves improved publish publishes published present
      presented approve approves approved approval reject rejects rejected welcome welcomed announce
      announced announcement measure measures authority authorities office offices officer officials
      goal goals solution solutions neighbour neighbours neighbourhood housing homes house rent rents
      tenant tenants waste recycling coal gas wind solar nuclear emissions carbon`,
    syllables: {
      onset: list("b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sl st t th tr v w wh y z"),
      vowel: list("a e i o u a e i o ai ea ee oo ou oa"),
      coda: list("n r l m s t st nd ck ng rn ld rt nt"),
      suffix: list("er ing ness ton ley wick ard ish ment ford"),
      nouns: 0,
    },
    alt: "Illustration of a red regional train crossing a stone bridge over a river between green hills",
    roles: ["Rapporteur", "Shadow rapporteur", "Committee chair", "Spokesperson", "Vice-President", "Coordinator"],
  },
  de: {
    common: "Rat",
    rare: ["Quellwürzling", "Fährmoosgrund", "Sandbüßerkraut"],
    function: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es
      an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war
      haben nur oder aber vor zur bis mehr durch man sein wurde sei kann wir ihre seine gegen vom schon
      wenn soll sollen muss müssen können hatte waren wurden diese dieser dieses unter zwischen sowie
      jedoch weil während ohne zwei drei heute jetzt immer bereits wieder sehr viele vielen alle allen
      hier dort damit dabei dazu seit etwa rund`,
    content: `Rates Räte Ratsmitglieder Abstimmung Abstimmungen abstimmen stimmte gestimmt Stimme
      Stimmen Parlament Parlaments Parlamente Abgeordnete Abgeordneten Regierung Regierungen Minister
      Ministerin Ministerium Gesetz Gesetze Gesetzes Haushalt Haushalts Bericht Berichte berichtet
      berichtete Ausschuss Ausschüsse Ausschusses Vereinbarung Vereinbarungen Entscheidung
      Entscheidungen entscheiden entschieden Vorschlag Vorschläge vorgeschlagen Debatte Debatten
      unterstützen unterstützt Unterstützung Plan Pläne geplant Stadt Städte städtischen Land Länder
      Ländern Region Regionen regionalen Wasser Energie Klima Gesundheit Bahn Eisenbahn Zug Züge
      Verkehr Handel Markt Märkte Preis Preise Preisen Steuer Steuern Arbeit Arbeitnehmer
      Arbeitsplätze Schule Schulen Schüler Schülerinnen Kind Kinder Kindern Familie Familien Menschen
      Bürger Bürgerinnen Recht Rechte Gericht Gerichte Gerichts Richter Richterin Fall Fälle Regel
      Regeln öffentlich öffentlichen Öffentlichkeit Politik politischen Änderung Änderungen geändert
      Sitzung Sitzungen Woche Wochen Monat Monate Tag Tage Tagen Jahr Jahre Jahren Zeit Präsident
      Präsidentin Bürgermeister Bürgermeisterin Partei Parteien Gruppe Gruppen Gewerkschaft
      Gewerkschaften Unternehmen Industrie Landwirte Bauern Lebensmittel Grenze Grenzen Brücke Brücken
      Straße Straßen Hafen Häfen Fluss Flüsse Wald Wälder Küste Insel Dorf Dörfer Norden Süden Osten
      Westen nationalen europäische europäischen Europa internationalen öffnen geöffnet schließen
      geschlossen Schließung bauen gebaut Bau Mittel Förderung gefördert Kosten Geld Millionen
      Milliarden Prozent Zahl Zahlen Daten Studie Studien Forschung Frage Fragen fragte Antwort
      Antworten fordern fordert forderte Forderung warnen warnt warnte Anhörung Anhörungen Erklärung
      Presse Nachrichten Wahl Wahlen gewählt Kandidat Kandidatin Ergebnis Ergebnisse Mehrheit
      Opposition Reform Reformen Dienst Dienste Krankenhaus Krankenhäuser Ärzte Ärztin Pflege Polizei
      Sicherheit Risiko Risiken Hochwasser Überschwemmung Überschwemmungen Sturm Stürme Hitze Dürre
      Strom Netz Netze digitalen Internet System Projekt Projekte Programm Strategie Zukunft
      Geschichte Kultur Museum Musik Kunst Buch Bücher Sport Mannschaft Spiel Spiele gewinnen
      gewonnen verlieren verloren erhöhen erhöht Erhöhung sinken gesunken steigen gestiegen kürzen
      Kürzungen höher höhere niedriger groß große großen größte klein kleine kleinen lange kurz alte
      älteren junge jüngeren gut gute besser beste wichtig wichtige wichtigen klar stark stärker frei
      grüne grünen sozialen wirtschaftlich Wirtschaft finanziell rechtlich neu neue neuen neuer früh
      früher spät später gehen geht ging gegangen nehmen nimmt nahm genommen geben gibt gab gegeben
      kommen kommt kam gekommen sehen sieht sah gesehen wissen weiß wusste sagen sagt sagte gesagt
      wollen will wollte brauchen braucht nutzen genutzt arbeiten arbeitet zeigen zeigt zeigte gezeigt
      finden findet fand gefunden halten hält hielt bringen bringt brachte beginnen beginnt begann
      begonnen schreiben schrieb sprechen spricht sprach zahlen zahlt gezahlt unterzeichnen
      unterzeichnet erwarten erwartet erlauben erlaubt schützen schützt Schutz verringern verringert
      verbessern verbessert Verbesserung veröffentlichen veröffentlicht veröffentlichte genehmigen
      genehmigt ablehnen abgelehnt lehnte begrüßen begrüßt begrüßte ankündigen angekündigt Maßnahme
      Maßnahmen Größe Fußgänger Gebäude Gemeinde Gemeinden Behörde Behörden Verwaltung Beschluss
      Beschlüsse Gespräch Gespräche Ziel Ziele Lösung Lösungen Übergang Überprüfung Wohnung Wohnungen
      Miete Mieten Mieter Abfall Kohle Gas Windkraft Solarenergie Emissionen ersten letzten`,
    syllables: {
      onset: list("b br d f fr g gr h k kl kr l m n p pf r s sch schl schw sp st str t tr w z zw"),
      vowel: list("a e i o u a e i e ä ö ü ei au ie eu"),
      coda: list("n r l ch ck ng nd tz rt lt m s st ß n r"),
      suffix: list("ung heit keit schaft er en ling tum"),
      nouns: 0.45,
    },
    alt: "Illustration eines roten Regionalzugs auf einer steinernen Brücke über einen Fluss zwischen grünen Hügeln",
    roles: ["Berichterstatter", "Schattenberichterstatterin", "Ausschussvorsitzende", "Sprecher", "Vizepräsidentin", "Koordinator"],
  },
  fr: {
    common: "conseil",
    rare: ["brumeçonnière", "quillebêche", "ajoncourlé"],
    function: `de la le et les des à en du un une est que qui dans pour sur au par pas plus avec ne se
      sont il elle ils a ont été ce cette ces son sa ses leur leurs nous on mais ou comme être avoir
      fait tout tous toute toutes selon après avant entre sans sous depuis pendant lors déjà encore
      aussi très bien où dont même deux trois aux y`,
    content: `conseils conseiller conseillère conseillers parlement parlementaire parlementaires vote
      votes voté votée votent voter député députés députée État États gouvernement gouvernements
      ministre ministres ministère loi lois budget budgétaire rapport rapports commission commissions
      accord accords décision décisions décidé décide proposition propositions proposé débat débats
      débattu soutien soutient soutenu soutenir projet projets ville villes pays région régions
      régional régionale eau énergie climat climatique santé ferroviaire train trains gare gares
      transport transports commerce commercial marché marchés prix impôt impôts fiscal travail
      travailleurs emploi emplois école écoles élève élèves enfant enfants famille familles citoyen
      citoyens citoyenne citoyennes droit droits tribunal tribunaux cour juge juges jugé règle règles
      public publique publics publiques politique politiques changement changements changé réunion
      réunions réuni semaine semaines mois jour jours année années an ans temps président présidente
      maire maires parti partis groupe groupes syndicat syndicats entreprise entreprises industrie
      agriculteur agriculteurs agricole alimentation frontière frontières pont ponts route routes port
      ports fleuve rivière forêt forêts côte île îles village villages nord sud ouest national
      nationale européen européenne européens Europe international internationale ouvrir ouvert
      ouverture fermer fermé fermeture construire construit construction financement financé fonds
      coût coûts argent million millions milliard milliards nombre données étude études recherche
      chercheurs question questions réponse répondu demande demandé demander appel appelé averti
      audition auditions déclaration presse élection élections élu élue élus candidat candidate
      candidats résultat résultats majorité opposition réforme réformes service services hôpital
      hôpitaux médecin médecins infirmière infirmières patient patients police sécurité risque risques
      inondation inondations tempête tempêtes chaleur canicule sécheresse électricité réseau réseaux
      numérique internet système programme stratégie avenir histoire culture culturel musée musées
      festival musique art livre livres film films sport équipe équipes match gagné gagner perdu
      perdre hausse augmenté augmentation baisse baissé réduire réduit réduction améliorer amélioré
      amélioration publier publié publiée approuvé approuver rejeté rejeter salué saluer annoncé
      annonce protéger protégé protection grand grande grands grandes petit petite petits long longue
      court vieux ancien ancienne jeune jeunes bon bonne meilleur meilleure important importante
      importants clair fort forte libre juste vert verte verts social sociale sociaux économique
      économie financier financière juridique tôt tard aller va allé prendre pris prend donner donné
      venir venu vient voir vu savoir sait dire dit disent vouloir veut voulu besoin utiliser utilisé
      travailler montrer montré trouver trouvé tenir tenu apporter commencer commencé commence écrire
      écrit parler parlé payer payé signer signé attendre attendu permettre permis mesure mesures
      bâtiment bâtiments commune communes autorité autorités administration objectif objectifs
      solution solutions façon reçu reçue français française leçon ça là près problème problèmes
      première dernière premier dernier nouveau nouvelle nouveaux nouvelles père mère frère sœur
      siège collège célèbre modèle œuvre cœur logement logements loyer loyers déchets charbon éolien
      solaire émissions`,
    syllables: {
      onset: list("b c ch d f g j l m n p pr qu r s t tr v br pl gr ç"),
      vowel: list("a e é è i o ou u au ai oi ê an on in eau a e i é"),
      coda: list("r l s n x t"),
      suffix: list("ement ière eur ette ée age isme erie ois"),
      nouns: 0,
    },
    alt: "Illustration d’un train régional rouge franchissant un pont de pierre au-dessus d’une rivière entre des collines vertes",
    roles: ["Rapporteur", "Rapporteure fictive", "Présidente de commission", "Porte-parole", "Vice-président", "Coordinateur"],
  },
};

/** One made-up word from a language's syllables. */
function pseudoWord(r, syl) {
  const n = r.between(1, 3);
  let w = "";
  for (let s = 0; s < n; s++) {
    let onset = r.pick(syl.onset);
    let vowel = r.pick(syl.vowel);
    if (onset === "ç") {
      if (s === 0) onset = "s";
      else vowel = r.pick(["a", "o", "ou", "u"]);
    }
    w += onset + vowel;
    if (s === n - 1 ? r.chance(0.6) : r.chance(0.3)) w += r.pick(syl.coda);
  }
  if (n === 1 || r.chance(0.3)) w += r.pick(syl.suffix);
  return syl.nouns && r.chance(syl.nouns) ? cap(w) : w;
}

/** A language's words by rank, and a Zipf sampler over them. */
function vocabulary(lang, li) {
  const L = LANGUAGE[lang];
  const fn = [...new Set(list(L.function))];
  const fnSet = new Set(fn);
  const content = [...new Set(list(L.content))].filter((w) => !fnSet.has(w) && w !== L.common);
  const r = rng(seedOf(li, 0, 7));
  for (let i = content.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [content[i], content[j]] = [content[j], content[i]];
  }
  const real = [...fn];
  if (real.includes(L.common)) throw new Error(`${lang}: the common word is a function word`);
  real.splice(COMMON_RANK - 1, 0, L.common);
  real.push(...content);
  const taken = new Set(real.map(fold));
  for (const w of L.rare) {
    if (taken.has(fold(w))) throw new Error(`${lang}: rare word ${w} is in the vocabulary`);
    taken.add(fold(w));
  }
  const words = [...real];
  const pr = rng(seedOf(li, 0, 8));
  while (words.length < real.length + PSEUDO_WORDS) {
    const w = pseudoWord(pr, L.syllables);
    const f = fold(w);
    if (w.length < 3 || w.length > 13 || taken.has(f)) continue;
    // No made-up word may contain a rare word (prefix search would find it).
    if (L.rare.some((x) => f.includes(fold(x)))) continue;
    taken.add(f);
    words.push(w);
  }
  // Slugs take words after the function words (and the common word among them).
  return { words, real: real.length, commonIdx: COMMON_RANK - 1, draw: zipf(words.length), slugFrom: fn.length + 1 };
}

const VOCAB = Object.fromEntries(LANGS.map((l, li) => [l, vocabulary(l, li)]));

// People: a shared pool of names made from syllables, drawn with a Zipf distribution, so
// some people are in many articles. The names carry a few accents.
const PEOPLE = (() => {
  const r = rng(seedOf(9, 9, 9));
  const on = list("b br d f g h j k l m n p r s t v w z ch st");
  const vo = list("a e i o u a e i o ie ea é ö ü ä");
  const ends = list("a o e en ine as er is el");
  const names = new Set();
  while (names.size < PEOPLE_POOL) {
    const first = cap(r.pick(on) + r.pick(vo) + r.pick(on) + r.pick(ends));
    let last = "";
    for (let s = r.between(2, 3); s > 0; s--) last += r.pick(on) + r.pick(vo);
    last = cap(last + r.pick(list("n r l s rt nd ck")));
    const particle = r.chance(0.1) ? r.pick(["van ", "de ", "von ", "da "]) : "";
    names.add(`${first} ${particle}${last}`);
  }
  return [...names];
})();
const drawPerson = zipf(PEOPLE.length);

const KINDS = ["news", "press-release", "opinion", "event", "publication", "video"];
const drawKind = sampler([40, 25, 15, 10, 7, 3]);
const TOPICS = [
  ["water", "Water", "Wasser", "Eau"],
  ["energy", "Energy", "Energie", "Énergie"],
  ["transport", "Transport", "Verkehr", "Transports"],
  ["trade", "Trade", "Handel", "Commerce"],
  ["climate", "Climate", "Klima", "Climat"],
  ["health", "Health", "Gesundheit", "Santé"],
  ["digital-rights", "Digital rights", "Digitale Rechte", "Droits numériques"],
  ["employment", "Employment", "Beschäftigung", "Emploi"],
  ["agriculture", "Agriculture", "Landwirtschaft", "Agriculture"],
  ["budget", "Budget", "Haushalt", "Budget"],
  ["housing", "Housing", "Wohnen", "Logement"],
  ["education", "Education", "Bildung", "Éducation"],
  ["human-rights", "Human rights", "Menschenrechte", "Droits de l’homme"],
  ["migration", "Migration", "Migration", "Migrations"],
  ["oceans", "Oceans", "Meere", "Océans"],
  ["justice", "Justice", "Justiz", "Justice"],
  ["culture", "Culture", "Kultur", "Culture"],
  ["research", "Research", "Forschung", "Recherche"],
  ["foreign-affairs", "Foreign affairs", "Auswärtige Angelegenheiten", "Affaires étrangères"],
  ["regional-policy", "Regional policy", "Regionalpolitik", "Politique régionale"],
];
const drawTopic = zipf(TOPICS.length);
const drawTopicCount = sampler([45, 35, 20]);

// ---------------------------------------------------------------------------------------
// Stories and translations. Article k×5 in English is translated when k < the German and
// French counts: half of them into both, a quarter only into German, a quarter only into
// French, as German and French article k. A translation shares its story (kind, date,
// topics, people) with the English article; every other article is its own story.

const LI = Object.fromEntries(LANGS.map((l, i) => [l, i]));
const PAIRS = Math.min(COUNT.de, COUNT.fr, Math.ceil(COUNT.en / 5));
const partners = { en: new Map(), de: new Map(), fr: new Map() }; // i → { lang: index }
for (let k = 0; k < PAIRS; k++) {
  const u = rng(seedOf(0, k, 5))();
  const langs = u < 0.5 ? ["de", "fr"] : u < 0.75 ? ["de"] : ["fr"];
  const group = { en: k * 5 };
  for (const l of langs) group[l] = k;
  for (const [l, i] of Object.entries(group)) partners[l].set(i, group);
}

const dateOf = (lang, i) => new Date(NEWEST - Math.floor((i * SPAN_DAYS) / COUNT[lang]) * DAY).toISOString().slice(0, 10);

function story(lang, i) {
  const group = partners[lang].get(i);
  const [sl, si] = group ? ["en", group.en] : [lang, i];
  const r = rng(seedOf(LI[sl], si, 3));
  const topics = [];
  for (let n = drawTopicCount(r()) + 1; topics.length < n; ) {
    const t = TOPICS[drawTopic(r())][0];
    if (!topics.includes(t)) topics.push(t);
  }
  const people = [];
  for (let n = r.chance(0.65) ? 1 : 2; people.length < n; ) {
    const name = PEOPLE[drawPerson(r())];
    if (!people.some((p) => p.name === name)) people.push({ name, role: r.int(6) });
  }
  return { group, kind: KINDS[drawKind(r())], date: dateOf(sl, si), topics, people };
}

/** Title and slug, from their own generator, so a partner's slug is cheap to know. */
function heading(lang, i) {
  const V = VOCAB[lang];
  const r = rng(seedOf(LI[lang], i, 1));
  const idx = Array.from({ length: r.between(6, 10) }, () => V.draw(r()));
  // Up to three words of the title for the slug: real content words first, then made-up ones.
  const slugWords = [];
  for (const k of [...idx.filter((k) => k < V.real), ...idx.filter((k) => k >= V.real)]) {
    const f = fold(V.words[k]).replace(/[^a-z0-9]/g, "");
    if (k >= V.slugFrom && f.length >= 3 && !slugWords.includes(f)) slugWords.push(f);
    if (slugWords.length === 3) break;
  }
  if (!slugWords.length) slugWords.push("story"); // a title of function words only
  return {
    title: cap(idx.map((k) => V.words[k]).join(" ")),
    slug: `${lang}-${slugWords.join("-")}-${i}`,
    common: idx.includes(V.commonIdx),
  };
}

// ---------------------------------------------------------------------------------------
// Article text.

/** Words in sentences: capitalised first word, a comma now and then, a full stop. */
function sentences(draw, r, count) {
  const tokens = [];
  while (tokens.length < count) {
    const left = count - tokens.length;
    const n = left < 10 ? left : Math.min(left, r.between(6, 18));
    for (let j = 0; j < n; j++) {
      let w = draw();
      if (j === 0) w = cap(w);
      if (j === n - 1) w += ".";
      else if (j > 1 && r() < 0.06) w += ",";
      tokens.push(w);
    }
  }
  return tokens;
}

/** Rich text from tokens: plain runs, sometimes a bold run (a name or a few words) in the
 * first half and a link run in the second. */
function inline(tokens, r, lang, people) {
  const spans = [];
  if (tokens.length >= 12 && r() < 0.6) {
    const half = Math.floor(tokens.length / 2);
    if (r() < 0.4) {
      const at = r.int(half);
      tokens.splice(at, 0, r.pick(people).name);
      spans.push({ at, len: 1, bold: true });
    } else {
      const len = r.between(1, 3);
      spans.push({ at: r.int(half - len), len, bold: true });
    }
  }
  if (tokens.length >= 12 && r() < 0.45) {
    const half = Math.floor(tokens.length / 2) + 1;
    const len = r.between(2, 4);
    spans.push({ at: half + r.int(tokens.length - half - len), len, link: `https://www.example.org/${lang}/documents/${10000 + r.int(90000)}` });
  }
  const runs = [];
  let pos = 0;
  let carry = ""; // punctuation taken off the end of a formatted run
  for (const sp of spans) {
    if (sp.at > pos) runs.push(`${carry}${pos > 0 ? " " : ""}${tokens.slice(pos, sp.at).join(" ")} `);
    else if (pos > 0) runs.push(`${carry} `);
    let text = tokens.slice(sp.at, sp.at + sp.len).join(" ");
    carry = /[.,]$/.test(text) ? text.slice(-1) : "";
    if (carry) text = text.slice(0, -1);
    runs.push(sp.bold ? { text, bold: true } : { text, link: sp.link });
    pos = sp.at + sp.len;
  }
  if (pos < tokens.length) runs.push(`${carry}${pos > 0 ? " " : ""}${tokens.slice(pos).join(" ")}`);
  else if (carry) runs.push(carry);
  return runs;
}

function body(draw, r, lang, people, rare) {
  const n = r.between(6, 14);
  const kinds = ["paragraph"];
  let lastHeading = false;
  for (let b = 1; b < n; b++) {
    const h = !lastHeading && b >= 2 && b < n - 1 && r.chance(0.28);
    kinds.push(h ? "heading" : "paragraph");
    lastHeading = h;
  }
  const paragraphs = () => kinds.flatMap((k, b) => (k === "paragraph" && b >= 2 ? [b] : []));
  if (r.chance(0.35)) {
    const at = paragraphs();
    if (at.length) kinds[r.pick(at)] = "list";
  }
  if (r.chance(0.3)) {
    const at = paragraphs();
    if (at.length) kinds[r.pick(at)] = "quote";
  }
  let sawH2 = false;
  return kinds.map((k, b) => {
    if (k === "heading") {
      const level = sawH2 && r.chance(0.2) ? 3 : 2;
      sawH2 = true;
      const words = Array.from({ length: r.between(3, 7) }, draw);
      return { type: "heading", level, text: [cap(words.join(" "))] };
    }
    if (k === "list") {
      const items = Array.from({ length: r.between(3, 6) }, () => [cap(Array.from({ length: r.between(4, 12) }, draw).join(" "))]);
      return { type: "list", ordered: r.chance(0.3), items };
    }
    if (k === "quote") {
      return { type: "quote", text: [sentences(draw, r, r.between(15, 35)).join(" ")], cite: r.pick(people).name };
    }
    const tokens = sentences(draw, r, r.between(40, 120));
    if (b === 0) for (const w of rare) tokens.splice(1 + r.int(tokens.length - 1), 0, w);
    return { type: "paragraph", text: inline(tokens, r, lang, people) };
  });
}

// Which articles get which rare word: 5 distinct articles per word, fixed by the seed.
const RARE_AT = Object.fromEntries(
  LANGS.map((lang) => {
    const at = new Map(); // i → [words]
    LANGUAGE[lang].rare.forEach((w, q) => {
      const r = rng(seedOf(LI[lang], q, 99));
      const chosen = new Set();
      while (chosen.size < Math.min(RARE_DOCS, COUNT[lang])) chosen.add(r.int(COUNT[lang]));
      for (const i of chosen) at.set(i, [...(at.get(i) ?? []), w]);
    });
    return [lang, at];
  }),
);

function article(lang, i) {
  const V = VOCAB[lang];
  const L = LANGUAGE[lang];
  const s = story(lang, i);
  const h = heading(lang, i);
  const r = rng(seedOf(LI[lang], i, 2));
  let common = h.common;
  const draw = () => {
    const k = V.draw(r());
    if (k === V.commonIdx) common = true;
    return V.words[k];
  };
  const people = s.people.map((p) => ({ name: p.name, role: L.roles[p.role] }));
  const summary = sentences(draw, r, r.between(20, 35)).join(" ");
  const rare = RARE_AT[lang].get(i) ?? [];
  const doc = { slug: h.slug, language: lang, kind: s.kind, date: s.date, title: h.title, summary };
  if (i % 10 === 0) doc.image = { src: "img/lead.svg", alt: L.alt, width: 1200, height: 675 };
  doc.body = body(draw, r, lang, people, rare);
  doc.people = people;
  if (s.group) {
    doc.translations = {};
    for (const l of LANGS) if (l !== lang && s.group[l] !== undefined) doc.translations[l] = heading(l, s.group[l]).slug;
  }
  doc.topics = s.topics;
  return { doc, common, rare };
}

// ---------------------------------------------------------------------------------------
// Writing.

if (existsSync(out) && readdirSync(out).length > 0) {
  const site = join(out, "site.json");
  let ours = false;
  try {
    ours = statSync(site).isFile() && JSON.parse(readFileSync(site, "utf8")).name === SITE_NAME;
  } catch {}
  if (!ours) {
    console.error(`${out} is not empty and not a tree of this script (no site.json named "${SITE_NAME}"): not replacing it`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "img"), { recursive: true });

const started = Date.now();
let bytes = 0;
const write = (path, text) => {
  writeFileSync(path, text);
  bytes += Buffer.byteLength(text);
};
copyFileSync(join(root, "public/content/img/rail-border-bridge.svg"), join(out, "img/lead.svg"));
bytes += statSync(join(out, "img/lead.svg")).size;
write(
  join(out, "site.json"),
  JSON.stringify({
    version: 1,
    name: SITE_NAME,
    default_language: "en",
    languages: LANGS,
    canonical_base: "https://archive.example.org",
    topics: Object.fromEntries(TOPICS.map(([code, ...names]) => [code, Object.fromEntries(LANGS.map((l, li) => [l, names[li]]))])),
  }),
);

const total = LANGS.reduce((n, l) => n + COUNT[l], 0);
const summary = { out, scale, articles: { ...COUNT, total }, translated: {}, bytes: 0, seconds: 0, rare: {}, common: {} };
let done = 0;
for (const lang of LANGS) {
  const dir = join(out, lang, "articles");
  mkdirSync(dir, { recursive: true });
  let commonDocs = 0;
  let translated = 0;
  const rare = Object.fromEntries(LANGUAGE[lang].rare.map((w) => [w, []]));
  for (let i = 0; i < COUNT[lang]; i++) {
    const a = article(lang, i);
    write(join(dir, `${a.doc.slug}.json`), JSON.stringify(a.doc));
    if (a.common) commonDocs++;
    if (a.doc.translations) translated++;
    for (const w of a.rare) rare[w].push(a.doc.slug);
    if (++done % 10_000 === 0) console.error(`${done.toLocaleString("en")} / ${total.toLocaleString("en")} articles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  summary.translated[lang] = translated;
  summary.rare[lang] = Object.fromEntries(Object.entries(rare).map(([w, slugs]) => [w, { docs: slugs.length, slugs }]));
  summary.common[lang] = { word: LANGUAGE[lang].common, docs: commonDocs, share: Number((commonDocs / COUNT[lang]).toFixed(3)) };
}
summary.bytes = bytes;
summary.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
console.log(JSON.stringify(summary));
