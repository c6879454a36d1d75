/* SPDX-License-Identifier: EUPL-1.2 */
#define G_LOG_DOMAIN "buurtwerk-demo"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "bw-case-store-household.h"
#include "bw-case-store-private.h"
#include "bw-date.h"
#include "bw-demo-data.h"
#include "bw-planning.h"
#include "bw-validation.h"

/* Demo data for training sessions and benchmarks. Every person, address,
 * phone number and contact below is invented; any likeness to a real
 * resident is chance. The strings are data, not interface text, so they
 * are not translated. */

/* Names */

typedef enum {
  ORIGIN_DUTCH,
  ORIGIN_TURKISH,
  ORIGIN_MOROCCAN,
  ORIGIN_POLISH,
  ORIGIN_SYRIAN,
  ORIGIN_ANTILLEAN,
  ORIGIN_N
} Origin;

static const char * const dutch_female[] = {
  "Anouk", "Sanne", "Maud", "Lieke", "Ilse", "Bianca", "Chantal", "Marjolein",
  "Petra", "Wendy", "Yvonne", "Jolanda", "Mieke", "Truus", "Annie", "Mia",
  "Finy", "Lotte", "Demi", "Kim", "Sandra", "Nicole", "Ria", "Gerda",
  "Jessie", "Romy", "Esther", "Monique", "Patricia", "Bertha",
};
static const char * const dutch_male[] = {
  "Jan", "Sjaak", "Har", "Sjef", "Jo", "Huub", "Twan", "Ger", "Roel", "Bas",
  "Tim", "Kevin", "Dennis", "Rob", "Frank", "Marco", "Patrick", "Raymond",
  "Ralf", "Luc", "Jos", "Wiel", "Thijs", "Stijn", "Daan", "Mike", "Sven",
  "Pieter", "Noud", "Math",
};
static const char * const dutch_family[] = {
  "Jansen", "Janssen", "Hendriks", "Dassen", "Schijns", "Lemmens", "Vliegen",
  "Kleijnen", "Peters", "Smeets", "Crombach", "Kurvers", "Vaessen",
  "Pluijmen", "Wetzels", "Ramakers", "Hermans", "Claessens", "Geelen",
  "Frijns", "Hamers", "Offermans", "Ploumen", "Houben", "Leunissen",
  "Schols", "Bisschops", "Coenen", "Wolters", "Brouwers", "Notermans",
  "van der Meer", "van den Berg", "de Vries", "van Dijk", "de Jong",
  "van der Linden", "van Wijk", "de Bruijn", "van Loo", "van Kan", "de Wit",
  "van den Boorn", "van der Heijden", "van Es", "de Groot", "van Mulken",
};

static const char * const turkish_female[] = {
  "Ayşe", "Elif", "Fatma", "Zeynep", "Emine", "Hatice", "Merve", "Büşra",
  "Esra", "Derya",
};
static const char * const turkish_male[] = {
  "Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Murat", "Hasan", "Burak",
  "Ömer", "Yusuf",
};
static const char * const turkish_family[] = {
  "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın",
  "Arslan", "Doğan", "Koç", "Kurt",
};

static const char * const moroccan_female[] = {
  "Fatima", "Khadija", "Samira", "Naima", "Souad", "Hanane", "Yasmina",
  "Nadia", "Malika", "Imane",
};
static const char * const moroccan_male[] = {
  "Mohamed", "Ahmed", "Youssef", "Karim", "Rachid", "Said", "Mustapha",
  "Hamid", "Bilal", "Nordin",
};
static const char * const moroccan_family[] = {
  "El Amrani", "Bouzid", "Benali", "El Idrissi", "Ouali", "Boukhari",
  "El Haddaoui", "Azzouzi", "Tahiri", "Chaouki", "Ait Taleb", "Zerouali",
};

static const char * const polish_female[] = {
  "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Małgorzata",
  "Ewa", "Monika", "Justyna", "Karolina",
};
static const char * const polish_male[] = {
  "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Michał", "Łukasz",
  "Grzegorz", "Jakub", "Andrzej",
};
/* Male forms; a woman's -ski/-cki becomes -ska/-cka (see make_person). */
static const char * const polish_family[] = {
  "Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Król",
  "Wieczorek", "Jabłoński", "Lewandowski", "Wiśniewski", "Zieliński",
};

static const char * const syrian_female[] = {
  "Rania", "Lina", "Hiba", "Nour", "Rasha", "Dima", "Aya", "Reem", "Layla",
  "Amal",
};
static const char * const syrian_male[] = {
  "Ahmad", "Mohammad", "Khaled", "Omar", "Bassel", "Mahmoud", "Ali", "Hussam",
  "Fadi", "Tarek",
};
static const char * const syrian_family[] = {
  "Al-Hassan", "Haddad", "Khalil", "Al-Ali", "Darwish", "Hamdan",
  "Al-Khatib", "Sabbagh", "Mansour", "Kassem", "Alhamwi", "Shami",
};

static const char * const antillean_female[] = {
  "Shirley", "Jeanine", "Migdalia", "Sharina", "Gisela", "Rudmila",
  "Yolanda", "Sheritsa", "Quisette", "Marisela",
};
static const char * const antillean_male[] = {
  "Edsel", "Jurmen", "Ruthmilo", "Shurwin", "Gilbert", "Eldridge", "Rignald",
  "Jair", "Ersilio", "Curtley",
};
static const char * const antillean_family[] = {
  "Isenia", "Doran", "Mercelina", "Winklaar", "Statia", "Cijntje",
  "Sulvaran", "Pieternella", "Rosalia", "Koeiman", "Felida", "Maduro",
};

#define NAMES(a) a, G_N_ELEMENTS (a)

static const struct {
  const char * const *female;
  guint n_female;
  const char * const *male;
  guint n_male;
  const char * const *family;
  guint n_family;
  double language_need;  /* chance of some language need */
} origins[ORIGIN_N] = {
  /* Most low-literate adults in the Netherlands are native speakers. */
  [ORIGIN_DUTCH] = { NAMES (dutch_female), NAMES (dutch_male), NAMES (dutch_family), 0.12 },
  [ORIGIN_TURKISH] = { NAMES (turkish_female), NAMES (turkish_male), NAMES (turkish_family), 0.25 },
  [ORIGIN_MOROCCAN] = { NAMES (moroccan_female), NAMES (moroccan_male), NAMES (moroccan_family), 0.25 },
  [ORIGIN_POLISH] = { NAMES (polish_female), NAMES (polish_male), NAMES (polish_family), 0.45 },
  [ORIGIN_SYRIAN] = { NAMES (syrian_female), NAMES (syrian_male), NAMES (syrian_family), 0.60 },
  [ORIGIN_ANTILLEAN] = { NAMES (antillean_female), NAMES (antillean_male), NAMES (antillean_family), 0.10 },
};

/* The fictitious neighbourhood team; journal entries and actions are
 * written in their names. */
static const char * const team[] = {
  "Sanne Vermeulen", "Ricardo Martis", "Nadia Bouzerda", "Luuk Pelzer",
  "Monique Dautzenberg", "Kemal Aksoy",
};

/* Neighbourhoods and addresses */

/* Bijstand recipients per buurt (CBS kerncijfers 2020), so that the demo
 * load lands where the need is. Unknown codes get a middle weight; buurten
 * with almost no residents (-1) get a token weight. */
static const struct {
  const char *code;
  int bijstand;
} buurt_weights[] = {
  { "BU09171000", 200 }, { "BU09171001", 40 }, { "BU09171100", 40 },
  { "BU09171101", 50 }, { "BU09171200", 300 }, { "BU09171201", 140 },
  { "BU09171300", 40 }, { "BU09171301", 160 }, { "BU09171400", 20 },
  { "BU09172000", 70 }, { "BU09172001", 110 }, { "BU09172002", 90 },
  { "BU09172003", 70 }, { "BU09172004", 50 }, { "BU09172100", 190 },
  { "BU09172101", 160 }, { "BU09172200", 60 }, { "BU09172201", 20 },
  { "BU09172300", -1 }, { "BU09172400", 160 }, { "BU09172401", 40 },
  { "BU09172402", 10 }, { "BU09173000", 10 }, { "BU09173001", 220 },
  { "BU09173002", -1 }, { "BU09173100", 40 }, { "BU09173101", 50 },
  { "BU09173102", 120 }, { "BU09173103", 140 }, { "BU09173200", 20 },
  { "BU09173201", 40 }, { "BU09173202", 270 }, { "BU09173203", 120 },
  { "BU09173300", 110 }, { "BU09173301", 60 }, { "BU09173302", 10 },
  { "BU09173303", 20 }, { "BU09173400", 170 }, { "BU09173500", 0 },
  { "BU09173600", -1 }, { "BU09173601", 30 }, { "BU09173602", 0 },
  { "BU09173603", 0 }, { "BU09173700", 10 }, { "BU09173701", 60 },
  { "BU09173800", 0 }, { "BU09173801", 90 }, { "BU09173900", 50 },
  { "BU09173901", 80 }, { "BU09173902", 200 }, { "BU09173903", 10 },
  { "BU09174000", 220 }, { "BU09174100", 30 }, { "BU09174101", 50 },
  { "BU09174102", 10 }, { "BU09174103", 0 }, { "BU09174200", -1 },
};

typedef enum {
  AREA_HOENSBROEK,
  AREA_HEERLERHEIDE,
  AREA_NOORD_OOST,
  AREA_HEERLEN,
  AREA_N
} Area;

static const char * const hoensbroek_streets[] = {
  "Akerstraat-Noord", "Kouvenderstraat", "Klinkertstraat", "Amstenraderweg",
  "Hoofdstraat", "Randweg", "Gebroek", "Lotbroekerweg", "Wilhelminastraat",
  "Mgr. Nolensstraat", "Dr. Ariënsstraat", "Emmastraat", "Mariagewandenstraat",
  "Terschurenweg",
};
static const char * const heerlerheide_streets[] = {
  "Heerlerheidestraat", "Schelsberg", "Beersdalweg", "Passartweg",
  "Ganzeweide", "Corisbergweg", "Bautscherweg", "Klimmenderstraat",
  "Sittarderweg", "Hommerterweg", "Vrieheideweg", "Rennemigerstraat",
  "Heksenbergerweg", "Kampstraat",
};
static const char * const noord_oost_streets[] = {
  "Schaesbergerweg", "Grasbroekerweg", "Palemigerboord", "Meezenbroekerweg",
  "Kloosterweg", "Schandelerboord", "Burettestraat", "Musschemigerweg",
  "Zeswegenlaan", "Hoppersgraafstraat", "Huskensweg",
};
static const char * const heerlen_streets[] = {
  "Akerstraat", "Saroleastraat", "Geleenstraat", "Honigmanstraat",
  "Heerlerbaan", "Molenberglaan", "Valkenburgerweg", "Kasteellaan",
  "Welterlaan", "Dr. Schaepmanstraat", "Ruys de Beerenbrouckstraat",
  "Putgraaf", "Sint Pieterstraat", "Eikenderweg",
};

static const guint hoensbroek_postcodes[] = { 6431, 6432, 6433 };
static const guint heerlerheide_postcodes[] = { 6413, 6414, 6421, 6422 };
static const guint noord_oost_postcodes[] = { 6412, 6413, 6415 };
static const guint heerlen_postcodes[] = { 6411, 6416, 6417, 6418, 6419 };

static const struct {
  const char *city;
  const char * const *streets;
  guint n_streets;
  const guint *postcodes;
  guint n_postcodes;
} areas[AREA_N] = {
  [AREA_HOENSBROEK] = { "Hoensbroek", NAMES (hoensbroek_streets), NAMES (hoensbroek_postcodes) },
  [AREA_HEERLERHEIDE] = { "Heerlen", NAMES (heerlerheide_streets), NAMES (heerlerheide_postcodes) },
  [AREA_NOORD_OOST] = { "Heerlen", NAMES (noord_oost_streets), NAMES (noord_oost_postcodes) },
  [AREA_HEERLEN] = { "Heerlen", NAMES (heerlen_streets), NAMES (heerlen_postcodes) },
};

/* Journal texts. Placeholders: {naam} first name, {aanhef} "mw. De Vries",
 * {buurt} neighbourhood, {collega} another team member, {bedrag} debt. */

static const char * const intake_notes[] = {
  "Intakegesprek met {naam} op het buurtkantoor. Huishouden, inkomen en wensen in kaart gebracht.",
  "Kennismaking en intake bij {aanhef} thuis. Uitleg gegeven over het buurtteam en de Cascade-aanpak.",
  "Intake na aanmelding via het Werkplein. Toestemming voor delen met partners besproken.",
  "Eerste gesprek met {naam}, samen met {collega}. Afgesproken eerst rust te brengen in de post en de rekeningen.",
  "Intake telefonisch gestart, daarna huisbezoek. {naam} staat open voor ondersteuning.",
  "Aangemeld door de huisarts, met toestemming van {naam}. Intakegesprek in het buurtcentrum.",
  "{naam} kwam zelf naar het inloopspreekuur in {buurt}. Intake meteen gedaan.",
};

static const char * const intake_debt_notes[] = {
  "Schulden meteen besproken: naar schatting {bedrag}.",
  "Er zijn schulden, geschat op {bedrag}; nog niet alles is bekend.",
  "Stapel ongeopende post; schulden voorlopig geschat op {bedrag}.",
};

static const char * const intake_no_debt_notes[] = {
  "Geen schulden bekend.",
  "Schulden nagevraagd: geen achterstanden.",
};

static const char * const openers[] = {
  "Huisbezoek bij {aanhef}.",
  "Huisbezoek afgelegd samen met {collega}.",
  "Telefonisch contact met {naam}.",
  "{naam} belde zelf naar het buurtteam.",
  "Gesprek met {naam} op het buurtkantoor.",
  "{naam} kwam langs op het inloopspreekuur in {buurt}.",
  "Afspraak in het buurtcentrum met {aanhef}.",
  "Korte check-in per telefoon.",
  "Beeldbellen met {naam}.",
  "Eerst een appje gestuurd, daarna gebeld met {naam}.",
};

static const char * const general_topics[] = {
  "Post doorgenomen; twee aanmaningen samen beantwoord.",
  "Het gaat wisselend; {naam} slaapt slecht door de zorgen.",
  "Afspraken van vorige keer zijn nagekomen.",
  "Afspraak gemist; nieuwe afspraak gemaakt.",
  "Toeslagen nagelopen: zorgtoeslag bleek niet aangevraagd, nu wel.",
  "Kwijtschelding gemeentelijke belastingen samen aangevraagd.",
  "Aanvraag bijzondere bijstand voor een nieuwe koelkast ingediend.",
  "Woonsituatie besproken; de woning is te klein, maar de wachttijd is lang.",
  "{naam} doet vrijwilligerswerk in het buurthuis en heeft daar plezier in.",
  "Eenzaamheid besproken; koffieochtend in {buurt} voorgesteld.",
  "DigiD samen aangevraagd, zodat {naam} zelf zaken met de gemeente kan regelen.",
  "Hoge energierekening besproken; energiecoach ingeschakeld.",
};

static const char * const debt_topics[] = {
  "Beslag op de uitkering besproken; beslagvrije voet laten controleren.",
  "Huurachterstand: regeling getroffen met de woningcorporatie.",
  "Inkomsten en uitgaven op een rij gezet; er blijft weinig over.",
  "Nieuwe aanmaning van het CJIB samen doorgenomen.",
};

/* Indexed by BwDebtRoute. */
static const char * const route_none_topics[] = {
  "Schulden besproken; {naam} wil eerst zelf een overzicht maken.",
  "Overzicht van schuldeisers gemaakt, nog niet compleet.",
};
static const char * const route_shv_topics[] = {
  "Schuldhulp doorverwijzing: aanmelding bij team schuldhulpverlening verstuurd.",
  "Driegesprek met team schuldhulpverlening; stabilisatiefase gestart.",
  "Schuldhulpverlener heeft betalingsregelingen met drie schuldeisers afgesproken.",
};
static const char * const route_maatje_topics[] = {
  "Schuldhulpmaatje van HeerlenStandBY gekoppeld; eerste afspraak staat.",
  "Maatje helpt met het ordenen van de administratie; dat gaat goed.",
};
static const char * const route_amicable_topics[] = {
  "Stukken verzameld voor een minnelijke schuldregeling bij Kredietbank Limburg.",
  "KBL heeft het voorstel voor de minnelijke regeling naar de schuldeisers gestuurd.",
  "Budgetbeheer via Kredietbank Limburg loopt; vaste lasten worden betaald.",
};
static const char * const route_statutory_topics[] = {
  "Minnelijk traject mislukt; KBL bereidt het verzoek tot toelating tot de Wsnp voor.",
  "Uitspraak rechtbank: {naam} is toegelaten tot de wettelijke schuldsanering.",
  "Wsnp loopt; maandelijkse afdracht via bewindvoerder besproken.",
};

/* Indexed by BwTrack. */
static const char * const track_none_topics[] = {
  "Wensen rond werk verkend; {naam} weet nog niet wat haalbaar is.",
};
static const char * const track_work_topics[] = {
  "Overleg met WSP Parkstad over vacatures in de logistiek.",
  "CV samen bijgewerkt en naar WSP Parkstad gestuurd.",
  "Sollicitatiegesprek bij een zorginstelling in Parkstad voorbereid.",
  "Proefplaatsing via WSP besproken; {naam} is enthousiast.",
  "Terugkoppeling werkgever: goede eerste weken, contract wordt verlengd.",
};
static const char * const track_development_topics[] = {
  "Aangemeld bij WerkvoorHeerlen voor een ontwikkeltraject.",
  "Driegesprek met trajectbegeleider van WerkvoorHeerlen: werkritme gaat vooruit.",
  "Gestart op een leerwerkplek groenonderhoud in {buurt}.",
  "Cursus digitale vaardigheden in het buurtcentrum gestart via WerkvoorHeerlen.",
};
static const char * const track_beschut_topics[] = {
  "Indicatie beschut werk aangevraagd.",
  "Kennismaking op de beschut-werkafdeling van WerkvoorHeerlen; {naam} kan volgende maand starten.",
};
static const char * const track_basisbaan_topics[] = {
  "Gesprek over een basisbaan bij de gemeente; {naam} kan starten als buurtconciërge.",
  "Basisbaan gestart; eerste evaluatie met de leidinggevende positief.",
};
static const char * const track_care_topics[] = {
  "Met toestemming van {naam} overleg met de huisarts over belastbaarheid.",
  "Zorgtraject besproken: werk is binnen een jaar niet haalbaar.",
  "Aangemeld bij het maatschappelijk werk.",
  "Dagbesteding in de wijk gevonden; {naam} gaat er drie ochtenden per week heen.",
};

static const char * const literacy_topics[] = {
  "Vermoeden van laaggeletterdheid; formulieren samen ingevuld.",
  "Met {naam} gesproken over lezen en schrijven; aanmelding taaltraject bij het Taalhuis besproken.",
  "{naam} volgt een taaltraject bij het Taalhuis en is trots op de vooruitgang.",
};
static const char * const nt2_topics[] = {
  "Aanmelding taaltraject NT2 verstuurd.",
  "Taaltraject gekoppeld aan werkervaring bij een werkgever in de buurt besproken.",
  "{naam} gaat twee ochtenden per week naar taalles.",
  "Telefonische tolk ingezet voor het gesprek.",
};

static const char * const family_topics[] = {
  "Overleg met Jeugdzorg over ondersteuning van het gezin.",
  "Zorgen om de kinderen besproken; gezinscoach van Jeugdzorg sluit aan.",
  "Schoolkosten voor de kinderen via Stichting Leergeld aangevraagd.",
};
static const char * const youth_topics[] = {
  "Contact met het VSV bureau: {naam} wil de opleiding weer oppakken.",
  "Afspraak met trajectbegeleider van het VSV bureau over een startkwalificatie.",
};

static const char * const closers[] = {
  "Volgende afspraak over twee weken.",
  "Vervolgafspraak staat in de agenda.",
  "{naam} stuurt de ontbrekende stukken na.",
  "{collega} sluit de volgende keer aan.",
  "Over een maand evalueren.",
  "Terugbellen na het weekend.",
};

/* Indexed by BwOutcome. */
static const char * const closing_notes[BW_OUTCOME_N] = {
  [BW_OUTCOME_WORK] = "Afsluitend gesprek: {naam} is aan het werk en heeft geen ondersteuning meer nodig. Dossier gesloten.",
  [BW_OUTCOME_EDUCATION] = "Afsluitend gesprek: {naam} is met een opleiding gestart. Dossier gesloten.",
  [BW_OUTCOME_BASISBAAN] = "Basisbaan loopt goed; in overleg het dossier gesloten.",
  [BW_OUTCOME_BESCHUT_WERK] = "Plaatsing in beschut werk is stabiel. Dossier in overleg gesloten.",
  [BW_OUTCOME_CARE] = "Warme overdracht aan de zorgaanbieder gedaan. Dossier bij het buurtteam gesloten.",
  [BW_OUTCOME_MOVED] = "{naam} is verhuisd; overdracht aan het buurtteam in de nieuwe woonplaats. Dossier gesloten.",
  [BW_OUTCOME_OTHER] = "Laatste gesprek: {naam} redt het nu zelf en mag altijd terugkomen. Dossier gesloten.",
};
static const char * const outcome_notes[BW_OUTCOME_N] = {
  [BW_OUTCOME_WORK] = "Contract voor een jaar bij een logistiek bedrijf in Parkstad, via WSP Parkstad.",
  [BW_OUTCOME_EDUCATION] = "Gestart met een BBL-opleiding via WerkvoorHeerlen.",
  [BW_OUTCOME_BASISBAAN] = "Basisbaan bij de gemeente als buurtconciërge.",
  [BW_OUTCOME_BESCHUT_WERK] = "Vaste plek in beschut werk bij WerkvoorHeerlen.",
  [BW_OUTCOME_CARE] = "Overgedragen aan een zorgtraject; stabiel met begeleiding.",
  [BW_OUTCOME_MOVED] = "Verhuisd naar Kerkrade.",
  [BW_OUTCOME_OTHER] = "Geen ondersteuning meer nodig.",
};

/* Actions: what, by relevance. */
static const char * const general_actions[] = {
  "Huisbezoek plannen", "Toeslagen controleren met {naam}", "DigiD aanvragen",
  "Kwijtschelding gemeentelijke belastingen aanvragen", "Evaluatiegesprek plannen",
};
static const char * const debt_actions[] = {
  "Aanmelden bij team schuldhulpverlening", "Schuldenoverzicht compleet maken",
  "Beslagvrije voet laten controleren", "Schuldhulpmaatje aanvragen bij HeerlenStandBY",
  "Stukken aanleveren bij Kredietbank Limburg",
};
static const char * const work_actions[] = {
  "CV bijwerken", "Afspraak met WSP Parkstad inplannen", "Sollicitatiebrief samen schrijven",
};
static const char * const development_actions[] = {
  "Aanmelden bij WerkvoorHeerlen", "Driegesprek met trajectbegeleider plannen",
};
static const char * const language_actions[] = {
  "Intake taaltraject regelen", "Aanmelden bij het Taalhuis",
};
static const char * const care_actions[] = {
  "Met toestemming contact opnemen met de huisarts", "Dagbesteding in de wijk zoeken",
};
static const char * const family_actions[] = {
  "Overleg met Jeugdzorg plannen", "Aanvraag Stichting Leergeld indienen",
};
static const char * const youth_actions[] = {
  "Afspraak maken met het VSV bureau",
};

/* Involved organisations with invented contacts. */
typedef enum {
  ORG_WSP,
  ORG_WVH,
  ORG_SHV,
  ORG_STANDBY,
  ORG_KBL,
  ORG_JEUGDZORG,
  ORG_VSV,
  ORG_HUISARTS,
  ORG_N
} Org;

static const struct {
  const char *organisation;
  const char *contacts[2];
  const char *roles[2];
} orgs[ORG_N] = {
  [ORG_WSP] = { "WSP Parkstad", { "Dennis Vroomen", "Ellen Schoonbrood" }, { "accountmanager", "jobcoach" } },
  [ORG_WVH] = { "WerkvoorHeerlen", { "Marieke Lenaerts", "Hakan Yavuz" }, { "trajectbegeleider", "leermeester" } },
  [ORG_SHV] = { "Team schuldhulpverlening", { "Ingrid Kleikers", "Bart Gulpen" }, { "schuldhulpverlener", "budgetcoach" } },
  [ORG_STANDBY] = { "HeerlenStandBY", { "Wim Souren", "Anja Quaedvlieg" }, { "schuldhulpmaatje", "coördinator maatjes" } },
  [ORG_KBL] = { "Kredietbank Limburg", { "Peter Vankan", "Susan Habets" }, { "consulent schuldregeling", "budgetbeheerder" } },
  [ORG_JEUGDZORG] = { "Jeugdzorg", { "Chantal Meijers", "Omar Bakkali" }, { "jeugdconsulent", "gezinscoach" } },
  [ORG_VSV] = { "VSV bureau", { "Kim Ortmans", "Roy Lardinois" }, { "RMC-trajectbegeleider", "leerplichtambtenaar" } },
  [ORG_HUISARTS] = { "Huisarts", { "dr. Hoogland", "Eva Slangen" }, { "huisarts", "praktijkondersteuner GGZ" } },
};

/* Generating */

typedef struct {
  BwCaseStore *store;
  GRand *rand;
  guint32 today;    /* Julian days */
  guint32 start;
  GPtrArray *noord; /* BwNeighbourhood, with their weights */
  GArray *noord_weights;
  GPtrArray *rest;
  GArray *rest_weights;
  /* The first closed case is closed 800 days (about 26 months) ago, so
   * that there is always one past the default retention of 24 months. */
  gboolean old_closed_added;
} Demo;

typedef struct {
  const char *first;
  char *family;
  char *aanhef;
  gboolean female;
  Origin origin;
  guint year_of_birth;
  gboolean has_kids;
  BwNeighbourhood *nb;
  BwCaseStatus status;
  BwTrack track;
  gboolean has_debts;
  gint64 debt_amount;
  BwDebtRoute route;
  BwLanguageNeed language;
  BwOutcome outcome;
  guint32 opened;
  guint32 end;      /* closed_on, or today */
  const char *worker;
  const char *colleague;
  char *bedrag;
} Person;

static void
person_clear (Person *p)
{
  g_clear_pointer (&p->family, g_free);
  g_clear_pointer (&p->aanhef, g_free);
  g_clear_pointer (&p->bedrag, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Person, person_clear)

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static gboolean
chance (GRand  *rand,
        double  p)
{
  return g_rand_double (rand) < p;
}

/* Picks an index with probability proportional to @weights. */
static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

static guint32
random_day (GRand   *rand,
            guint32  from,
            guint32  to)
{
  if (to <= from)
    return from;
  return from + g_rand_int_range (rand, 0, to - from + 1);
}

static guint32
julian_of (guint year,
           guint month,
           guint day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_julian (&d);
}

/* Writes the ISO form into @buf, which holds at least 11 bytes. */
static const char *
iso_date (guint32  julian,
          char    *buf,
          gsize    size)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, julian);
  g_snprintf (buf, size, "%04u-%02u-%02u", g_date_get_year (&d),
              (guint) g_date_get_month (&d), g_date_get_day (&d));
  return buf;
}

static guint
year_of (guint32 julian)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, julian);
  return g_date_get_year (&d);
}

static int
find_weight (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (buurt_weights); i++)
    if (g_strcmp0 (buurt_weights[i].code, code) == 0)
      return buurt_weights[i].bijstand;
  return 80;
}

static void
add_neighbourhoods (Demo       *demo,
                    GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BwNeighbourhood) nb = g_list_model_get_item (model, i);
      int bijstand = find_weight (bw_neighbourhood_get_code (nb));
      /* A base of 20 keeps every inhabited buurt in the demo, weighted
       * only "somewhat" towards where bijstand is high. */
      guint weight = bijstand < 0 ? 1 : 20 + (guint) bijstand;

      if (bw_neighbourhood_is_heerlen_noord (nb))
        {
          g_ptr_array_add (demo->noord, g_object_ref (nb));
          g_array_append_val (demo->noord_weights, weight);
        }
      else
        {
          g_ptr_array_add (demo->rest, g_object_ref (nb));
          g_array_append_val (demo->rest_weights, weight);
        }
    }
}

static BwNeighbourhood *
pick_neighbourhood (Demo *demo)
{
  gboolean noord;

  if (demo->rest->len == 0)
    noord = TRUE;
  else if (demo->noord->len == 0)
    noord = FALSE;
  else
    noord = chance (demo->rand, 0.85);

  if (noord)
    return g_ptr_array_index (demo->noord,
                              pick_weighted (demo->rand, (guint *) demo->noord_weights->data,
                                             demo->noord_weights->len));
  return g_ptr_array_index (demo->rest,
                            pick_weighted (demo->rand, (guint *) demo->rest_weights->data,
                                           demo->rest_weights->len));
}

/* The wijk decides the streets and postcode: WK091710-14 is Hoensbroek,
 * 20-24 Heerlerheide and surroundings, 30-32 Heerlen-Noord-Oost. */
static Area
area_of (BwNeighbourhood *nb)
{
  const char *wijk = bw_neighbourhood_get_wijk_code (nb);
  guint number = 0;

  if (wijk != NULL && strlen (wijk) == 8 && g_str_has_prefix (wijk, "WK0917") &&
      g_ascii_isdigit (wijk[6]) && g_ascii_isdigit (wijk[7]))
    number = (wijk[6] - '0') * 10 + (wijk[7] - '0');

  if (number >= 10 && number <= 14)
    return AREA_HOENSBROEK;
  if (number >= 20 && number <= 24)
    return AREA_HEERLERHEIDE;
  if (number >= 30 && number <= 32)
    return AREA_NOORD_OOST;
  if (number == 0 && bw_neighbourhood_is_heerlen_noord (nb))
    return AREA_HEERLERHEIDE;
  return AREA_HEERLEN;
}

static char *
make_address (GRand           *rand,
              BwNeighbourhood *nb)
{
  /* Dutch postcodes skip F, I, O, Q, U and Y and the pairs SA, SD and SS;
   * keeping S out of the first letter avoids those pairs. */
  static const char first_letters[] = "ABCEGHJKLMNPRTVWXZ";
  static const char second_letters[] = "ABCEGHJKLMNPRSTVWXZ";
  Area area = area_of (nb);
  const char *street = areas[area].streets[g_rand_int_range (rand, 0, areas[area].n_streets)];
  guint postcode = areas[area].postcodes[g_rand_int_range (rand, 0, areas[area].n_postcodes)];
  guint number = chance (rand, 0.7) ? g_rand_int_range (rand, 1, 80) : g_rand_int_range (rand, 80, 260);
  const char *suffix = "";
  char letter1, letter2;

  if (chance (rand, 0.12))
    suffix = PICK (rand, ((const char * const[]) { "a", "b", "A", " B" }));
  /* Drawn one by one: the order of evaluating arguments is unspecified,
   * and the same seed must give the same data with any compiler. */
  letter1 = first_letters[g_rand_int_range (rand, 0, sizeof first_letters - 1)];
  letter2 = second_letters[g_rand_int_range (rand, 0, sizeof second_letters - 1)];

  return g_strdup_printf ("%s %u%s, %u %c%c %s", street, number, suffix, postcode,
                          letter1, letter2, areas[area].city);
}

/* Lower-case ASCII letters and digits only, for the e-mail address. */
static void
append_ascii (GString    *out,
              const char *text)
{
  g_autoptr(GString) source = g_string_new (text);
  g_autofree char *ascii = NULL;

  /* GLib's transliteration does not know the Turkish dotless i. */
  g_string_replace (source, "ı", "i", 0);
  ascii = g_str_to_ascii (source->str, "C");
  for (const char *p = ascii; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
}

static void
make_person (Demo   *demo,
             Person *p)
{
  /* Roughly the mix of a Heerlen-Noord caseload, in per cent. */
  static const guint origin_weights[ORIGIN_N] = {
    [ORIGIN_DUTCH] = 62, [ORIGIN_TURKISH] = 8, [ORIGIN_MOROCCAN] = 8,
    [ORIGIN_POLISH] = 8, [ORIGIN_SYRIAN] = 7, [ORIGIN_ANTILLEAN] = 7,
  };
  GRand *rand = demo->rand;
  const char *family;
  guint w;

  p->origin = pick_weighted (rand, origin_weights, ORIGIN_N);
  p->female = chance (rand, 0.55);
  if (p->female)
    p->first = origins[p->origin].female[g_rand_int_range (rand, 0, origins[p->origin].n_female)];
  else
    p->first = origins[p->origin].male[g_rand_int_range (rand, 0, origins[p->origin].n_male)];
  family = origins[p->origin].family[g_rand_int_range (rand, 0, origins[p->origin].n_family)];
  p->family = g_strdup (family);
  if (p->origin == ORIGIN_POLISH && p->female && g_str_has_suffix (p->family, "ki"))
    p->family[strlen (p->family) - 1] = 'a';

  /* Without a first name Dutch capitalises the tussenvoegsel. */
  p->aanhef = g_strdup_printf ("%s %c%s", p->female ? "mw." : "dhr.",
                               g_ascii_toupper (p->family[0]), p->family + 1);

  w = g_rand_int_range (rand, 0, G_N_ELEMENTS (team));
  p->worker = team[w];
  p->colleague = team[(w + g_rand_int_range (rand, 1, G_N_ELEMENTS (team))) % G_N_ELEMENTS (team)];
}

static char *
household_note (GRand  *rand,
                Person *p,
                int     size,
                guint   age)
{
  int kids;

  p->has_kids = FALSE;
  if (size == 1)
    {
      if (age < 25)
        return g_strdup (chance (rand, 0.5) ? "alleenstaand, woont op kamers" : "alleenstaand");
      if (age > 35 && chance (rand, 0.2))
        return g_strdup ("alleenstaand, kinderen wonen bij ex-partner");
      return g_strdup ("alleenstaand");
    }
  if (age < 23)
    return g_strdup_printf ("woont bij de ouders, gezin van %d", size);
  if (age > 62)
    return g_strdup (size == 2 ? "echtpaar, kinderen de deur uit" : "woont met volwassen kinderen");

  p->has_kids = TRUE;
  if (chance (rand, p->female ? 0.45 : 0.15))
    {
      kids = size - 1;
      return g_strdup_printf ("alleenstaande %s met %d %s", p->female ? "moeder" : "vader",
                              kids, kids == 1 ? "kind" : "kinderen");
    }
  kids = size - 2;
  if (kids == 0)
    {
      p->has_kids = FALSE;
      return g_strdup (chance (rand, 0.5) ? "echtpaar, geen kinderen" : "samenwonend, geen kinderen");
    }
  return g_strdup_printf ("%s, %d %s", chance (rand, 0.6) ? "echtpaar" : "samenwonend",
                          kids, kids == 1 ? "kind" : "kinderen");
}

static BwTrack
pick_track (GRand *rand)
{
  static const guint weights[BW_TRACK_N] = {
    [BW_TRACK_NONE] = 10, [BW_TRACK_WORK] = 30, [BW_TRACK_DEVELOPMENT] = 25,
    [BW_TRACK_BESCHUT_WERK] = 5, [BW_TRACK_BASISBAAN] = 10, [BW_TRACK_CARE] = 20,
  };

  return pick_weighted (rand, weights, BW_TRACK_N);
}

static BwOutcome
pick_outcome (GRand   *rand,
              BwTrack  track)
{
  BwOutcome main;

  switch (track)
    {
    case BW_TRACK_WORK:
      main = BW_OUTCOME_WORK;
      break;
    case BW_TRACK_DEVELOPMENT:
      main = chance (rand, 0.5) ? BW_OUTCOME_EDUCATION : BW_OUTCOME_WORK;
      break;
    case BW_TRACK_BESCHUT_WERK:
      main = BW_OUTCOME_BESCHUT_WERK;
      break;
    case BW_TRACK_BASISBAAN:
      main = BW_OUTCOME_BASISBAAN;
      break;
    case BW_TRACK_CARE:
      main = BW_OUTCOME_CARE;
      break;
    case BW_TRACK_NONE:
    case BW_TRACK_N:
    default:
      return chance (rand, 0.6) ? BW_OUTCOME_OTHER : BW_OUTCOME_MOVED;
    }
  if (chance (rand, 0.75))
    return main;
  return chance (rand, 0.5) ? BW_OUTCOME_OTHER : BW_OUTCOME_MOVED;
}

/* One step along the cascade, mostly up, sometimes back. */
static BwTrack
next_track (GRand   *rand,
            BwTrack  track)
{
  switch (track)
    {
    case BW_TRACK_WORK:
      return chance (rand, 0.7) ? BW_TRACK_DEVELOPMENT : BW_TRACK_BASISBAAN;
    case BW_TRACK_DEVELOPMENT:
      return PICK (rand, ((const BwTrack[]) { BW_TRACK_WORK, BW_TRACK_WORK, BW_TRACK_BASISBAAN,
                                             BW_TRACK_BESCHUT_WERK, BW_TRACK_CARE }));
    case BW_TRACK_BESCHUT_WERK:
      return chance (rand, 0.5) ? BW_TRACK_DEVELOPMENT : BW_TRACK_CARE;
    case BW_TRACK_BASISBAAN:
      return BW_TRACK_WORK;
    case BW_TRACK_CARE:
      return BW_TRACK_DEVELOPMENT;
    case BW_TRACK_NONE:
    case BW_TRACK_N:
    default:
      return PICK (rand, ((const BwTrack[]) { BW_TRACK_WORK, BW_TRACK_DEVELOPMENT, BW_TRACK_CARE }));
    }
}

/* Why the track changed, in the words of the team: it depends on where
 * the resident came from as much as on where they go. */
static const char *
track_change_note (GRand   *rand,
                   BwTrack  from,
                   BwTrack  to)
{
  switch (to)
    {
    case BW_TRACK_WORK:
      if (from == BW_TRACK_DEVELOPMENT)
        return "Ontwikkeltraject goed doorlopen; nu bemiddeling naar werk via WSP Parkstad.";
      if (from == BW_TRACK_BASISBAAN)
        return "Na de basisbaan is {naam} toe aan een reguliere baan; bemiddeling via WSP Parkstad.";
      return "{naam} is toe aan betaald werk; WSP Parkstad heeft een passende vacature.";
    case BW_TRACK_DEVELOPMENT:
      if (from == BW_TRACK_WORK)
        return "Direct werk blijkt nog te hoog gegrepen; eerst werkritme opbouwen bij WerkvoorHeerlen.";
      if (from == BW_TRACK_CARE)
        return "Belastbaarheid verbeterd; start ontwikkeltraject bij WerkvoorHeerlen.";
      if (from == BW_TRACK_BESCHUT_WERK)
        return "Het gaat goed op de beschut-werkplek; doorgroeien via een ontwikkeltraject.";
      return "Na de verkenning eerst een ontwikkeltraject bij WerkvoorHeerlen.";
    case BW_TRACK_BESCHUT_WERK:
      return "Indicatie beschut werk afgegeven; plaatsing bij WerkvoorHeerlen.";
    case BW_TRACK_BASISBAAN:
      if (from == BW_TRACK_WORK)
        return "Regulier werk lukt nog niet, een basisbaan bij de gemeente wel.";
      return "Na het ontwikkeltraject doorstroom naar een basisbaan.";
    case BW_TRACK_CARE:
      return chance (rand, 0.5)
        ? "Gezondheid laat werk nu niet toe; eerst een zorgtraject, in overleg met de huisarts."
        : "Te veel spanning thuis om aan werk te denken; eerst zorg en stabiliteit.";
    case BW_TRACK_NONE:
    case BW_TRACK_N:
    default:
      return "Traject gepauzeerd.";
    }
}

static gint64
pick_debt_cents (GRand *rand)
{
  static const guint bands[][2] = { { 500, 5000 }, { 5000, 15000 }, { 15000, 30000 }, { 30000, 45000 } };
  static const guint weights[] = { 40, 35, 20, 5 };
  guint band = pick_weighted (rand, weights, G_N_ELEMENTS (weights));
  gint64 euros = g_rand_int_range (rand, bands[band][0], bands[band][1] + 1);

  return euros * 100 + (euros < 45000 ? g_rand_int_range (rand, 0, 100) : 0);
}

static BwDebtRoute
pick_route (GRand        *rand,
            BwCaseStatus  status,
            gint64        cents)
{
  /* NONE, TEAM_SHV, MAATJE, KBL_AMICABLE, KBL_STATUTORY */
  static const guint intake[BW_DEBT_ROUTE_N] = { 70, 30, 0, 0, 0 };
  static const guint small[BW_DEBT_ROUTE_N] = { 25, 35, 35, 5, 0 };
  static const guint middle[BW_DEBT_ROUTE_N] = { 20, 40, 10, 25, 5 };
  static const guint large[BW_DEBT_ROUTE_N] = { 15, 30, 0, 30, 25 };
  const guint *weights;

  if (status == BW_CASE_STATUS_INTAKE)
    weights = intake;
  else if (cents < 500000)
    weights = small;
  else if (cents < 2000000)
    weights = middle;
  else
    weights = large;
  return pick_weighted (rand, weights, BW_DEBT_ROUTE_N);
}

/* Replaces the placeholders of a demo text with this person's details. */
static char *
fill (const char   *template,
      const Person *p)
{
  g_autoptr(GString) s = g_string_new (template);

  if (strchr (template, '{') == NULL)
    return g_string_free (g_steal_pointer (&s), FALSE);
  g_string_replace (s, "{naam}", p->first, 0);
  g_string_replace (s, "{aanhef}", p->aanhef, 0);
  g_string_replace (s, "{buurt}", bw_neighbourhood_get_name (p->nb), 0);
  g_string_replace (s, "{collega}", p->colleague, 0);
  g_string_replace (s, "{bedrag}", p->bedrag ? p->bedrag : "", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

typedef struct {
  const char * const *items;
  guint n;
} Pool;

#define POOL(a) ((Pool) { a, G_N_ELEMENTS (a) })

static Pool
route_pool (BwDebtRoute route)
{
  switch (route)
    {
    case BW_DEBT_ROUTE_TEAM_SHV:
      return POOL (route_shv_topics);
    case BW_DEBT_ROUTE_MAATJE:
      return POOL (route_maatje_topics);
    case BW_DEBT_ROUTE_KBL_AMICABLE:
      return POOL (route_amicable_topics);
    case BW_DEBT_ROUTE_KBL_STATUTORY:
      return POOL (route_statutory_topics);
    case BW_DEBT_ROUTE_NONE:
    case BW_DEBT_ROUTE_N:
    default:
      return POOL (route_none_topics);
    }
}

static Pool
track_pool (BwTrack track)
{
  switch (track)
    {
    case BW_TRACK_WORK:
      return POOL (track_work_topics);
    case BW_TRACK_DEVELOPMENT:
      return POOL (track_development_topics);
    case BW_TRACK_BESCHUT_WERK:
      return POOL (track_beschut_topics);
    case BW_TRACK_BASISBAAN:
      return POOL (track_basisbaan_topics);
    case BW_TRACK_CARE:
      return POOL (track_care_topics);
    case BW_TRACK_NONE:
    case BW_TRACK_N:
    default:
      return POOL (track_none_topics);
    }
}

static gboolean
is_young (const Person *p,
          const Demo   *demo)
{
  return year_of (demo->today) - p->year_of_birth < 23;
}

/* A contact note: how the contact went, what it was about, and sometimes
 * what comes next. The topic pools depend on the case, so that a case
 * with debts reads like one. */
static char *
compose_note (Demo   *demo,
              Person *p)
{
  GRand *rand = demo->rand;
  Pool pools[8];
  guint n = 0;
  Pool pool;
  g_autoptr(GString) text = g_string_new (NULL);

  pools[n++] = POOL (general_topics);
  if (p->has_debts)
    {
      pools[n++] = POOL (debt_topics);
      pools[n++] = route_pool (p->route);
    }
  if (p->status != BW_CASE_STATUS_INTAKE)
    pools[n++] = track_pool (p->track);
  if (p->language != BW_LANGUAGE_NEED_NONE)
    pools[n++] = p->origin == ORIGIN_DUTCH ? POOL (literacy_topics) : POOL (nt2_topics);
  if (p->has_kids)
    pools[n++] = POOL (family_topics);
  if (is_young (p, demo))
    pools[n++] = POOL (youth_topics);

  pool = pools[g_rand_int_range (rand, 0, n)];
  g_string_append (text, PICK (rand, openers));
  g_string_append_c (text, ' ');
  g_string_append (text, pool.items[g_rand_int_range (rand, 0, pool.n)]);
  if (chance (rand, 0.45))
    {
      g_string_append_c (text, ' ');
      g_string_append (text, PICK (rand, closers));
    }
  return fill (text->str, p);
}

static gboolean
add_journal (Demo        *demo,
             Person      *p,
             gint64       case_id,
             guint32      day,
             const char  *text,
             GError     **error)
{
  /* How the contact took place, from a generator of its own so that the
   * rest of the demo stays as it was before the contact log. */
  static const BwContactType kinds[] = {
    BW_CONTACT_TYPE_HOME_VISIT, BW_CONTACT_TYPE_HOME_VISIT, BW_CONTACT_TYPE_HOME_VISIT,
    BW_CONTACT_TYPE_PHONE, BW_CONTACT_TYPE_PHONE, BW_CONTACT_TYPE_PHONE,
    BW_CONTACT_TYPE_OFFICE, BW_CONTACT_TYPE_OFFICE, BW_CONTACT_TYPE_DIGITAL,
    BW_CONTACT_TYPE_PARTNER_MEETING,
  };
  static const char * const partners[] = {
    "WerkvoorHeerlen", "Team schuldhulpverlening", "Schuldhulpmaatje (HeerlenStandBY)",
    "Jeugdzorg", "VSV-bureau", "Kredietbank Limburg", "woningcorporatie",
  };
  static const char * const household[] = {
    "partner", "dochter", "zoon", "moeder", "buurvrouw", "tolk",
  };
  /* The note's own words say how, where they say it. */
  static const struct {
    const char *word;
    BwContactType kind;
  } said[] = {
    { "huisbezoek", BW_CONTACT_TYPE_HOME_VISIT }, { "thuis bezocht", BW_CONTACT_TYPE_HOME_VISIT },
    { "telefo", BW_CONTACT_TYPE_PHONE }, { "gebeld", BW_CONTACT_TYPE_PHONE },
    { "inloopspreekuur", BW_CONTACT_TYPE_OFFICE }, { "kwam langs", BW_CONTACT_TYPE_OFFICE },
    { "op kantoor", BW_CONTACT_TYPE_OFFICE }, { "mail", BW_CONTACT_TYPE_DIGITAL },
    { "whatsapp", BW_CONTACT_TYPE_DIGITAL }, { "beeldbellen", BW_CONTACT_TYPE_DIGITAL },
    { "overleg", BW_CONTACT_TYPE_PARTNER_MEETING },
  };
  g_autoptr(GRand) log = g_rand_new_with_seed ((guint32) (case_id * 7919 + day));
  g_autofree char *lower = g_utf8_strdown (text, -1);
  BwContactType kind = day == p->opened ? BW_CONTACT_TYPE_OFFICE : kinds[g_rand_int_range (log, 0, G_N_ELEMENTS (kinds))];

  for (gsize i = 0; i < G_N_ELEMENTS (said); i++)
    if (strstr (lower, said[i].word) != NULL)
      {
        kind = said[i].kind;
        break;
      }
  const char *with = NULL;
  int minutes;
  char date[16];

  switch (kind)
    {
    case BW_CONTACT_TYPE_HOME_VISIT:
      minutes = 15 * g_rand_int_range (log, 3, 7);
      if (g_rand_double (log) < 0.35)
        with = household[g_rand_int_range (log, 0, G_N_ELEMENTS (household))];
      break;
    case BW_CONTACT_TYPE_PHONE:
    case BW_CONTACT_TYPE_DIGITAL:
      minutes = 5 * g_rand_int_range (log, 1, 5);
      break;
    case BW_CONTACT_TYPE_PARTNER_MEETING:
      minutes = 15 * g_rand_int_range (log, 2, 5);
      with = partners[g_rand_int_range (log, 0, G_N_ELEMENTS (partners))];
      break;
    case BW_CONTACT_TYPE_OFFICE:
    case BW_CONTACT_TYPE_NONE:
    case BW_CONTACT_TYPE_N:
    default:
      minutes = 15 * g_rand_int_range (log, 2, 5);
      break;
    }

  /* Mostly the case's own worker writes; sometimes a colleague stood in. */
  bw_case_store_set_author (demo->store, chance (demo->rand, 0.8) ? p->worker : p->colleague);
  return bw_case_store_add_contact (demo->store, case_id, iso_date (day, date, sizeof date), text,
                                    kind, minutes, with, error) != 0;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

static gboolean
add_journals (Demo        *demo,
              Person      *p,
              gint64       case_id,
              GError     **error)
{
  GRand *rand = demo->rand;
  guint32 days[8];
  guint n;
  guint n_middle;
  g_autoptr(GString) intake = g_string_new (NULL);
  g_autofree char *intake_text = NULL;

  switch (p->status)
    {
    case BW_CASE_STATUS_INTAKE:
      n = g_rand_int_range (rand, 1, 3);
      break;
    case BW_CASE_STATUS_CLOSED:
      n = g_rand_int_range (rand, 3, 9);
      break;
    case BW_CASE_STATUS_ACTIVE:
    case BW_CASE_STATUS_N:
    default:
      /* Longer-running cases can have more contacts: up to one more per
       * three months open, at most 8 in all. */
      n = MIN ((p->end - p->opened) / 90, 5);
      n = 2 + g_rand_int_range (rand, 0, n + 2);
      break;
    }

  g_string_append (intake, PICK (rand, intake_notes));
  g_string_append_c (intake, ' ');
  g_string_append (intake, p->has_debts ? PICK (rand, intake_debt_notes) : PICK (rand, intake_no_debt_notes));
  intake_text = fill (intake->str, p);
  if (!add_journal (demo, p, case_id, p->opened, intake_text, error))
    return FALSE;

  /* The closing note is the last one; the others fall in between. */
  n_middle = n - 1 - (p->status == BW_CASE_STATUS_CLOSED ? 1 : 0);
  for (guint i = 0; i < n_middle; i++)
    days[i] = random_day (rand, p->opened + (p->end > p->opened ? 1 : 0), p->end);
  qsort (days, n_middle, sizeof days[0], compare_days);
  for (guint i = 0; i < n_middle; i++)
    {
      g_autofree char *note = compose_note (demo, p);

      if (!add_journal (demo, p, case_id, days[i], note, error))
        return FALSE;
    }

  if (p->status == BW_CASE_STATUS_CLOSED)
    {
      g_autofree char *note = fill (closing_notes[p->outcome], p);

      if (!add_journal (demo, p, case_id, p->end, note, error))
        return FALSE;
    }
  return TRUE;
}

static int
clamp_score (int score)
{
  return CLAMP (score, BW_SCORE_MIN, BW_SCORE_MAX);
}

/* A note and a goal where a team writes them: on the domains that are a
 * problem (a score of 1 or 2), in the team's words. */
static void
add_zrm_notes (BwAssessment *measurement,
               Person       *p,
               guint         index,
               const int     scores[BW_DOMAIN_N])
{
  static const struct {
    BwDomain domain;
    const char *note;
    const char *goal;
  } texts[] = {
    { BW_DOMAIN_FINANCES, "Betalingsachterstanden lopen op; post wordt niet geopend.",
      "Overzicht van alle schulden en een aanmelding bij schuldhulp." },
    { BW_DOMAIN_WORK_EDUCATION, "Al lang zonder werk, weinig vertrouwen in eigen kunnen.",
      "Oriëntatiegesprek bij WerkvoorHeerlen." },
    { BW_DOMAIN_TIME_USE, "Dag en nacht lopen door elkaar, weinig om handen.",
      "Twee vaste dagdelen per week invullen, bijvoorbeeld in het buurthuis." },
    { BW_DOMAIN_HOUSING, "Huurachterstand, de woningcorporatie heeft een brief gestuurd.",
      "Betalingsregeling met de woningcorporatie." },
    { BW_DOMAIN_DOMESTIC_RELATIONS, "Veel spanning thuis, ruzies over geld.",
      "Gesprek met beide partners samen." },
    { BW_DOMAIN_MENTAL_HEALTH, "Somber, slaapt slecht; geen hulp op dit moment.",
      "Afspraak bij de huisarts of POH-GGZ." },
    { BW_DOMAIN_PHYSICAL_HEALTH, "Chronische rugklachten, beperkt in wat lukt.",
      "Samen met de huisarts kijken wat haalbaar is." },
    { BW_DOMAIN_INSTRUMENTAL_ADL, "Administratie ligt stil, rekeningen blijven liggen.",
      "Hulp bij de administratie via een vrijwilliger." },
    { BW_DOMAIN_SOCIAL_NETWORK, "Weinig mensen om op terug te vallen.",
      "Kennismaken met een activiteit in de buurt." },
    { BW_DOMAIN_PARTICIPATION, "Komt nauwelijks buiten de deur.",
      "Eén keer per week naar een activiteit in het buurthuis." },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    if (scores[texts[i].domain] != BW_SCORE_NONE && scores[texts[i].domain] <= 2)
      {
        bw_assessment_set_note (measurement, texts[i].domain, texts[i].note);
        /* A goal is set at the first measurement and followed after. */
        if (index == 0)
          bw_assessment_set_goal (measurement, texts[i].domain, texts[i].goal);
      }
}

static gboolean
add_assessments (Demo        *demo,
                 Person      *p,
                 gint64       case_id,
                 GError      **error)
{
  GRand *rand = demo->rand;
  g_autoptr(GRand) zrm = g_rand_new_with_seed ((guint32) (case_id * 104729 + 17));
  /* The domains scored before the ZRM, in the order they were drawn (the
   * last one was language's). */
  static const int old_domains[] = {
    BW_DOMAIN_FINANCES, BW_DOMAIN_WORK_EDUCATION, BW_DOMAIN_HOUSING, BW_DOMAIN_PHYSICAL_HEALTH,
    BW_DOMAIN_DOMESTIC_RELATIONS, BW_DOMAIN_SOCIAL_NETWORK, BW_DOMAIN_TIME_USE, -1,
  };
  int scores[BW_DOMAIN_N];
  guint32 span = p->end - p->opened;
  guint32 first = p->opened + g_rand_int_range (rand, 0, MIN (span, 21) + 1);
  guint n = 1;
  char date[16];

  if (p->status != BW_CASE_STATUS_INTAKE)
    {
      if (span > 90)
        n += g_rand_int_range (rand, 0, 2) + (p->status == BW_CASE_STATUS_CLOSED ? 1 : 0);
      if (span > 240 && n < 3)
        n++;
      n = MIN (n, 3);
    }

  /* A first score that fits the case: low on finances with debts, on
   * health in a care track. The domains the matrix had before the ZRM
   * draw from the demo's generator as they did (the language score is
   * drawn and left, so the rest of the demo stays as it was); the newer
   * ones from a generator of their own. */
  if (!p->has_debts)
    scores[BW_DOMAIN_FINANCES] = g_rand_int_range (rand, 3, 5);
  else if (p->debt_amount > 1500000)
    scores[BW_DOMAIN_FINANCES] = g_rand_int_range (rand, 1, 3);
  else
    scores[BW_DOMAIN_FINANCES] = g_rand_int_range (rand, 1, 4);
  scores[BW_DOMAIN_WORK_EDUCATION] = p->track == BW_TRACK_CARE ? g_rand_int_range (rand, 1, 3)
                                                               : g_rand_int_range (rand, 1, 4);
  scores[BW_DOMAIN_HOUSING] = clamp_score (g_rand_int_range (rand, 2, 5) - (p->debt_amount > 2000000 ? 1 : 0));
  scores[BW_DOMAIN_PHYSICAL_HEALTH] = p->track == BW_TRACK_CARE ? g_rand_int_range (rand, 1, 3)
                                                                : g_rand_int_range (rand, 2, 5);
  scores[BW_DOMAIN_DOMESTIC_RELATIONS] = g_rand_int_range (rand, 2, 6);
  scores[BW_DOMAIN_SOCIAL_NETWORK] = g_rand_int_range (rand, 2, 5);
  scores[BW_DOMAIN_TIME_USE] = g_rand_int_range (rand, 2, 5);
  switch (p->language)
    {
    case BW_LANGUAGE_NEED_COURSE_NEEDED:
    case BW_LANGUAGE_NEED_IN_COURSE:
      (void) g_rand_int_range (rand, 1, 3);
      break;
    case BW_LANGUAGE_NEED_SUSPECTED:
      break;
    case BW_LANGUAGE_NEED_NONE:
    case BW_LANGUAGE_NEED_N:
    default:
      (void) g_rand_int_range (rand, 4, 6);
      break;
    }
  {
    scores[BW_DOMAIN_MENTAL_HEALTH] = p->track == BW_TRACK_CARE ? g_rand_int_range (zrm, 1, 4)
                                                                : g_rand_int_range (zrm, 2, 6);
    /* Substance use, personal care and justice are mostly fine, and
     * often left unscored when they are not an issue. */
    scores[BW_DOMAIN_SUBSTANCE_USE] = g_rand_double (zrm) < 0.3 ? BW_SCORE_NONE : g_rand_int_range (zrm, 2, 6);
    scores[BW_DOMAIN_BASIC_ADL] = g_rand_double (zrm) < 0.3 ? BW_SCORE_NONE : g_rand_int_range (zrm, 4, 6);
    scores[BW_DOMAIN_INSTRUMENTAL_ADL] = clamp_score (g_rand_int_range (zrm, 2, 6) - (p->has_debts ? 1 : 0));
    scores[BW_DOMAIN_PARTICIPATION] = g_rand_int_range (zrm, 1, 5);
    scores[BW_DOMAIN_JUSTICE] = g_rand_double (zrm) < 0.4 ? BW_SCORE_NONE : g_rand_int_range (zrm, 3, 6);
  }

  bw_case_store_set_author (demo->store, p->worker);
  for (guint i = 0; i < n; i++)
    {
      guint32 day = first;
      g_autoptr(BwAssessment) measurement = g_object_new (BW_TYPE_ASSESSMENT, NULL);

      if (i > 0)
        {
          /* Spread the later ones evenly, with some slack, and let them
           * improve a little: the point of the work. */
          day = first + (guint32) ((guint64) (p->end - first) * i / (n - 1 + (p->status == BW_CASE_STATUS_CLOSED ? 0 : 1)));
          day += g_rand_int_range (rand, 0, 8);
          day = MIN (p->end, day);
          for (int d = 0; d < BW_DOMAIN_N; d++)
            {
              gboolean old = FALSE;
              double r;

              for (gsize k = 0; k < G_N_ELEMENTS (old_domains); k++)
                old = old || old_domains[k] == d;
              r = g_rand_double (old ? rand : zrm);
              /* Language's draw, kept for the sequence. */
              if (d == BW_DOMAIN_N - 1)
                (void) g_rand_double (rand);
              if (scores[d] == BW_SCORE_NONE)
                continue;
              if (r < 0.35)
                scores[d] = clamp_score (scores[d] + 1);
              else if (r < 0.43)
                scores[d] = clamp_score (scores[d] - 1);
            }
          if (i == n - 1 && (p->outcome == BW_OUTCOME_WORK || p->outcome == BW_OUTCOME_EDUCATION ||
                             p->outcome == BW_OUTCOME_BASISBAAN))
            scores[BW_DOMAIN_WORK_EDUCATION] = MAX (scores[BW_DOMAIN_WORK_EDUCATION], 4);
        }
      bw_record_set_text (BW_RECORD (measurement), "date", iso_date (day, date, sizeof date));
      for (int d = 0; d < BW_DOMAIN_N; d++)
        bw_assessment_set_score (measurement, d, scores[d]);
      add_zrm_notes (measurement, p, i, scores);
      if (bw_case_store_add_measurement (demo->store, case_id, measurement, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_actions (Demo        *demo,
             Person      *p,
             gint64       case_id,
             GError      **error)
{
  GRand *rand = demo->rand;
  Pool pools[8];
  guint n_pools = 0;
  guint n = g_rand_int_range (rand, 0, 4);
  g_autofree char *resident = g_strdup_printf ("%s %s", p->first, p->family);

  pools[n_pools++] = POOL (general_actions);
  if (p->has_debts)
    pools[n_pools++] = POOL (debt_actions);
  if (p->track == BW_TRACK_WORK)
    pools[n_pools++] = POOL (work_actions);
  if (p->track == BW_TRACK_DEVELOPMENT || p->track == BW_TRACK_BESCHUT_WERK ||
      p->track == BW_TRACK_BASISBAAN)
    pools[n_pools++] = POOL (development_actions);
  if (p->track == BW_TRACK_CARE)
    pools[n_pools++] = POOL (care_actions);
  if (p->language != BW_LANGUAGE_NEED_NONE)
    pools[n_pools++] = POOL (language_actions);
  if (p->has_kids)
    pools[n_pools++] = POOL (family_actions);
  if (is_young (p, demo))
    pools[n_pools++] = POOL (youth_actions);

  bw_case_store_set_author (demo->store, p->worker);
  for (guint i = 0; i < n; i++)
    {
      Pool pool = pools[g_rand_int_range (rand, 0, n_pools)];
      g_autofree char *what = fill (pool.items[g_rand_int_range (rand, 0, pool.n)], p);
      double r = g_rand_double (rand);
      /* "Who" is for people outside the system: the worker's own actions
       * have none, and are the work of whoever the case belongs to (the
       * server makes the demo cases their creator's at the first sync),
       * so they show on that user's My work. */
      const char *owner = r < 0.55 ? NULL : r < 0.85 ? resident : p->colleague;
      guint32 due;
      gboolean done;
      char date[16];
      gint64 action_id;

      if (p->status == BW_CASE_STATUS_CLOSED)
        {
          due = random_day (rand, p->opened, p->end);
          done = chance (rand, 0.9);
        }
      else if (p->status == BW_CASE_STATUS_INTAKE)
        {
          due = random_day (rand, demo->today, demo->today + 21);
          done = FALSE;
        }
      else
        {
          /* Around today: some overdue, most coming up. */
          due = random_day (rand, MAX (p->opened, demo->today - 30), demo->today + 45);
          done = chance (rand, due < demo->today ? 0.6 : 0.1);
        }

      action_id = bw_case_store_add_action (demo->store, case_id, what, owner,
                                            iso_date (due, date, sizeof date), error);
      if (action_id == 0)
        return FALSE;
      if (done && !bw_case_store_set_action_done (demo->store, action_id, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_involvements (Demo        *demo,
                  Person      *p,
                  gint64       case_id,
                  GError      **error)
{
  static const guint count_weights[] = { 30, 45, 25 };
  GRand *rand = demo->rand;
  Org candidates[ORG_N];
  guint n_candidates = 0;
  guint n = pick_weighted (rand, count_weights, G_N_ELEMENTS (count_weights));

  if (p->has_debts)
    {
      if (p->route == BW_DEBT_ROUTE_TEAM_SHV)
        candidates[n_candidates++] = ORG_SHV;
      else if (p->route == BW_DEBT_ROUTE_MAATJE)
        candidates[n_candidates++] = ORG_STANDBY;
      else if (p->route == BW_DEBT_ROUTE_KBL_AMICABLE || p->route == BW_DEBT_ROUTE_KBL_STATUTORY)
        candidates[n_candidates++] = ORG_KBL;
    }
  if (p->track == BW_TRACK_WORK)
    candidates[n_candidates++] = ORG_WSP;
  else if (p->track == BW_TRACK_DEVELOPMENT || p->track == BW_TRACK_BESCHUT_WERK ||
           p->track == BW_TRACK_BASISBAAN)
    candidates[n_candidates++] = ORG_WVH;
  if (p->has_kids)
    candidates[n_candidates++] = ORG_JEUGDZORG;
  if (is_young (p, demo))
    candidates[n_candidates++] = ORG_VSV;
  if (p->track == BW_TRACK_CARE || n_candidates == 0)
    candidates[n_candidates++] = ORG_HUISARTS;

  bw_case_store_set_author (demo->store, p->worker);
  for (guint i = 0; i < n && n_candidates > 0; i++)
    {
      /* Take each organisation at most once: swap the pick out. */
      guint k = g_rand_int_range (rand, 0, n_candidates);
      Org org = candidates[k];
      guint c = g_rand_int_range (rand, 0, 2);

      candidates[k] = candidates[--n_candidates];
      if (bw_case_store_add_involvement (demo->store, case_id, orgs[org].organisation,
                                         orgs[org].contacts[c], orgs[org].roles[c], error) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The household as persons and the debts per creditor (issue 17), from
 * what the case says: its composition and its estimated amount, split
 * over creditors. With a random sequence of its own per case, so that
 * the rest of the demo stays as it was. */
static const char *const demo_child_names[] = {
  "Daan", "Lotte", "Sem", "Noah", "Julia", "Levi", "Milan", "Fenna", "Luuk", "Yara",
  "Jesse", "Sara", "Finn", "Lina", "Bram", "Amira", "Ruben", "Nora", "Thijs", "Ilias",
};
static const char *const demo_adult_names[] = {
  "Marco", "Sandra", "Ronald", "Ingrid", "Patrick", "Yvonne", "Hakim", "Miriam", "Jos", "Anita",
};
static const char *const demo_partner_families[] = {
  "Smeets", "Janssen", "Hermans", "Kessels", "Pelzer", "El Idrissi", "Nowak", "Schoenmakers",
};

static gboolean
add_household_and_debts (Demo        *demo,
                         Person      *p,
                         const char  *name,
                         const char  *note,
                         int          household,
                         guint32      birth,
                         gint64       case_id,
                         GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_str_hash (name) ^ (guint32) case_id);
  gboolean partner = strstr (note, "echtpaar") != NULL || strstr (note, "samenwonend") != NULL;
  gboolean parents = strstr (note, "bij de ouders") != NULL;
  char dob[16];
  int others = household - 1;

  bw_case_store_set_author (demo->store, p->worker);
  /* Not every team has written its households out as persons yet. */
  if (others > 0 && chance (rand, 0.7))
    {
      for (int i = 0; i < others; i++)
        {
          g_autofree char *member = NULL;
          BwRelation relation;
          guint32 born;

          if (parents && i < 2)
            {
              relation = BW_RELATION_PARENT;
              born = birth - 365 * g_rand_int_range (rand, 22, 35);
              member = g_strdup_printf ("%s %s", PICK (rand, demo_adult_names), p->family);
            }
          else if (partner && i == 0)
            {
              relation = BW_RELATION_PARTNER;
              born = birth + 365 * g_rand_int_range (rand, -5, 6);
              member = g_strdup_printf ("%s %s", PICK (rand, demo_adult_names),
                                        PICK (rand, demo_partner_families));
            }
          else if (parents)
            {
              relation = BW_RELATION_SIBLING;
              born = birth + 365 * g_rand_int_range (rand, -6, 7);
              member = g_strdup_printf ("%s %s", PICK (rand, demo_child_names), p->family);
            }
          else
            {
              relation = p->has_kids ? BW_RELATION_CHILD : BW_RELATION_OTHER;
              born = MAX (birth + 365 * 18, demo->today - 365 * g_rand_int_range (rand, 1, 17));
              member = g_strdup_printf ("%s %s", PICK (rand, demo_child_names), p->family);
            }
          born = MIN (born, demo->today);
          if (bw_case_store_add_household_member (demo->store, case_id, member, iso_date (born, dob, sizeof dob),
                                                  relation, NULL, NULL, error) == 0)
            return FALSE;
        }
    }

  /* The estimated amount, split over one to four creditors. */
  if (p->has_debts && p->debt_amount > 0)
    {
      static const BwCreditor creditors[] = {
        BW_CREDITOR_BELASTINGDIENST, BW_CREDITOR_ZORGVERZEKERAAR, BW_CREDITOR_WONINGCORPORATIE,
        BW_CREDITOR_ENERGIELEVERANCIER, BW_CREDITOR_CJIB, BW_CREDITOR_GEMEENTE, BW_CREDITOR_DUO,
        BW_CREDITOR_TELECOM,
      };
      guint n = MIN ((guint) g_rand_int_range (rand, 1, 5), (guint) (p->debt_amount / 20000) + 1);
      guint first = g_rand_int_range (rand, 0, G_N_ELEMENTS (creditors));
      gint64 left = p->debt_amount;

      for (guint i = 0; i < n; i++)
        {
          BwCreditor creditor = creditors[(first + i) % G_N_ELEMENTS (creditors)];
          gint64 amount = i + 1 == n ? left : (left / (n - i)) * g_rand_int_range (rand, 50, 150) / 100;
          BwDebtStatus status = BW_DEBT_STATUS_OPEN;
          gint64 monthly = 0;
          guint32 since = random_day (rand, p->opened - 900, p->opened);

          amount = MIN (MAX (amount, 100), left - (gint64) (n - i - 1) * 100);
          left -= amount;
          if (p->route == BW_DEBT_ROUTE_KBL_AMICABLE || p->route == BW_DEBT_ROUTE_KBL_STATUTORY ||
              p->route == BW_DEBT_ROUTE_TEAM_SHV)
            status = BW_DEBT_STATUS_DEBT_HELP;
          else if (p->route == BW_DEBT_ROUTE_MAATJE && chance (rand, 0.6))
            {
              status = BW_DEBT_STATUS_ARRANGEMENT;
              monthly = MIN (amount, MAX (1000, (amount / 24) / 500 * 500));
            }
          if (bw_case_store_add_debt (demo->store, case_id, creditor, NULL, amount, status, monthly,
                                      iso_date (since, dob, sizeof dob), NULL, error) == 0)
            return FALSE;
        }
      /* And one already paid off, now and then. */
      if (chance (rand, 0.2) &&
          bw_case_store_add_debt (demo->store, case_id, BW_CREDITOR_OTHER, "Webwinkel (achteraf betalen)", 45000,
                                  BW_DEBT_STATUS_PAID_OFF, 0, NULL, NULL, error) == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
change_track (Demo        *demo,
              Person      *p,
              gint64       case_id,
              GError      **error)
{
  g_autoptr(BwCase) record = NULL;
  g_autofree char *note = NULL;
  BwTrack track;

  /* Reload, so that the update carries the stored revision. */
  record = bw_case_store_get_case (demo->store, case_id, error);
  if (record == NULL)
    return FALSE;
  track = next_track (demo->rand, bw_case_get_track (record));
  note = fill (track_change_note (demo->rand, bw_case_get_track (record), track), p);
  bw_case_set_track (record, track);
  bw_case_store_set_author (demo->store, p->worker);
  return bw_case_store_update_case (demo->store, record, note, error);
}

static gboolean
add_case (Demo    *demo,
          GError **error)
{
  static const guint status_weights[BW_CASE_STATUS_N] = {
    [BW_CASE_STATUS_INTAKE] = 15, [BW_CASE_STATUS_ACTIVE] = 65, [BW_CASE_STATUS_CLOSED] = 20,
  };
  static const guint household_weights[] = { 38, 20, 16, 13, 8, 5 };
  /* Suspected, course needed, in a course. */
  static const guint language_weights[] = { 40, 35, 25 };
  GRand *rand = demo->rand;
  g_auto(Person) p = { 0 };
  g_autoptr(BwCase) record = bw_case_new ();
  g_autofree char *name = NULL;
  g_autofree char *address = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *note = NULL;
  char dob[16];
  char opened[16];
  char closed[16];
  guint32 birth;
  int household;
  gint64 case_id;

  make_person (demo, &p);
  p.nb = pick_neighbourhood (demo);

  /* Mostly working-age adults, some older residents and school leavers. */
  if (chance (rand, 0.7))
    p.year_of_birth = g_rand_int_range (rand, 1965, 1999);
  else
    p.year_of_birth = g_rand_int_range (rand, 1950, 2007);
  birth = random_day (rand, julian_of (p.year_of_birth, 1, 1), julian_of (p.year_of_birth, 12, 31));
  birth = MIN (birth, demo->today);

  household = 1 + pick_weighted (rand, household_weights, G_N_ELEMENTS (household_weights));
  note = household_note (rand, &p, household, year_of (demo->today) - p.year_of_birth);

  p.status = pick_weighted (rand, status_weights, BW_CASE_STATUS_N);
  switch (p.status)
    {
    case BW_CASE_STATUS_INTAKE:
      /* An intake does not last long. */
      p.opened = random_day (rand, MAX (demo->start, demo->today - 56), demo->today);
      p.end = demo->today;
      p.track = BW_TRACK_NONE;
      break;
    case BW_CASE_STATUS_CLOSED:
      p.opened = random_day (rand, demo->start, MAX (demo->start, demo->today - 30));
      p.end = p.opened + g_rand_int_range (rand, 30, 541);
      p.end = MIN (demo->today, p.end);
      if (!demo->old_closed_added && demo->today > 1000)
        {
          p.opened = demo->today - 1000;
          p.end = demo->today - 800;
          demo->old_closed_added = TRUE;
        }
      p.track = pick_track (rand);
      p.outcome = pick_outcome (rand, p.track);
      break;
    case BW_CASE_STATUS_ACTIVE:
    case BW_CASE_STATUS_N:
    default:
      p.opened = random_day (rand, demo->start, demo->today);
      p.end = demo->today;
      p.track = pick_track (rand);
      break;
    }

  p.has_debts = chance (rand, 0.55);
  if (p.has_debts)
    {
      p.debt_amount = pick_debt_cents (rand);
      p.route = pick_route (rand, p.status, p.debt_amount);
      p.bedrag = bw_format_amount (p.debt_amount);
    }
  if (chance (rand, origins[p.origin].language_need))
    {
      p.language = BW_LANGUAGE_NEED_SUSPECTED +
                   pick_weighted (rand, language_weights, G_N_ELEMENTS (language_weights));
      if (p.status == BW_CASE_STATUS_INTAKE && p.language == BW_LANGUAGE_NEED_IN_COURSE)
        p.language = BW_LANGUAGE_NEED_COURSE_NEEDED;
    }

  name = g_strdup_printf ("%s %s", p.first, p.family);
  address = make_address (rand, p.nb);
  phone = g_strdup_printf ("06-%08u", (guint) g_rand_int_range (rand, 10000000, 100000000));

  bw_case_set_name (record, name);
  bw_case_set_date_of_birth (record, iso_date (birth, dob, sizeof dob));
  bw_case_set_address (record, address);
  bw_case_set_buurt_code (record, bw_neighbourhood_get_code (p.nb));
  bw_case_set_phone (record, phone);
  if (chance (rand, 0.4))
    {
      g_autoptr(GString) email = g_string_new (NULL);

      append_ascii (email, p.first);
      g_string_append_c (email, '.');
      append_ascii (email, p.family);
      if (chance (rand, 0.4))
        g_string_append_printf (email, "%02u", p.year_of_birth % 100);
      g_string_append (email, "@voorbeeld.nl");
      bw_case_set_email (record, email->str);
    }
  bw_case_set_household_size (record, household);
  bw_case_set_household_note (record, note);
  bw_case_set_status (record, p.status);
  bw_case_set_track (record, p.track);
  bw_case_set_opened_on (record, iso_date (p.opened, opened, sizeof opened));
  bw_case_set_has_debts (record, p.has_debts);
  bw_case_set_debt_amount (record, p.debt_amount);
  bw_case_set_debt_route (record, p.route);
  bw_case_set_language_need (record, p.language);
  if (p.status == BW_CASE_STATUS_CLOSED)
    {
      g_autofree char *outcome_note = fill (outcome_notes[p.outcome], &p);

      bw_case_set_outcome (record, p.outcome);
      bw_case_set_outcome_note (record, outcome_note);
      bw_case_set_closed_on (record, iso_date (p.end, closed, sizeof closed));
    }

  bw_case_store_set_author (demo->store, p.worker);
  if (!bw_case_store_insert_case (demo->store, record, error))
    return FALSE;
  case_id = bw_case_get_id (record);

  if (!add_journals (demo, &p, case_id, error) ||
      !add_assessments (demo, &p, case_id, error) ||
      !add_actions (demo, &p, case_id, error) ||
      !add_involvements (demo, &p, case_id, error) ||
      !add_household_and_debts (demo, &p, name, note, household, birth, case_id, error))
    return FALSE;

  /* Last, because the store dates a track change today: the notes and
   * actions before it belong to the first track. */
  if (p.status == BW_CASE_STATUS_ACTIVE && chance (rand, 0.25))
    return change_track (demo, &p, case_id, error);
  return TRUE;
}

gboolean
bw_demo_data_fill (BwCaseStore  *store,
                   guint         n_cases,
                   guint32       seed,
                   GError      **error)
{
  g_autoptr(GRand) rand = NULL;
  g_autofree char *original_author = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) noord = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GArray) noord_weights = NULL;
  g_autoptr(GArray) rest_weights = NULL;
  guint y, m, d;
  Demo demo;
  gboolean ok = TRUE;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rand = g_rand_new_with_seed (seed);
  noord = g_ptr_array_new_with_free_func (g_object_unref);
  rest = g_ptr_array_new_with_free_func (g_object_unref);
  noord_weights = g_array_new (FALSE, FALSE, sizeof (guint));
  rest_weights = g_array_new (FALSE, FALSE, sizeof (guint));

  demo = (Demo) {
    .store = store,
    .rand = rand,
    .noord = noord,
    .noord_weights = noord_weights,
    .rest = rest,
    .rest_weights = rest_weights,
  };
  add_neighbourhoods (&demo, bw_case_store_get_neighbourhoods (store));
  if (noord->len == 0 && rest->len == 0)
    {
      g_set_error_literal (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                           _("There are no neighbourhoods to add demo cases to"));
      return FALSE;
    }

  today = bw_date_today ();
  if (sscanf (today, "%u-%u-%u", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                   _("Today’s date could not be read: %s"), today);
      return FALSE;
    }
  demo.today = julian_of (y, m, d);
  demo.start = MIN (julian_of (2023, 1, 1), demo.today);

  original_author = g_strdup (bw_case_store_get_author (store));

  if (!bw_case_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_cases && ok; i++)
    ok = add_case (&demo, error);
  if (ok)
    ok = bw_case_store_commit (store, error);
  else
    bw_case_store_rollback (store);

  if (original_author != NULL)
    bw_case_store_set_author (store, original_author);
  return ok;
}

/* Planning */

typedef struct {
  const char *name;
  const char *address;
  const char *buurt_code;
  BwPlaceKind kind;
  double lat, lon;
} DemoPlace;

static const DemoPlace demo_places[] = {
  { "Buurthuis Passart", "Passartweg 20, Heerlen", "BU09172100", BW_PLACE_KIND_COMMUNITY_CENTRE, 50.9237, 5.9486 },
  { "Ontmoetingscentrum MSP", "Meezenbroekerweg, Heerlen", "BU09173202", BW_PLACE_KIND_COMMUNITY_CENTRE, 50.8986, 5.9888 },
  { "Zuyderland, leslokaal", "Henri Dunantstraat 5, Heerlen", "BU09173602", BW_PLACE_KIND_EMPLOYER, 50.8675, 5.9716 },
};

typedef struct {
  const char *title;
  BwOfferKind kind;
  const char *target_group;
  const char *description;
  const char *trainer;
  const char *partner;
  const char *buurt_code;
  int capacity;
  BwOfferStatus status;
  guint place;
  int first_week;      /* weeks from @monday */
  int weekday;         /* 1 = Monday */
  const char *start, *end;
  guint n_sessions;
} DemoOffer;

static const DemoOffer demo_offers[] = {
  { "Taalcursus Nederlands (A1–A2)", BW_OFFER_KIND_LANGUAGE, "Bewoners die Nederlands willen leren",
    "Acht ochtenden Nederlands voor het dagelijks leven: gesprekken, brieven, formulieren.",
    "Anja Hermans", "Vista college", "BU09172100", 12, BW_OFFER_STATUS_OPEN, 0, -1, 2, "09:30", "12:00", 8 },
  { "Digitale vaardigheden", BW_OFFER_KIND_DIGITAL, "Wie moeite heeft met DigiD, e-mail en online formulieren",
    "Werken met de computer en de telefoon: DigiD, Mijn Overheid, e-mail, online solliciteren.",
    "Ruud Janssen", "Bibliotheek Heerlen", "BU09173202", 10, BW_OFFER_STATUS_RUNNING, 1, -2, 4, "13:30", "15:30", 6 },
  { "Sollicitatietraining", BW_OFFER_KIND_JOB_APPLICATION, "Werkzoekenden op het werktraject",
    "Cv, motivatiebrief en gesprekken oefenen, samen met werkgevers uit Parkstad.",
    "Anja Hermans", "WSP Parkstad", "BU09172100", 8, BW_OFFER_STATUS_OPEN, 0, 0, 3, "10:00", "12:00", 4 },
  { "Oriëntatie op werken in de zorg", BW_OFFER_KIND_SECTOR, "Bewoners die in de zorg willen werken",
    "Meelopen en kennismaken met werk in de zorg, met een stageplek als vervolg.",
    "Marieke Vossen", "Zuyderland", "BU09173602", 12, BW_OFFER_STATUS_OPEN, 2, 1, 1, "13:00", "16:00", 3 },
};

static char *
demo_date (GDate      *monday,
           int         weeks,
           int         weekday)
{
  GDate day = *monday;
  int offset = weeks * 7 + (weekday - 1);

  if (offset >= 0)
    g_date_add_days (&day, offset);
  else
    g_date_subtract_days (&day, -offset);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
}

/* Active demo cases to refer, in id order (deterministic). */
static GArray *
demo_case_ids (BwCaseStore *store,
               const char  *sql,
               guint        limit)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (bw_case_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    return ids;
  sqlite3_bind_int (stmt, 1, limit);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

static gboolean
refer_and_place (BwPlanning  *planning,
                 const char  *offer_uuid,
                 GArray      *ids,
                 gboolean     place,
                 GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BwEnrolment) e = bw_planning_refer_case (planning, offer_uuid, g_array_index (ids, gint64, i), error);

      if (e == NULL)
        return FALSE;
      if (place && !bw_planning_place (planning, bw_enrolment_get_uuid (e), error))
        return FALSE;
    }
  return TRUE;
}

/* The Monday of the week of @monday (NULL: today). */
static gboolean
demo_monday (const char  *monday,
             GDate       *start,
             GError     **error)
{
  g_date_clear (start, 1);
  if (monday != NULL)
    g_date_set_parse (start, monday);
  else
    {
      g_autofree char *today = bw_date_today ();
      g_date_set_parse (start, today);
    }
  if (!g_date_valid (start))
    {
      g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED, "demo planning: bad date");
      return FALSE;
    }
  g_date_subtract_days (start, g_date_get_weekday (start) - G_DATE_MONDAY);
  return TRUE;
}

/* The trainer's part: places, offers, sessions. */
static gboolean
add_offers (BwCaseStore  *store,
            BwPlanning   *planning,
            GDate        *start,
            GPtrArray    *offer_uuids,
            GError      **error)
{
  g_autoptr(GPtrArray) place_uuids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (demo_places); i++)
    {
      g_autoptr(BwPlace) place = bw_place_new ();

      bw_place_set_name (place, demo_places[i].name);
      bw_place_set_address (place, demo_places[i].address);
      bw_place_set_buurt_code (place, demo_places[i].buurt_code);
      bw_place_set_kind (place, demo_places[i].kind);
      bw_place_set_location (place, demo_places[i].lat, demo_places[i].lon);
      if (!bw_case_store_insert_place (store, place, error))
        return FALSE;
      g_ptr_array_add (place_uuids, g_strdup (bw_place_get_uuid (place)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo_offers); i++)
    {
      const DemoOffer *d = &demo_offers[i];
      g_autoptr(BwOffer) offer = bw_offer_new ();
      g_autoptr(BwSession) first = bw_session_new ();
      g_autofree char *first_date = demo_date (start, d->first_week, d->weekday);
      g_autofree char *last_date = demo_date (start, d->first_week + (int) d->n_sessions - 1, d->weekday);

      bw_offer_set_title (offer, d->title);
      bw_offer_set_kind (offer, d->kind);
      bw_offer_set_target_group (offer, d->target_group);
      bw_offer_set_description (offer, d->description);
      bw_offer_set_trainer (offer, d->trainer);
      bw_offer_set_partner (offer, d->partner);
      bw_offer_set_buurt_code (offer, d->buurt_code);
      bw_offer_set_capacity (offer, d->capacity);
      bw_offer_set_status (offer, d->status);
      bw_offer_set_first_date (offer, first_date);
      bw_offer_set_last_date (offer, last_date);
      if (!bw_planning_save_offer (planning, offer, error))
        return FALSE;
      g_ptr_array_add (offer_uuids, g_strdup (bw_offer_get_uuid (offer)));

      bw_session_set_offer_uuid (first, bw_offer_get_uuid (offer));
      bw_session_set_date (first, first_date);
      bw_session_set_start_time (first, d->start);
      bw_session_set_end_time (first, d->end);
      bw_session_set_place_uuid (first, g_ptr_array_index (place_uuids, d->place));
      if (!bw_planning_add_recurring_sessions (planning, first, 1, d->n_sessions, NULL, TRUE,
                                               NULL, NULL, error))
        return FALSE;
    }

  /* One deliberate double booking, as happens: an extra job-application
   * session next week on the Tuesday morning of the Dutch course, same
   * trainer and same room. Saved after confirming, so it stays marked. */
  {
    g_autoptr(BwSession) extra = bw_session_new ();
    g_autofree char *tuesday = demo_date (start, 1, 2);

    bw_session_set_offer_uuid (extra, g_ptr_array_index (offer_uuids, 2));
    bw_session_set_date (extra, tuesday);
    bw_session_set_start_time (extra, "11:00");
    bw_session_set_end_time (extra, "12:30");
    bw_session_set_place_uuid (extra, g_ptr_array_index (place_uuids, 0));
    if (!bw_planning_save_session (planning, extra, TRUE, NULL, error))
      return FALSE;
  }
  return TRUE;
}

/* The team's part: referrals from the demo cases, 14 with a language
 * need for the Dutch course, 6 for digital skills, 3 to the
 * job-application training. With @place, each is placed at once (12
 * placed and 2 waiting, 6 placed, the 3 not placed yet), as one desktop
 * that does both would; else the trainer places them later. */
static gboolean
add_referrals (BwCaseStore  *store,
               BwPlanning   *planning,
               GPtrArray    *offer_uuids,
               gboolean      place,
               GError      **error)
{
  g_autoptr(GArray) language = demo_case_ids (store, "SELECT id FROM cases WHERE deleted = 0"
                                                     " AND status = 'active' AND language_need IN"
                                                     " ('suspected', 'course_needed') ORDER BY id LIMIT ?1", 14);
  g_autoptr(GArray) digital = demo_case_ids (store, "SELECT id FROM cases WHERE deleted = 0"
                                                    " AND status = 'active' AND language_need = 'none'"
                                                    " ORDER BY id LIMIT ?1", 9);
  g_autoptr(GArray) work = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (digital->len > 6)
    {
      g_array_append_val (work, g_array_index (digital, gint64, digital->len - 1));
      g_array_remove_index (digital, digital->len - 1);
    }
  return refer_and_place (planning, g_ptr_array_index (offer_uuids, 0), language, place, error) &&
         refer_and_place (planning, g_ptr_array_index (offer_uuids, 1), digital, place, error) &&
         refer_and_place (planning, g_ptr_array_index (offer_uuids, 2), work, FALSE, error);
}

/* The demo offers as this store has them (from the trainer, through the
 * server), in the order of demo_offers[]. */
static GPtrArray *
find_demo_offers (BwCaseStore  *store,
                  GError      **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (demo_offers); i++)
    {
      sqlite3_stmt *stmt = NULL;
      char *uuid = NULL;

      if (sqlite3_prepare_v2 (bw_case_store_get_db (store),
                              "SELECT uuid FROM offers WHERE deleted = 0 AND title = ?1 ORDER BY id LIMIT 1",
                              -1, &stmt, NULL) != SQLITE_OK)
        {
          g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED, "demo planning: %s",
                       sqlite3_errmsg (bw_case_store_get_db (store)));
          return NULL;
        }
      sqlite3_bind_text (stmt, 1, demo_offers[i].title, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      if (uuid == NULL)
        {
          g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED,
                       "demo planning: the offer “%s” is not in this database", demo_offers[i].title);
          return NULL;
        }
      g_ptr_array_add (uuids, uuid);
    }
  return g_steal_pointer (&uuids);
}

gboolean
bw_demo_data_fill_planning (BwCaseStore  *store,
                            const char   *monday,
                            GError      **error)
{
  g_autoptr(BwPlanning) planning = NULL;
  g_autoptr(GPtrArray) offer_uuids = g_ptr_array_new_with_free_func (g_free);
  GDate start;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), FALSE);

  if (!demo_monday (monday, &start, error))
    return FALSE;
  planning = bw_planning_new (store);
  if (!bw_case_store_begin (store, error))
    return FALSE;
  if (!add_offers (store, planning, &start, offer_uuids, error) ||
      !add_referrals (store, planning, offer_uuids, TRUE, error))
    {
      bw_case_store_rollback (store);
      return FALSE;
    }
  return bw_case_store_commit (store, error);
}

gboolean
bw_demo_data_fill_offers (BwCaseStore  *store,
                          const char   *monday,
                          GError      **error)
{
  g_autoptr(BwPlanning) planning = NULL;
  g_autoptr(GPtrArray) offer_uuids = g_ptr_array_new_with_free_func (g_free);
  GDate start;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), FALSE);

  if (!demo_monday (monday, &start, error))
    return FALSE;
  planning = bw_planning_new (store);
  if (!bw_case_store_begin (store, error))
    return FALSE;
  if (!add_offers (store, planning, &start, offer_uuids, error))
    {
      bw_case_store_rollback (store);
      return FALSE;
    }
  return bw_case_store_commit (store, error);
}

gboolean
bw_demo_data_refer (BwCaseStore  *store,
                    GError      **error)
{
  g_autoptr(BwPlanning) planning = NULL;
  g_autoptr(GPtrArray) offer_uuids = NULL;

  g_return_val_if_fail (BW_IS_CASE_STORE (store), FALSE);

  offer_uuids = find_demo_offers (store, error);
  if (offer_uuids == NULL)
    return FALSE;
  planning = bw_planning_new (store);
  if (!bw_case_store_begin (store, error))
    return FALSE;
  if (!add_referrals (store, planning, offer_uuids, FALSE, error))
    {
      bw_case_store_rollback (store);
      return FALSE;
    }
  return bw_case_store_commit (store, error);
}

gboolean
bw_demo_data_place (BwCaseStore  *store,
                    GError      **error)
{
  g_autoptr(BwPlanning) planning = NULL;
  g_autoptr(GPtrArray) offer_uuids = NULL;
  g_autoptr(GPtrArray) referred = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (BW_IS_CASE_STORE (store), FALSE);

  offer_uuids = find_demo_offers (store, error);
  if (offer_uuids == NULL)
    return FALSE;
  /* The Dutch course and digital skills, in the order of referral (the
   * waiting list's order); the job-application training waits. */
  for (guint i = 0; i < 2; i++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (bw_case_store_get_db (store),
                              "SELECT uuid FROM enrolments WHERE deleted = 0 AND offer_uuid = ?1"
                              " AND status = 'referred' ORDER BY referred_at, id", -1, &stmt, NULL) != SQLITE_OK)
        {
          g_set_error (error, BW_STORE_ERROR, BW_STORE_ERROR_FAILED, "demo planning: %s",
                       sqlite3_errmsg (bw_case_store_get_db (store)));
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (offer_uuids, i), -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (referred, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);
    }

  planning = bw_planning_new (store);
  if (!bw_case_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < referred->len; i++)
    if (!bw_planning_place (planning, g_ptr_array_index (referred, i), error))
      {
        bw_case_store_rollback (store);
        return FALSE;
      }
  return bw_case_store_commit (store, error);
}
