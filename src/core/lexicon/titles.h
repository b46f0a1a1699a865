// titles.h — the one list of title words: an office or a rank written before a person's name and no part of it
// ("Prime Minister Benjamin Netanyahu", "Dr Jane Doe"). Two lexicons read it:
//
//     lexicon::is_title("Minister")   // entity_lexicon.h: the name finder leaves it out of a name (exact case)
//     qlex::is_title("minister")      // quote_lexicon.h: the speaker finder strips it from a speaker (lower-cased)
//
// Each reader has words the other has not (the name finder "Health", "Former", "Gen."; the speaker finder
// "lawyer", "analyst"), and giving either the other's words would change what it finds (the name finder would leave
// "Lawyer" out of a name, the speaker finder know the entity "National Grid" as "Grid"). So the words both read stand once, in
// kTitleWords, and each reader's own words beside them: a title is added in one place, and which reader gets it is
// chosen there. Capitalised forms throughout; quote_lexicon.cpp lower-cases them.
#pragma once
#include <string_view>

namespace lede::lexicon {

// Both readers.
inline constexpr std::string_view kTitleWords[] = {
    "Ambassador", "Archbishop", "Attorney", "Bishop", "CEO", "Capt", "Captain", "Cardinal", "Chair", "Chairman",
    "Chairwoman", "Chancellor", "Chief", "Coach", "Col", "Commander", "Counsel", "Dame", "Deputy", "Director", "Dr",
    "Emir", "Envoy", "Executive", "Gen", "General", "Gov", "Governor", "Imam", "Judge", "Justice", "King", "Lady",
    "Leader", "Lord", "Lt", "Magistrate", "Manager", "Mayor", "Minister", "Miss", "Mr", "Mrs", "Ms", "Officer",
    "Pastor", "Pope", "Premier", "President", "Prince", "Princess", "Prof", "Professor", "Prosecutor", "Queen", "Rabbi",
    "Rep", "Secretary", "Sen", "Senator", "Sgt", "Sheikh", "Sir", "Spokesman", "Spokesperson", "Spokeswoman", "State",
    "Sultan", "Treasurer", "Whip",
    // ranks of police and the forces ("Detective Chief Inspector Amy Carter said" spoke as "Inspector Amy Carter"
    // while the name finder alone read them)
    "Admiral", "Brigadier", "Colonel", "Commissioner", "Constable", "Corporal", "Detective", "Inspector",
    "Lieutenant", "Sergeant", "Sheriff", "Superintendent",
};

// The name finder only: words of a longer title ("Prime", "Vice", "Foreign", "Health"), dotted forms ("Gen."), and
// offices the speaker finder does not strip.
inline constexpr std::string_view kNameTitleWords[] = {
    "Acting", "Adviser", "Advisor", "Agent", "Agriculture", "Air", "Ald", "Ald.", "Alderman", "Alderwoman", "Army",
    "Assemblyman", "Assemblymember", "Assemblywoman", "Assistant", "Associate", "Ayatollah", "Brother", "CFO", "COO",
    "Capt.", "Col.", "Commerce", "Communications", "Congressman", "Congressmember", "Congresswoman", "Councillor",
    "Councilman", "Councilmember", "Councilor", "Councilwoman", "Crown", "Culture", "DCI", "Defence", "Defense", "Det",
    "Doctor", "Dr.", "Economy", "Education", "Elder", "Emeritus", "Emperor", "Energy", "Environment", "Ex", "Father",
    "Field", "Finance", "Financial", "Fisheries", "Foreign", "Former", "Frau", "Gen.", "Gov.", "Grand", "Health",
    "Herr", "High", "Home", "Housing", "Immigration", "Industry", "Information", "Insp", "Intelligence", "Interim",
    "Interior", "Labor", "Labour", "Lawmaker", "Lt.", "MK", "MP", "Maj", "Maj.", "Major", "Majority", "Managing",
    "Marshal", "Mines", "Mining", "Minister-designate", "Ministers", "Minority", "Mme", "Mme.", "Mr.", "Mrs.", "Ms.",
    "National", "Navy", "Negotiator", "Oil", "Operating", "Opposition", "Petroleum", "Planning", "Pres", "Pres.",
    "Presiding", "Prime", "Private", "Prof.", "Regional", "Rep.", "Representative", "Rev", "Rev.", "Reverend",
    "Secretary-General", "Security", "Sen.", "Sgt.", "Shadow", "Shaikh", "Sister", "Speaker", "Special", "Sports",
    "Staff", "Supreme", "Supt", "Then", "Tourism", "Trade", "Transport", "Undersecretary", "Vice",
};

// The speaker finder only: professions, and a rank's short form ("Adm"), that it strips from a speaker's name.
inline constexpr std::string_view kSpeakerTitleWords[] = {
    "Adm", "Analyst", "Barrister", "Campaigner", "Chairperson", "Correspondent", "Economist", "Fellow", "Lawyer",
    "Reporter",
};

}  // namespace lede::lexicon
