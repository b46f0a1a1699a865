// entity_lexicon.cpp — the hand-written lists behind entity_lexicon.h, merged into one hash table
// (word -> bit set of the lists holding it) so that a word costs one probe whatever is asked about it.
#include "core/lexicon/entity_lexicon.h"

#include <cstdint>

#include "core/detail/str_hash.h"
#include "core/detail/word_match.h"
#include "core/lexicon/titles.h"

namespace lede::lexicon {
namespace {

using SV = std::string_view;

const SV kLowerTitles[] = {
    "activist", "actor", "actress", "adviser", "advisor", "ambassador", "analyst", "artist", "attorney", "author",
    "brother", "candidate", "captain", "ceo", "chairman", "chairwoman", "chancellor", "chief", "citizen", "coach",
    "colonel", "commander", "correspondent", "counterpart", "daughter", "deputy", "director", "doctor", "economist",
    "editor", "emir", "envoy", "executive", "expert", "father", "founder", "general", "governor", "head", "husband",
    "journalist", "judge", "king", "lawmaker", "lawyer", "leader", "mayor", "member", "minister", "mother", "mp",
    "musician", "negotiator", "novelist", "officer", "official", "opponent", "physician", "player", "poet",
    "predecessor", "premier", "president", "prince", "princess", "professor", "queen", "reporter", "researcher",
    "resident", "secretary", "senator", "sergeant", "sheikh", "singer", "sister", "son", "speaker",
    "spokesman", "spokesperson", "spokeswoman", "star", "striker", "successor", "sultan", "wife", "writer",
    // occupations that stand before a bare name ("fashion designer Halston", "defender Kyle Walker")
    "academic", "architect", "artists", "astronaut", "athlete", "authors", "barrister", "billionaire",
    "bishop", "boxer", "businessman", "businesswoman", "campaigner", "cardinal", "cartoonist", "chef", "co-founder",
    "columnist", "comedian", "composer", "cosplayer", "creator", "critic", "curator", "cyclist", "dancer",
    "defender", "designer", "diplomat", "drummer", "entrepreneur", "filmmaker", "goalkeeper",
    "guitarist", "historian", "illustrator", "imam", "investor", "midfielder", "musicians", "nurse",
    "painter", "philosopher", "photographer", "photographers", "pianist", "pilot", "playwright", "presenter",
    "priest", "producer", "prosecutor", "publishers", "rabbi", "rapper", "referee", "scientist", "sculptor",
    "singer-songwriter", "soldier", "student", "teacher", "tycoon", "veteran", "winger",
    "engineer", "explorer", "inventor", "mountaineer", "navigator", "politician", "surgeon", "botanist",
    "mathematician", "physicist", "chemist", "biologist", "geologist", "astronomer", "archaeologist",
    // sport's, music's and scholarship's, as an encyclopedia's first sentence names them ("… is a Norwegian
    // footballer who plays for Brann"); not "bowler", "pitcher", "driver", "model": things too
    "footballer", "cricketer", "golfer", "swimmer", "sprinter", "wrestler", "skier", "rower", "jockey", "gymnast",
    "batsman", "quarterback", "songwriter", "lyricist", "vocalist", "bassist", "violinist", "cellist",
    "saxophonist", "screenwriter", "philanthropist", "statesman", "scholar", "linguist", "theologian",
    "sociologist", "psychologist", "anthropologist", "missionary", "nobleman", "noblewoman", "aristocrat",
    // athletics' and the other games' ("Ethiopian runner Tesfaye Abera"; not "rider", "jumper", "diver": a
    // contract's, a sweater's, a phrase's too)
    "runner", "marathoner", "hurdler", "decathlete", "heptathlete", "triathlete", "biathlete", "weightlifter",
    "judoka", "fencer", "skater", "snowboarder", "sailor", "umpire",
};

const SV kOrgWords[] = {
    "AB", "Academy", "Administration", "Aerospace", "AG", "Agencies", "Agency", "Airforce", "Airlines", "Airways",
    "Alliance", "Army", "ASA", "Assembly", "Association", "Authorities", "Authority", "Automotive", "B.V.", "Bancorp",
    "Band", "Bank", "Bankshares", "Battalion", "Berhad", "Beverages", "Bhd", "Board", "Breweries", "Brewery", "Brigade",
    "Brigades", "Broadcasting", "Bros", "Brotherhood", "Brothers", "Bureau", "BV", "Cabinet", "Capital", "Caucus",
    "Cell", "Centers", "Centres", "Chamber", "Channel", "Chemical", "Chemicals", "Choir", "Chronicle", "Church",
    "Clinic", "Club", "Co", "Co.", "Coalition", "College", "Command", "Commissariat", "Commission", "Committee",
    "Company", "Conservatory", "Congress", "Confederation",
    "Conservatives", "Consortium", "Cooperative", "Corp", "Corp.", "Corporation", "Corps", "Cos", "Cos.", "Council",
    "Courier", "Court", "Courts", "Daily", "Democrats", "Department", "Diplomacy", "Directorate", "Dispatch",
    "Division", "Electric", "Electronics", "Energy", "Enquirer", "Ensemble", "Enterprises", "Entertainment", "Examiner",
    "Exchange", "Federal", "Federation", "Financial", "Foods", "Force", "Forces", "Foundation", "Front", "Fund",
    "Gazette", "GmbH", "Government", "Greens", "Group", "Guard", "Guardian", "Guards", "Herald", "Holding", "Holdings",
    "Hospital", "House", "Inc", "Inc.", "Incorporated", "Industries", "Industry", "Infirmary", "Initiative", "Inquirer",
    "Institute", "Institution", "Insurance", "Investments", "Journal", "KGaA", "Laboratories", "Laboratory", "Labs",
    "League", "Legion", "Legislature", "Liberals", "Library", "Limited", "L.L.C.", "LLC", "LLP", "L.P.", "Logistics",
    "Ltd", "Ltd.", "Ltda",
    "Liga", "Ligue",  // a league's word as Spanish, German and French write it ("La Liga", "Liga MX", "Ligue 1")
    "Magazine", "Media",
    "Minerals", "Mining", "Ministry", "Mission", "Motors", "Movement", "Museum", "N.V.", "Navy", "Network", "News",
    "Newspaper", "Newsroom", "NV", "Observatory", "Observer", "Office", "Oil", "Orchestra", "Organisation",
    "Organization", "Oy", "Oyj",
    "Parliament", "Partners", "Party", "Petroleum", "Pharma", "Pharmaceuticals", "Philharmonic", "Pictures",
    "Platforms", "PLC", "Plc", "plc", "Police", "Post", "Press", "Program", "Programme", "Project", "Properties",
    "Prosecution", "Prosecutors", "Pty", "Publishers", "Publishing", "Radio", "Realty", "Records", "Regiment",
    "Republicans", "Reserve", "Resources", "S.A.", "S.p.A.", "SA", "School", "Schools", "Secretariat", "Securities",
    "Semiconductor", "Senate", "Sentinel", "Service", "Services", "Shipping", "Socialists", "Society", "Software",
    "SpA", "Squad", "Steel", "Studios", "Syndicate", "Systems", "Tbk", "Team", "Technologies", "Technology", "Telecom",
    "Telecommunications", "Telegram", "Telegraph", "Television", "Times", "Treasury", "Tribunal", "Tribune", "Trust",
    "TV", "Union", "Unit", "United", "University", "Ventures", "Watch", "Weekly", "Workers",
    "Scouts",  // "the Boy Scouts of America", "Girl Scouts": no person is "Boy Scouts"
    // a trade's word that ends firms' names ("Aegean Star Maritime", "Kelby Tankers"): before, a first name
    // opening the name made a person of it ("Star Maritime"). Only words no training text holds: with "Solutions"
    // and "Recordings" too the retrained model's leave-one-corpus-out means fell on GUM news (-0.0012, 2 / 6).
    "Maritime", "Productions", "Tankers",
    "Nation", "Tribe",  // a people's government: "the Navajo Nation", "the Ute Mountain Ute Tribe"
    // a trade a firm's name ends on ("Dalvik Construction", "Kelvar Therapeutics"); not "International",
    // "Networks", "Metals": a business unit's or a season's too; nor "Trading": a topic's ("Forex Trading")
    "Airline", "Biosciences", "Brewing", "Builders", "Communications", "Construction", "Engineering", "Healthcare",
    "Hotels", "Railways", "Resorts", "Robotics", "Semiconductors", "Shipyards", "Textiles", "Therapeutics",
    "Aviation", "Colliery", "Foundry", "Ironworks", "Steelworks", "Cycles", "Railway", "Aluminium", "Aluminum",
    // German for "works", a maker's last word ("Kelby Werke", "Bayerische Motoren Werke")
    "Werke",
    // a group that sings together ("the Varnholm Choir"); not "Quartet", "Trio": works are named so too ("his
    // Dumky Trio", "the American String Quartet"), nor "Band": a radio's or a wedding's
    "Choir",
    // a navy's or an air force's unit ("the Home Fleet", "the Kelby Squadron"), beside "Battalion" and "Regiment",
    // and an army's regiments, named for their arm ("the Royal Welch Fusiliers", "the 11th Hussars", "the Royal
    // Artillery": "Royal" and "Welch" are first names in the lists, and made a person of the regiment)
    "Fleet", "Squadron",
    "Artillery", "Borderers", "Cavalry", "Dragoons", "Fusiliers", "Grenadiers", "Hussars", "Infantry", "Lancers",
    "Yeomanry",
    // a force that keeps order ("Royal Ulster Constabulary"); not "Patrol": a show's too ("Paw Patrol")
    "Constabulary", "Gendarmerie",
    // a church's see ("Diocese of Varnholm"): a body, as its bishop's office
    "Archdiocese", "Diocese",
    // a sports club's letters ("Valencia CF", "Rosenborg BK", "Partizan FK"); not "IF", "AC", "SC", "HC" (English
    // words or states in a headline in capitals), nor "AFC", "FF" (a conference, a party: names of their own)
    "A.F.C.", "BK", "C.F.", "CF", "F.C.", "FC", "FK", "IK", "RFC",
};

const SV kPlaceWords[] = {
    "Airport", "Avenue", "Base", "Basin", "Bay", "Beach", "Border", "Boulevard", "Bridge", "Building", "Camp", "Canal",
    "Cape", "Castle", "Cathedral", "Cave", "Caves", "Center", "Centre", "Channel", "Checkpoint", "City", "Coast",
    "Compound", "Continent", "Corridor", "County", "Crossing", "Dam", "Delta", "Desert", "District", "Emirate",
    "Emirates", "Enclave", "Factory", "Falls", "Field", "Fields", "Forest", "Fortress", "Frontier", "Galleries",
    "Gallery", "Garden", "Gardens", "Glacier", "Governorate", "Gulf", "Hall", "Harbor", "Harbour", "Heights",
    "Highlands", "Hill", "Hills", "Hotel", "Island", "Islands", "Jail", "Junction", "Kingdom", "Lake", "Lakes", "Mall",
    "Mosque", "Mount", "Mountain", "Mountains",
    "Neighborhood", "Neighbourhood", "Oblast", "Ocean", "Palace", "Park", "Pass", "Peninsula", "Penitentiary", "Pier",
    "Plains", "Plateau", "Plaza", "Port", "Prefecture", "Prison", "Province", "Quarter", "Reef", "Region", "Republic",
    "River", "Road", "Sea", "Settlement", "Sound", "Springs", "Square", "Stadium", "Station", "Strait", "Straits",
    "Street", "Strip", "Synagogue", "Temple", "Terminal", "Territories", "Territory", "Tower", "Towers", "Town",
    "Valley", "Village", "Zone",
    // the land's own features ("Sandy Creek", "Hancock Pond": a first name before them names no person)
    "Archipelago", "Atoll", "Bayou", "Canyon", "Creek", "Fjord", "Gorge", "Inlet", "Lagoon", "Oasis", "Pond",
    "Range", "Ranges", "Reservoir", "Shelf", "Volcano",
    "Cove", "Crater", "Dunes", "Estuary", "Isthmus", "Lowlands", "Steppe", "Wetlands",
    // land kept wild ("the Glacier Peak Wilderness", "Kelby Sanctuary"; not "Reserve": a bank's, "Federal Reserve")
    "Preserve", "Sanctuary", "Wilderness",
    // what is built to cross, land at, race on or play in ("the Orrin Tunnel", "Kelby Wharf", "the Kelby Arena";
    // not "Circuit": a court's too, "the 10th Circuit")
    "Aqueduct", "Arena", "Lighthouse", "Quay", "Racecourse", "Speedway", "Tunnel", "Velodrome", "Viaduct", "Wharf",
    // a line's track and its stations ("the Sandy River Railroad": a first name before it names no person; the
    // gold sets mark railroads places, "Railway" stays a firm's word)
    "Railroad",
    // a realm or a local government's area ("Duchy of Kelby", "Kelby Township"), an abbey's grounds
    "Abbey", "Borough", "Caliphate", "Canton", "Duchy", "Empire", "Municipality", "Parish", "Principality", "Priory",
    "Sultanate", "Township",
    // a street's kind as addresses and directions abbreviate it ("Carver St", "Elm Rd", "Marsh Blvd"): a name
    // before one is the street's, not a person's ("Dr" is left out: before a name it is a doctor)
    "Ave", "Blvd", "Hwy", "Ln", "Pkwy", "Rd", "St",
    // a street's kind as British addresses write it ("Mill Lane", "Kelby Crescent"; not "Close": "Chuck Close")
    "Crescent", "Lane", "Mews", "Terrace",
    // roads between towns and ways along water ("the Bruce Highway", "the Kelby Expressway", "Orrin Drive", "the
    // Tessvik Esplanade"; not "Way", "Trail", "Place", "Circle": a song's, a book's or a group's last word as often)
    "Boardwalk", "Bypass", "Causeway", "Drive", "Embankment", "Esplanade", "Expressway", "Freeway", "Highway",
    "Motorway", "Parkway", "Promenade", "Turnpike",
    // German's, last after a hyphen ("Friedrich-Ebert-Anlage", "Karl-Marx-Allee", "Willy-Brandt-Platz": a street
    // or square named after a person; not "Ring", "Weg": English words and names too)
    "Allee", "Anlage", "Brücke", "Chaussee", "Damm", "Gasse", "Platz", "Straße", "Strasse", "Ufer",
    // a stadium as German, Dutch and the Nordic languages name it ("Ullevaal Stadion", "Philips Stadion")
    "Stadion",
};

const SV kPlacePrefixes[] = {
    "Bay", "Cape", "Fort", "Gaza", "Gulf", "Isle", "Kingdom", "Lake", "Mount", "Mt", "Mt.", "Port", "Republic",
    "Sea", "Strait", "Straits",  // (not "State": "State Duma", "State Council", "State Bank" are bodies)
    // (and "River", though a first name too: in the training sets "River" and a name is a river 14 times, a person
    // never; Scottish and Irish lakes)
    "River", "Loch", "Lough",
    // Arabic: mountain, village, mosque, valley, house, monastery, bridge, ruin, river, and "Maarat" of towns
    "Jabal", "Jebel", "Kafr", "Masjid", "Wadi", "Beit", "Deir", "Jisr", "Khirbet", "Nahr", "Maarat",
    // the same words in French, Spanish, Italian, Portuguese and Polish ("Pointe-Noire", "Plaza de Mayo",
    // "Lago Maggiore", "Plac Wolnosci"); not those that are names too ("Costa", "Rio", "Val", "Villa", "San")
    "Anse", "Avenida", "Bahia", "Bahía", "Baie", "Calle", "Catedral", "Cerro", "Ciudad", "Île", "Ile", "Isla",
    "Isola", "Lac", "Lago", "Mont", "Monte", "Paseo", "Piazza", "Plac", "Playa", "Pointe", "Ponte", "Praça", "Puerto",
    "Rua", "Rue", "Sierra",
    // their stadiums, airports, palaces, castles, churches and parks ("Estadio Azteca", "Stade de France",
    // "Aeropuerto de Barajas", "Palazzo Chigi", "Parque Ibirapuera"): a name after them is the building's
    "Aeroporto", "Aeropuerto", "Aéroport", "Castello", "Castillo", "Château", "Église", "Estadio", "Estádio",
    "Iglesia", "Igreja", "Palacio", "Palácio", "Palais", "Palazzo", "Parc", "Parco", "Parque", "Stade", "Stadio",
    // and their railway stations ("Gare du Midi", "Estación de Atocha", "Stazione Termini")
    "Estación", "Estação", "Gare", "Stazione",
};

const SV kCompass[] = {
    "Central", "East", "Eastern", "Greater", "Lower", "North", "North-East", "North-West", "Northeast",
    "Northeastern", "Northern", "Northwest", "Northwestern", "South", "South-East", "South-West", "Southeast",
    "Southeastern", "Southern", "Southwest", "Southwestern", "Upper", "West", "Western",
};

const SV kKnownOrgs[] = {
    "AFP", "AP", "Al Jazeera", "Al-Jazeera", "Amnesty", "Amnesty International", "Associated Press", "Axios", "BBC",
    "Bloomberg", "Bundestag", "CIA", "CNN", "Congress", "Doctors Without Borders", "Duma", "EU", "European Union",
    "Europol", "FBI", "FIFA", "Fatah", "Financial Times", "Fox News", "Haaretz", "Hamas", "Hezbollah", "Hizbollah",
    "Hizbullah", "Houthi", "Houthis", "Human Rights Watch", "ICC", "ICJ", "IDF", "IMF", "IOC", "ISIL", "ISIS",
    "Interpol", "Islamic Jihad", "Islamic State", "Jerusalem Post", "Knesset", "Likud", "Medecins Sans Frontieres",
    "Médecins Sans Frontières", "Mossad", "Muslim Brotherhood", "NATO", "NSA", "New York Times", "OPEC",
    "Parliament", "Politburo", "Politico", "Red Crescent", "Red Cross", "Reporters Without Borders", "Reuters",
    "Save the Children", "Security Council", "Senate", "Sky News", "Taliban", "Times of Israel",
    "Transparency International", "UEFA", "UN", "U.N.", "UNESCO", "UNHCR", "UNICEF", "UNRWA", "United Nations", "WHO",
    "Wall Street Journal", "Washington Post", "World Bank", "Xinhua",
    // parties, agencies and platforms news names bare, often sentence-initially ("Labour has a plan")
    "Al Qaeda", "Al-Qaeda", "Al-Shabaab", "Boko Haram", "CBS", "Facebook", "GOP", "Google", "Instagram", "KCNA",
    "Labour", "Microsoft", "NBC", "NPR", "Netflix", "PBS", "TikTok", "Tories", "Twitter", "WikiLeaks", "Wikinews",
    "Wikipedia", "Yonhap", "YouTube", "BlackRock", "Citigroup", "Goldman Sachs", "JPMorgan", "JPMorgan Chase",
    "Morgan Stanley", "Wells Fargo", "Deutsche Bahn", "Deutsche Telekom", "Deutsche Welle",
    "Fianna Fail", "Fianna Fáil", "Fine Gael", "Sinn Fein", "Sinn Féin",  // Ireland's parties
    // newspapers the news cites by their own names, an article or a particle first ("an interview with Le Monde":
    // the particle made a person's surname of it)
    "Le Monde", "Le Figaro", "Le Parisien", "Le Soir", "Libération", "El País", "El Pais", "El Mundo",
    "La Repubblica", "La Stampa", "Corriere della Sera", "Der Spiegel", "Die Zeit", "Die Welt", "Handelsblatt",
    "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "De Telegraaf", "Aftenposten", "Dagens Nyheter",
    "Helsingin Sanomat", "Gazeta Wyborcza", "Kommersant", "Izvestia", "Asahi Shimbun", "Yomiuri Shimbun", "Nikkei",
    "South China Morning Post", "Yedioth Ahronoth", "Al-Ahram", "Asharq Al-Awsat",
    "Daesh", "Da'esh", "ISIS-K", "Jabhat al-Nusra", "Hayat Tahrir al-Sham",  // armed groups by their own names
    // parliaments news names by their own word, as the Knesset, the Duma and the Bundestag above
    "Althing", "Bundesrat", "Eduskunta", "Folketing", "Folketinget", "Lok Sabha", "Majlis",
    "Oireachtas", "Rajya Sabha", "Riigikogu", "Riksdag", "Riksdagen", "Saeima", "Seimas", "Sejm", "Storting",
    "Stortinget", "Verkhovna Rada",
    // firms named with a possessive (the name finder takes the ’s into the name only for these; spelt both ways)
    "Christie's", "Christie’s", "Lloyd's", "Lloyd’s", "Macy's", "Macy’s", "McDonald's", "McDonald’s", "Moody's",
    "Moody’s", "Sainsbury's", "Sainsbury’s", "Sotheby's", "Sotheby’s", "Standard & Poor's", "Standard & Poor’s",
};

const SV kKnownPlaces[] = {
    "Abu Dhabi", "Africa", "Americas", "Antarctica", "Arabian Peninsula", "Arctic", "Asia", "Atlantic", "Balkans",
    "Beit Hanoun", "Beit Lahia", "Bethlehem", "Capitol Hill", "Caribbean", "Caucasus", "Central America",
    "Central Asia", "Crimea", "D.C.", "DC", "Darfur", "Dead Sea", "Deir al-Balah", "Donbas", "Donbass",
    "Downing Street", "East Asia", "East Jerusalem", "Eastern Europe", "Europe", "Gaza", "Gaza City", "Gaza Strip",
    "Golan Heights", "Gulf of Mexico", "Hebron", "Hollywood", "Hong Kong", "Horn of Africa", "Jabalia", "Jenin",
    "Jericho", "Kashmir", "Kerem Shalom", "Khan Younis", "Khan Yunis", "Korean Peninsula", "Kurdistan",
    "Latin America", "Levant", "Macau", "Mediterranean", "Middle East", "Nablus", "Netzarim", "New Delhi",
    "North America", "Nuseirat", "Oceania", "Pacific", "Palestine", "Persian Gulf", "Philadelphi", "Rafah",
    "Ramallah", "Red Sea", "Sahel", "Scandinavia", "Siberia", "Silicon Valley", "Sinai", "South America",
    "South Asia", "Southeast Asia", "Sub-Saharan Africa", "Taiwan", "Tel Aviv", "Tibet", "Tulkarem", "Wall Street",
    "Washington", "West Bank", "Western Europe", "Xinjiang",
    "America",
    // regions the ISO lists spell in their own language, rivers, seas, mountains news names bare
    "Adriatic", "Aegean", "Aegean Sea", "Alps", "Alsace", "Anatolia", "Andalusia", "Andes", "Arabian Sea",
    "Bab el-Mandeb", "Baden-Wuerttemberg", "Baden-Württemberg", "Baltic", "Baltic Sea", "Basque Country",
    "Bavaria", "Black Sea", "Bohemia", "Brittany", "Caspian", "Caspian Sea", "Catalonia", "Chechnya", "Dagestan",
    "Danube", "Dnieper", "Dnipro", "East China Sea", "Elbe", "Euphrates", "Flanders", "Ganges", "Gulf of Aden",
    "Himalayas", "Indus", "Litani", "Lombardy", "Lower Saxony", "Mekong", "Nile", "Normandy", "North Sea",
    "Oder", "Provence", "Pyrenees", "Rhine", "Rhone", "Rockies", "Sardinia", "Saxony", "Seine", "Sicily",
    "Silesia", "South China Sea", "Strait of Hormuz", "Suez Canal", "Taiwan Strait", "Thames", "Tigris",
    "Transylvania", "Tuscany", "Urals", "Volga", "Wallonia", "Yangtze", "Zambezi",
    // regions, islands and disputed lands the news names, which the ISO lists write otherwise ("Tigrai", "Nei
    // Mongol", "Ar Raqqah", "Nord-Kivu") or not at all
    "Abkhazia", "Amhara", "Avdiivka", "Bengal", "Borneo", "Daraa", "Falklands", "Galilee", "Hadramout", "Hejaz",
    "Inner Mongolia", "Judea", "Kamchatka", "Karabakh", "Katanga", "Kivu", "Kordofan", "Luzon", "Maghreb",
    "Manchuria", "Marib", "Mesopotamia", "Mindanao", "Nagorno-Karabakh", "Negev", "North Kivu", "Northern Cyprus",
    "Ogaden", "Patagonia", "Raqqa", "Sakhalin", "Samaria", "Somaliland", "South Kivu", "South Ossetia", "Sumatra",
    "Tigray", "Transnistria", "Waziristan", "Yakutia", "Zaporizhzhia",
    // states that no longer are, which history, obituaries and travel writing name (the place lists hold today's)
    "Ceylon", "Czechoslovakia", "East Germany", "Persia", "Prussia", "Rhodesia", "Siam", "Soviet Union", "USSR",
    "U.S.S.R.", "West Germany", "Yugoslavia", "Zaire",
};

const SV kSeats[] = {
    "Blue House", "Capitol", "Downing Street", "Elysee", "Kremlin", "Number 10", "Pentagon", "White House",
    "Élysée",
    "Oval Office",
    "Chancellery", "Zhongnanhai",  // Germany's and Austria's chancellors', China's leaders'
};

const SV kCountryCodes[] = {
    "DPRK", "DRC", "PRC", "ROK", "U.A.E.", "U.K.", "U.S.", "U.S.A.", "UAE", "UK", "US", "USA",
};

const SV kGroupWords[] = {
    "Aboriginal", "African", "Africans", "Alawite", "Alawites", "American", "Americans", "Arab", "Arabic", "Arabs",
    "Asian", "Asians", "Bedouin", "Bedouins", "British", "Briton", "Britons", "Buddhist", "Buddhists", "Catholic",
    "Catholics", "Christian", "Christians", "Communist", "Communists", "Conservative", "Conservatives", "Democrat",
    "Democratic", "Democrats", "Druze", "Emirati", "Emiratis", "English", "European", "Europeans", "Evangelical",
    "Evangelicals", "Gazan", "Gazans", "Hindu", "Hindus", "Hispanic", "Hispanics", "Houthi", "Inuit", "Iranian",
    "Iranians", "Irish", "Islamic", "Islamist", "Islamists", "Israeli", "Israelis", "Jew", "Jewish", "Jews",
    "Jihadist", "Jihadists", "Kurd", "Kurdish", "Kurds", "Labour", "Latino", "Latinos", "Liberal", "Liberals",
    "Maoist", "Maori", "Marxist", "Muslim", "Muslims", "Nazi", "Nazis", "Orthodox", "Palestinian", "Palestinians",
    "Pashtun", "Protestant", "Protestants", "Republican", "Republicans", "Rohingya", "Roma", "Russian", "Russians",
    "Saudi", "Saudis", "Scottish", "Shi'ite", "Shia", "Shiite", "Shiites", "Sikh", "Sikhs", "Socialist",
    "Socialists", "Soviet", "Sunni", "Sunnis", "Tamil", "Tamils", "Tories", "Tory", "Uighur", "Uighurs",
    "Ukrainian", "Ukrainians", "Uyghur", "Uyghurs", "Welsh", "Western", "Westerners", "Yazidi", "Yazidis",
    "Zionist", "Zionists",
    // peoples and faiths news names that the country lists do not ("Bosnian Moslems", "Hutu militias", "Coptic
    // Christians", "Mormon leaders"; not "Jain", "Hazara", a surname and a region too)
    "Afrikaner", "Afrikaners", "Anglican", "Anglicans", "Berber", "Berbers", "Copt", "Copts", "Coptic", "Hutu",
    "Hutus", "Lutheran", "Lutherans", "Methodist", "Methodists", "Mormon", "Mormons", "Moslem", "Moslems",
    "Pashtuns", "Presbyterian", "Presbyterians", "Salafist", "Salafists", "Shi'ites", "Tuareg", "Tuaregs", "Tutsi",
    "Tutsis",
    // people named by a noun of their own, not the adjective the country lists give ("the Welshman said", "the
    // 25-year-old Spaniard"); not "Dane", "Scot", "Finn", "Pole": first names and words too; nor "Brit", "Brits":
    // the awards and the school
    "Croat", "Croats", "Danes", "Dutchman", "Dutchmen", "Dutchwoman", "Englishman", "Englishmen", "Englishwoman",
    "Frenchman", "Frenchmen", "Frenchwoman", "Irishman", "Irishmen", "Irishwoman", "Scotsman", "Scotsmen",
    "Scotswoman", "Serb", "Serbs", "Spaniard", "Spaniards", "Swede", "Swedes", "Turks", "Welshman", "Welshmen",
    "Welshwoman",
};

// A person of a nation named by a noun that is a first name too ("Dane Cook", "Finn Russell", "Scot Gemmill"), or a
// word ("the North Pole", "Brit Awards"): the nationality only right before a full name ("Dane Tom Kristensen"). Not
// in the table: the tagger reads the table's classes, and these words' own reading stays what it was.
const SV kNationalFirstNames[] = {"Aussie", "Brit", "Dane", "Finn", "Kiwi", "Pole", "Scot", "Turk"};

const SV kNotNames[] = {
    "A.M.", "AD", "AM", "Additional", "Advertisement", "Analysis", "Apr", "April", "Aug", "August", "BC", "BCE",
    "Breaking", "CE", "COVID", "COVID-19", "Christmas", "Comment", "Comments", "Copyright", "Coronavirus", "Covid",
    "Covid-19", "Dec", "December", "Easter", "Editing", "Editorial", "Eid", "Explainer", "Feature", "Feb",
    "February", "Fri", "Friday", "Fridays", "God", "Hanukkah", "I", "I'd", "I'll", "I'm", "I've", "Image", "Images",
    "Internet", "Jan", "January", "Jul", "July", "Jun", "June", "Live", "Mar", "March", "Mon", "Monday", "Mondays",
    "More", "Nov", "November", "OK", "Oct", "October", "Ok", "Opinion", "P.M.", "PM", "Passover",
    "Photo", "Photos", "Ramadan", "Read", "Related", "Reporting", "Sat", "Saturday", "Saturdays", "Sep", "Sept",
    "September", "Share", "Subscribe", "Sun", "Sunday", "Sundays", "Thu", "Thursday", "Today", "Tomorrow",
    "Tonight", "Tue", "Tuesday", "Update", "Updated", "Video", "Watch", "Web", "Wed", "Wednesday", "Yesterday",
    "Yom Kippur",
};

const SV kParticles[] = {
    "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la",
    "le", "ten", "ter", "van", "von", "y",
    // Spanish's plural articles and Portuguese's and Italian's joined forms ("María de los Ángeles", "Maria do
    // Rosário", "Lucia degli Esposti")
    "degli", "dei", "do", "las", "los",
    // Welsh's "son of" ("Dafydd ap Gwilym", "Rhys ap Thomas")
    "ap",
};

const SV kOrgSuffixes[] = {
    "AB", "AG", "ASA", "B.V.", "Bancorp", "Bankshares", "Berhad", "Bhd", "BV", "Co", "Co.", "Company", "Corp",
    "Corp.", "Corporation", "Cos", "Cos.", "GmbH", "Group", "Holdings", "Inc", "Inc.", "Incorporated", "KGaA",
    "Limited", "L.L.C.", "LLC", "LLP", "L.P.", "Ltd", "Ltd.", "Ltda", "N.V.", "NV", "Oy", "Oyj", "PLC", "Plc", "plc",
    "Pty", "S.A.", "S.p.A.", "SA", "SpA", "Tbk",
};

const SV kNonEntityAcronyms[] = {
    "AI", "AIDS", "AM", "API", "APIs", "APP", "ATM", "BST", "C.E.O.", "CBE", "CCTV", "CD", "CDs", "CEO", "CET",
    "CFO", "CO2", "COO", "COVID", "CTO", "CV", "DNA", "DVD", "EST", "ETF", "EUR", "FAQ", "GB", "GBP", "GDP", "GHz",
    "GMT", "GPS", "HIV", "HR", "HTML", "ID", "IED", "IEDs", "II", "III", "IPO", "IQ", "IT", "IV", "IX", "KB", "KC",
    "LCD", "LED", "LGBT", "LGBTQ", "MB", "MBE", "MHz", "MP", "MPs", "MPP", "MPPs", "MVP", "NB", "NBA", "NFL", "NGO",
    "NGOs", "OBE",
    "OK", "OT", "PDF", "PIN", "PM", "PR", "PS", "PST", "PhD", "QC", "RPG", "RPGs", "SC", "SMS", "SUV", "SUVs", "TB",
    "TV", "UAV", "UAVs", "UFO", "URL", "USB", "USD", "UTC", "VAT", "VI", "VII", "VIII", "VIP", "XI", "XII", "XIII",
    "XX",
    "km", "mph",
    // office and chat shorthand, and figures economic news abbreviates ("the CPI rose"): words, not names
    "AKA", "ASAP", "BTW", "CPI", "DIY", "EPS", "ETA", "FYI", "GNP", "IMHO", "IMO", "LOL", "OMG", "PC", "PCs", "PPI",
    "RSVP", "TBA", "TBD", "UV", "UVB", "YTD",
    // sport's and music's shorthand ("won by KO", "a 2.10 ERA", "the OST")
    "ERA", "HQ", "KO", "KOs", "OST", "RBI", "RBIs", "TKO",
};

const SV kPlacePrepositions[] = {
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "over", "through", "throughout",
    "to", "toward", "towards", "via", "within",
};

const SV kFunctionWords[] = {
    "A", "According", "Across", "After", "Against", "All", "Also", "Although", "Amid", "Among", "An", "And",
    "Another", "Any", "As", "Asked", "At", "Because", "Before", "Besides", "Between", "Both", "But", "By",
    "Despite", "During", "Each", "Either", "Even", "Every", "Few", "First", "Following", "For", "From", "He", "Her",
    "Here", "His", "How", "However", "If", "In", "Instead", "It", "Its", "Just", "Last", "Less", "Like", "Many",
    "Meanwhile", "More", "Most", "Much", "My", "Neither", "Next", "No", "Nor", "Not", "Now", "Of", "On", "Once",
    "One", "Only", "Or", "Other", "Our", "Over", "Several", "She", "Since", "So", "Some", "Still", "Such", "That",
    "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Three", "Through", "To", "Two",
    "Under", "Unless", "Unlike", "Until", "We", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why",
    "With", "Within", "Without", "Yet", "You", "Your",
};
const SV kCompoundSuffixes[] = {
    "affiliated", "aligned", "allied", "area", "backed", "based", "bashing", "born", "bound", "brokered", "built",
    "centric", "class", "controlled", "dependent", "designed", "dominated", "era", "flagged", "focused", "free",
    "friendly", "funded", "headquartered", "held", "inspired", "language", "led", "level", "like", "linked",
    "listed", "made", "majority", "minority", "occupied", "only", "oriented", "owned", "registered", "related",
    "run", "speaking", "specific", "sponsored", "style", "themed", "type", "wide",
};
const SV kEventWords[] = {
    "Accord", "Accords", "Act", "Agreement", "Award", "Awards", "Bill", "Championship", "Championships", "Classic",
    "Conference", "Convention", "Crisis", "Cup", "Day", "Doctrine", "Election", "Elections", "Eve", "Expo",
    "Festival", "Games", "Grand", "Initiative", "Intifada", "Marathon", "Massacre", "Offensive",
    "Olympiad", "Olympic", "Olympics", "Open", "Operation", "Pandemic", "Plan", "Prix", "Prize", "Protocol",
    "Revolution", "Season", "Series", "Show", "Stakes", "Summit", "Talks", "Tournament", "Treaty", "Trophy",
    "Uprising",
    "War", "Week", "Year",
    // honours named after someone ("the Orrin Medal", "the Kelby Lecture"), as "Prize" and "Trophy" are
    "Medal", "Medals", "Lecture", "Lectures", "Scholarship",  // (not "Fellowship": a church's too)
    // a state's founding texts, as "Act" and "Treaty" are ("the U.S. Constitution", "the UN Charter")
    "Charter", "Constitution", "Declaration", "Statute",
    // a ranking of records ("the UK Albums Chart", "Billboard's Hot Country Songs chart")
    "Chart", "Charts",
};
// Things named after someone ("James Webb Space Telescope"): event words too (kEventWord), and thing_word's.
const SV kThingWords[] = {"Satellite", "Spacecraft", "Telescope"};
const SV kOrgDescriptors[] = {
    "agency", "airline", "automaker", "band", "bank", "broadcaster", "carmaker", "carrier", "channel", "charity",
    "club",
    "association", "federation", "alliance", "coalition", "council", "foundation", "institute", "ngo", "nonprofit",
    "consultancy", "lobby", "body", "consortium", "cartel",
    "company", "conglomerate", "daily", "faction", "firm", "giant", "group", "insurer", "label", "lender",
    "magazine", "maker", "manufacturer", "militia", "ministry", "movement", "network", "newspaper", "organisation",
    "organization", "outlet", "party", "publisher", "regulator", "retailer", "startup", "station", "studio", "team",
    "union", "watchdog", "website", "cooperative", "utility", "chain", "supermarket", "exporter", "supplier",
    "brewer", "university", "college",
    "distributor", "processor", "wholesaler",  // ("fish processor Tessvik said", "food distributor Orrin")
    "parent", "subsidiary", "unit", "venture", "chipmaker", "drugmaker", "miner", "refiner", "shipper",
    "tabloid", "weekly",
    "broker", "brokerage", "fund",  // "Broker SBC Warburg said", "hedge fund Orrin Capital"
};
const SV kSpeechVerbs[] = {
    "acknowledged", "added", "admitted", "announced", "argued", "asked", "believed", "believes", "claimed",
    "commented", "continued", "declared", "denied", "described", "emphasised", "emphasized", "estimated",
    "explained", "insisted", "noted", "predicted", "recalled", "replied", "reported", "responded", "revealed",
    "said", "says", "stated", "stressed", "suggested", "testified", "thinks", "thought", "told", "tweeted", "urged",
    "warned", "wrote",
};
const SV kAbbrevTitles[] = {
    "Adm", "Ald", "Capt", "Cmdr", "Col", "Det", "Dr", "Fr", "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Mme", "Mr",
    "Mrs", "Ms", "Pres", "Prof", "Rep", "Rev", "Sen", "Sgt", "St", "Ste", "Supt",  // St. Louis, Ste. Marie: no titles
};
const SV kPlaceKindNouns[] = {
    "camp", "capital", "city", "county", "district", "governorate", "island", "municipality", "neighborhood",
    "neighbourhood", "port", "province", "region", "state", "suburb", "town", "village",
    "borough", "canton", "commune", "country", "emirate", "hamlet", "kingdom", "locality", "oblast", "parish",
    "prefecture", "republic", "settlement", "township",
    // land and water, and the places built on them, as an encyclopedia's first sentence names them ("Kelby Water is
    // a reservoir in …", "Orrin Dock is a dock on the River Mersey")
    "airport", "archipelago", "arena", "atoll", "bay", "beach", "canal", "cape", "creek", "dock", "glacier", "harbor",
    "harbour", "lagoon", "lake", "mountain", "peninsula", "racecourse", "reservoir", "river", "stadium", "volcano",
};
const SV kPeopleNouns[] = {
    "Children", "Citizens", "Farmers", "Men", "Nurses", "People", "Teachers", "Veterans", "Women", "Workers", "Writers",
};
const SV kPartyMembers[] = {"Democrat", "Democrats", "Republican", "Republicans"};
// (and a time before or after, a part below: "post-Soviet Russia", "Pre-Columbian America", "sub-Saharan Africa")
const SV kStancePrefixes[] = {"Anti", "Pro", "anti", "pro", "Post", "Pre", "post", "pre", "sub"};
const SV kPlaceNounsAfter[] = {
    "basin", "delta", "district", "estuary", "governorate", "harbor", "harbour", "lake", "municipality", "province",
    "region", "river", "town", "valley", "village", "county", "suburb", "suburbs", "neighborhood", "neighbourhood",
    "airport", "airfield", "airbase", "stadium",
};
// Buildings: places after a name too, but only where no noun follows ("the Kest hospital visit" is a person's)
const SV kBuildingsAfter[] = {"bridge", "castle", "cathedral", "crossing", "hospital", "mosque", "palace", "prison",
                              "square",
                              // a mine and the works that treat its ore or oil ("its El Teniente mine")
                              "mine", "refinery", "smelter"};
// (not "book", "single": verbs and adjectives too, "book Ryanair flights", "a single Apple device")
const SV kWorkNouns[] = {"album", "song", "film", "movie", "novel", "sitcom", "opera", "musical", "poem",
                         "documentary", "memoir", "drama", "series", "miniseries", "thriller", "comedy", "novella",
                         "episode", "franchise", "sequel",
                         // a product named after its kind ("its drug Kelvaxa", "the vaccine Orrivax")
                         "drug", "vaccine", "medicine",
                         // a taxon named after its rank ("the genus Varnia", "the species Kelbia")
                         "genus", "species"};
const SV kCreditWords[] = {"Audio", "Credit", "Image", "Photo", "Photograph", "Picture", "Video"};
constexpr SV kSportsWords[] = {
    "baseball", "basketball", "batsman", "bowler", "championship", "coach", "cricket", "defeated", "defender",
    "defenders", "equaliser", "equalizer", "fixture", "fixtures", "football", "forwards", "goal", "goalkeeper",
    "goals", "golf", "half-time", "halftime", "hockey", "inning", "innings", "kick-off", "league", "match",
    "matches", "midfield", "midfielder", "penalties", "penalty", "pitcher", "playoff", "playoffs", "quarter-final",
    "quarter-finals", "quarterback", "quarterfinal", "quarterfinals", "referee", "rugby", "scored", "scorer",
    "scoring", "seeded", "semi-final", "semi-finals", "semifinal", "semifinals", "soccer", "squad", "stadium",
    "standings", "striker", "strikers", "substitute", "substitutes", "tennis", "touchdown", "tournament", "wicket",
    "wickets", "winger",
    // American sports' own ("homered in the third", "a walk-off single", "28 points and 11 rebounds")
    "bullpen", "homer", "homered", "homers", "linebacker", "outfielder", "overtime", "pitchers", "postseason",
    "rebounds", "shortstop", "strikeouts", "touchdowns", "walk-off",
    // the players and a season's ends ("the Polish footballer", "a hat-trick", "relegated to the second division")
    "batsmen", "bowlers", "cricketer", "cricketers", "footballer", "footballers", "goalkeepers", "goalless",
    "hat-trick", "midfielders", "relegated", "relegation", "scorers", "wicketkeeper",
    // a late goal ("equalised in the 88th minute"; not "defeat": a war's and an election's too)
    "equalised", "equalized", "equalising", "equalizing",
    // cycling's, skiing's, swimming's ("the peloton", "a slalom skier")
    "cyclist", "cyclists", "peloton", "podium", "skier", "skiers", "slalom", "sprinter", "sprinters", "swimmer",
    "swimmers",
};

// Open addressing, linear probing; built once on first use (a few microseconds), read-only afterwards.
class Table {
 public:
  Table() {
    add(kTitleWords, kTitle);  // titles.h: the words the speaker finder strips too, then the name finder's own
    add(kNameTitleWords, kTitle);
    add(kLowerTitles, kLowerTitle);
    add(kOrgWords, kOrgWord);
    add(kPlaceWords, kPlaceWord);
    add(kPlacePrefixes, kPlacePrefix);
    add(kCompass, kCompassWord);
    add(kKnownOrgs, kKnownOrg);
    add(kKnownPlaces, kKnownPlace);
    add(kSeats, kSeat);
    add(kCountryCodes, kCountryCode);
    add(kGroupWords, kGroupWord);
    add(kFunctionWords, kFunctionWord);
    add(kCompoundSuffixes, kCompoundSuffix);
    add(kEventWords, kEventWord);
    add(kThingWords, kEventWord);
    add(kOrgDescriptors, kOrgDescriptor);
    add(kSpeechVerbs, kSpeechVerb);
    add(kAbbrevTitles, kAbbrevTitle);
    add(kPlaceKindNouns, kPlaceKindNoun);
    add(kNotNames, kNotName);
    add(kParticles, kParticle);
    add(kOrgSuffixes, kOrgSuffix);
    add(kNonEntityAcronyms, kNonEntityAcronym);
    add(kPlacePrepositions, kPlacePreposition);
    add(kSportsWords, kSportsWord);
    add(kPeopleNouns, kPeopleNoun);
    add(kPartyMembers, kPartyMember);
    add(kStancePrefixes, kStancePrefix);
    add(kPlaceNounsAfter, kPlaceNounAfter);
    add(kBuildingsAfter, kPlaceNounAfter);
    add(kCreditWords, kCreditWord);
    add(kWorkNouns, kWorkNoun);
  }
  uint32_t get(SV w) const {
    if (w.empty()) return 0;
    const uint32_t full = hash(w), tag = full | 1;
    for (uint32_t h = full & kMask;; h = (h + 1) & kMask) {
      if (!tags_[h]) return 0;
      if (tags_[h] == tag && str_equal(keys_[h], w)) return bits_[h];
    }
  }
  uint32_t size() const { return size_; }

 private:
  static constexpr uint32_t kCap = 8192, kMask = kCap - 1;  // at most a quarter full (checked by a test)
  // tags_[h]: the hash of keys_[h] | 1, 0 for an empty slot. A look-up reads the 32 KB of tags and touches a
  // key (128 KB of views, then the word's bytes) only when the whole hash agrees: every token of a document
  // is looked up once, most are in no list, and the probes through the views were 3 % of the analysis.
  uint32_t tags_[kCap] = {};
  SV keys_[kCap];
  uint32_t bits_[kCap] = {};
  uint32_t size_ = 0;

  static uint32_t hash(SV w) { return str_hash(w); }
  template <size_t N>
  void add(const SV (&list)[N], uint32_t bit) {
    for (SV w : list) {
      uint32_t h = hash(w) & kMask;
      while (!keys_[h].empty() && keys_[h] != w) h = (h + 1) & kMask;
      if (keys_[h].empty()) ++size_;
      keys_[h] = w;
      if (!w.empty()) tags_[h] = hash(w) | 1;
      bits_[h] |= bit;
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

uint32_t classes(SV w) { return table().get(w); }

uint32_t listed_with_article(SV w) {
  if (w.size() < 4 || w.size() > 64) return 0;
  char buf[64];
  bool article = false;
  for (size_t i = 0; i < w.size(); ++i) {
    buf[i] = w[i];
    if (w[i] == 'a' && (i == 0 || w[i - 1] == ' ') && i + 2 < w.size() && w[i + 1] == 'l' &&
        (w[i + 2] == ' ' || w[i + 2] == '-')) {
      buf[i] = 'A';
      article = true;
    }
  }
  if (!article) return 0;
  constexpr uint32_t kNames = kKnownOrg | kKnownPlace;
  if (const uint32_t b = table().get(SV(buf, w.size())) & kNames) return b;
  for (size_t i = 0; i + 2 < w.size(); ++i)  // (the separator after each article the other way)
    if (buf[i] == 'A' && w[i] == 'a') buf[i + 2] = buf[i + 2] == ' ' ? '-' : ' ';
  return table().get(SV(buf, w.size())) & kNames;
}

namespace {
// For each first letter a-z, the lengths (bits) of the sports words starting with it.
struct SportsShapes {
  uint32_t by_first[26] = {};
  bool all_fit = true;  // every word starts with a-z and is shorter than 32 bytes (else the test could lie)
  constexpr SportsShapes() {
    for (const SV w : kSportsWords) {
      if (w.size() < 32 && w[0] >= 'a' && w[0] <= 'z') by_first[w[0] - 'a'] |= 1u << w.size();
      else all_fit = false;
    }
  }
};
constexpr SportsShapes kSportsShapes;
static_assert(kSportsShapes.all_fit, "maybe_sports_word needs each sports word to start with a-z, under 32 bytes");
}  // namespace

bool maybe_sports_word(SV w) {
  const unsigned first = w.empty() ? 26u : unsigned(uint8_t(w[0])) - 'a';
  return first < 26 && w.size() < 32 && ((kSportsShapes.by_first[first] >> w.size()) & 1);
}
uint32_t table_size() { return table().size(); }
uint32_t classes_of_capitals(SV w) {
  if (w.empty() || w.size() > 32) return 0;
  char buf[32];
  buf[0] = w[0];
  for (size_t i = 1; i < w.size(); ++i) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? char(w[i] - 'A' + 'a') : w[i];
  return classes(SV(buf, w.size()));
}

bool is_title(SV w) { return (classes(w) & kTitle) != 0; }
bool is_lower_title(SV w) { return (classes(w) & kLowerTitle) != 0; }
bool is_org_word(SV w) { return (classes(w) & kOrgWord) != 0; }
bool is_place_word(SV w) { return (classes(w) & kPlaceWord) != 0; }
bool is_generation_suffix(SV w) { return w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV"; }
bool is_place_prefix(SV w) { return (classes(w) & kPlacePrefix) != 0; }
bool is_compass(SV w) { return (classes(w) & kCompassWord) != 0; }
bool known_org(SV w) { return (classes(w) & kKnownOrg) != 0; }
bool known_place(SV w) { return (classes(w) & kKnownPlace) != 0; }
bool seat_of_government(SV w) { return (classes(w) & kSeat) != 0; }
bool country_code(SV w) { return (classes(w) & kCountryCode) != 0; }
bool group_word(SV w) { return (classes(w) & kGroupWord) != 0; }
bool function_word(SV w) { return (classes(w) & kFunctionWord) != 0; }
bool compound_suffix(SV w) { return (classes(w) & kCompoundSuffix) != 0; }
bool event_word(SV w) { return (classes(w) & kEventWord) != 0; }
bool thing_word(SV w) { return one_of(w, kThingWords); }
bool org_descriptor(SV w) { return (classes(w) & kOrgDescriptor) != 0; }
bool speech_verb(SV w) { return (classes(w) & kSpeechVerb) != 0; }
bool abbrev_title(SV w) { return (classes(w) & kAbbrevTitle) != 0; }
bool place_kind_noun(SV w) { return (classes(w) & kPlaceKindNoun) != 0; }
bool not_name(SV w) { return (classes(w) & kNotName) != 0; }
bool name_particle(SV w) { return (classes(w) & kParticle) != 0; }
bool org_suffix(SV w) { return (classes(w) & kOrgSuffix) != 0; }
bool non_entity_acronym(SV w) { return (classes(w) & kNonEntityAcronym) != 0; }
bool place_preposition(SV w) { return (classes(w) & kPlacePreposition) != 0; }
bool building_after_name(SV w) { return one_of(w, kBuildingsAfter); }
bool national_first_name(SV w) { return one_of(w, kNationalFirstNames); }
bool sports_word(SV w) { return (classes(w) & kSportsWord) != 0; }

// person_cue_after: the word after a single name that marks it as a person ("Trump administration").
bool person_cue_after(SV w) {
  return w == "administration" || w == "presidency" || w == "campaign" || w == "government";  // "the Netanyahu government"
}

}  // namespace lede::lexicon
