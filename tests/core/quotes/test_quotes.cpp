// Quote finding and speaker attribution (quotes.h, quote_marks.h, quote_speakers.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/analyse.h"
#include "test_util.h"

using namespace lede;

namespace {

std::string content(const Document& d, const Quote& q) { return std::string(d.slice(q.content)); }
std::string span_text(const Document& d, const Quote& q) { return std::string(d.slice(q.span)); }
std::string speaker_span(const Document& d, const Quote& q) { return std::string(d.slice(q.speaker_span)); }

// Last word of a speaker name: the eval scores speakers by surname.
std::string surname(const std::string& s) {
  const size_t k = s.find_last_of(' ');
  return k == std::string::npos ? s : s.substr(k + 1);
}

// Every quote's speaker, in text order.
std::vector<std::string> speakers(const std::string& text) {
  std::vector<std::string> out;
  for (const Quote& q : analyse(text).quotes) out.push_back(q.speaker);
  return out;
}

}  // namespace

TEST_CASE("quotes: cue after the quote, both orders, straight and curly marks") {
  Document d = analyse("\xE2\x80\x9CWe are ready,\xE2\x80\x9D Smith said. \"We are not,\" said Jones.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(content(d, d.quotes[0]) == "We are ready,");
  CHECK(d.quotes[0].speaker == "Smith");
  CHECK(d.quotes[0].cue == "said");
  CHECK(content(d, d.quotes[1]) == "We are not,");
  CHECK(d.quotes[1].speaker == "Jones");
  CHECK(d.quotes[0].kind == QuoteKind::Direct);
}

TEST_CASE("quotes: a nickname in marks is no quote and no end of the speaker's name ('Gerardo \"Tata\" Martino')") {
  // before: "Tata" a quote of its own, and the quote before it unattributed
  Document d = analyse("\"We are a family here,\" coach Gerardo \"Tata\" Martino told reporters.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == "Gerardo \"Tata\" Martino");
  CHECK(d.quotes[0].cue == "told");
}

TEST_CASE("quotes: a speaker named in full keeps the name when a longer one shares the surname ('Dario Amodei')") {
  // before: "Daniela Amodei", the longest name ending in the surname
  Document d = analyse("The firm was founded by Dario Amodei and Daniela Amodei.\n\n"
                       "\"We are excited,\" Dario Amodei said in a statement. \"So am I,\" Daniela Amodei said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == "Dario Amodei");
  CHECK(d.quotes[1].speaker == "Daniela Amodei");
}

TEST_CASE("quotes: nested single quotes stay inside the outer quote") {
  Document d = analyse(
      "\xE2\x80\x9CThey asked, \xE2\x80\x98Where will the army go?\xE2\x80\x99 and nobody knew,\xE2\x80\x9D "
      "Odeh said.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(span_text(d, d.quotes[0]).find("nobody knew") != std::string::npos);
  CHECK(d.quotes[0].speaker == "Odeh");
}

TEST_CASE("quotes: guillemets") {
  Document d = analyse("\xC2\xAB" "We will not leave our homes," "\xC2\xBB" " a resident told reporters.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(content(d, d.quotes[0]) == "We will not leave our homes,");
  CHECK(d.quotes[0].speaker == "a resident");
}

TEST_CASE("quotes: a quote continued into the next paragraph (wire style reopen)") {
  Document d = analyse(
      "Talks resumed on Monday.\n\n"
      "\xE2\x80\x9CThe first part of what I have to say is long. It goes on.\n\n"
      "\xE2\x80\x9C" "And the second part ends here,\xE2\x80\x9D Jones said.\n\n"
      "Nothing else happened.");
  REQUIRE(d.quotes.size() == 1);
  const std::string t = span_text(d, d.quotes[0]);
  CHECK(t.find("first part") != std::string::npos);
  CHECK(t.find("second part") != std::string::npos);
  CHECK(d.quotes[0].speaker == "Jones");
}

TEST_CASE("quotes: an unbalanced mark stops at its paragraph") {
  Document d = analyse(
      "She opened with \xE2\x80\x9Cthis never closes and runs on for a while.\n\n"
      "A new paragraph without marks.\n\n"
      "Later, \xE2\x80\x9CWe are hopeful about the deal,\xE2\x80\x9D Lee said.");
  REQUIRE(d.quotes.size() >= 1);
  const Quote& last = d.quotes.back();
  CHECK(content(d, last) == "We are hopeful about the deal,");
  CHECK(last.speaker == "Lee");
  for (const Quote& q : d.quotes) CHECK(span_text(d, q).find("new paragraph") == std::string::npos);
}

TEST_CASE("quotes: he said resolves to the person introduced before") {
  Document d = analyse(
      "Ahead of the summit, Marcus Brandt said he would speak with the chancellor.\n"
      "\xE2\x80\x9CWe have to get this fixed,\xE2\x80\x9D he said.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(surname(d.quotes[0].speaker) == "Brandt");
  CHECK(speaker_span(d, d.quotes[0]) == "he");
}

TEST_CASE("quotes: she said follows the last named speaker, with her full name") {
  Document d = analyse(
      "Radio Meridian\xE2\x80\x99s Clara Voss, reporting from Tallinn, said the count had been delayed.\n"
      "\xE2\x80\x9C" "But still, nobody has conceded,\xE2\x80\x9D she said.\n"
      "\xE2\x80\x9CIt is close,\xE2\x80\x9D Voss added.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == "Clara Voss");
  CHECK(d.quotes[1].speaker == "Clara Voss");
}

TEST_CASE("quotes: according to X") {
  Document d = analyse("\xE2\x80\x9CThe count has slowed again this week,\xE2\x80\x9D according to Reuters.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == "Reuters");
  CHECK(d.quotes[0].cue == "according to");
}

TEST_CASE("quotes: a described speaker stays a description") {
  Document d = analyse(
      "\xE2\x80\x9CHe is coming to remind them the last offer was no bluff,\xE2\x80\x9D a former "
      "Chilean diplomat told The Daily Courier.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == "a former Chilean diplomat");
  CHECK(d.quotes[0].cue == "told");
}

TEST_CASE("quotes: a definite role description refers back to the person") {
  Document d = analyse(
      "But Kenyan President Amina Odhiambo, speaking later, said the reform was not finished.\n"
      "\xE2\x80\x9CWe have more work ahead of us,\xE2\x80\x9D the Kenyan leader said.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(surname(d.quotes[0].speaker) == "Odhiambo");
  CHECK(speaker_span(d, d.quotes[0]) == "the Kenyan leader");
}

// Round 49: a fragment of five words or more inside a sentence was a direct quote, so an essay's or a paper's
// title nobody said stood as an unattributed quote, and a minister's words as a whole utterance.
TEST_CASE("quotes: a longer fragment inside a sentence is a phrase: kept when someone said it, else dropped") {
  Document d = analyse("The minister said the plan was \"a betrayal of working families\". He followed your paper "
                       "\"Making the most of mean reversion\" in 2009.\n\n\"We will fight this all the way,\" said "
                       "Ada Kest.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].kind == QuoteKind::Phrase);  // before: Direct
  CHECK(d.quotes[0].speaker == "The minister");
  CHECK(d.quotes[1].kind == QuoteKind::Direct);
}

TEST_CASE("quotes: cue before the quote, with an insert between subject and verb") {
  Document d = analyse(
      "Rosa Vidal, a senior lecturer at the college, described the budget as "
      "\xE2\x80\x9C" "a blank cheque\xE2\x80\x9D and said more.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].kind == QuoteKind::Phrase);
  CHECK(d.quotes[0].speaker == "Rosa Vidal");
  CHECK(d.quotes[0].cue == "described");
}

TEST_CASE("quotes: attributed phrases are kept, scare quotes are not") {
  Document d = analyse(
      "Portugal announced it was closing the border \xE2\x80\x9C" "for the time being\xE2\x80\x9D.\n"
      "The so-called \xE2\x80\x9Cgreen deal\xE2\x80\x9D was published on Monday.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(content(d, d.quotes[0]) == "for the time being");
  CHECK(d.quotes[0].kind == QuoteKind::Phrase);
  CHECK(d.quotes[0].speaker == "Portugal");
}

TEST_CASE("quotes: the sentence before introduces a quote paragraph") {
  Document d = analyse(
      "Transport Minister Helen Achterberg told Radio North:\n\n"
      "\xE2\x80\x9CIt is plain that the timetable cannot hold.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe will act,\xE2\x80\x9D she said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == "Helen Achterberg");
  CHECK(d.quotes[1].speaker == "Helen Achterberg");
}

TEST_CASE("quotes: a paragraph without marks after 'X said:' is a block quote") {
  Document d = analyse(
      "In a statement, the ministry rejected the claims:\n\n"
      "He never signed any contract. He was a trialist.\n\n"
      "The case continues.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(content(d, d.quotes[0]).find("never signed") != std::string::npos);
  CHECK(d.quotes[0].speaker == "the ministry");
}

TEST_CASE("quotes: a quote running on into the next paragraph without a reopening mark") {
  Document d = analyse(
      "After the match, the coach said, \"We learned a lot today.\n\n"
      "It was an emotional day for everyone.\"\n\n"
      "The team flies home tomorrow.");
  REQUIRE(d.quotes.size() == 1);
  CHECK(content(d, d.quotes[0]).find("emotional day") != std::string::npos);
  CHECK(d.quotes[0].speaker == "the coach");
}

TEST_CASE("quotes: inversion with an appositive, and a relative clause before the verb") {
  Document d = analyse(
      "\"Hospitals cannot cope,\" said Ahmed al-Mansour, a doctor at the hospital.\n"
      "\"It is a tragedy,\" Sheline, who studies the region, said.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == "Ahmed al-Mansour");
  CHECK(surname(d.quotes[1].speaker) == "Sheline");
}

TEST_CASE("quotes: it added resolves to the organisation quoted before") {
  Document d = analyse(
      "\"The exercise was reckless,\" said Xinhua. \"Reckless moves invite a firm response\", it added.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[1].speaker == "Xinhua");
  CHECK(speaker_span(d, d.quotes[1]) == "it");
}

TEST_CASE("quotes: a thing called by a quoted name is not a quote") {
  Document d = analyse("The band played a song called \"Harbour Lights\" last year.");
  CHECK(d.quotes.empty());
  // round 49: nor is the naming verb a cue for a quote further on (the title after it spoke as "an essay")
  Document e = analyse("He published an essay called \"On Harbours\" and a paper, \"Making the most of mean "
                       "reversion\" in 2009.");
  for (const Quote& q : e.quotes) CHECK(q.speaker.empty());
}

TEST_CASE("quotes: an unnamed role is a new speaker; titles with periods stay in names") {
  Document d = analyse(
      "\"This is a great day for science,\" Dr. Jane Doe told Wikinews.\n\n"
      "The mayor called the decision \"a disgrace\" and promised an appeal.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(d.quotes[0].speaker == "Jane Doe");
  CHECK(d.quotes[1].speaker == "The mayor");
  CHECK(d.quotes[1].kind == QuoteKind::Phrase);
}

TEST_CASE("quotes: a long quote reopened over several paragraphs stays one quote") {
  std::string para;
  for (int i = 0; i < 12; ++i) para += "This sentence keeps the speaker talking for a while. ";
  std::string text = "Officials met on Monday.\n\n";
  for (int p = 0; p < 4; ++p) text += "\xE2\x80\x9C" + para + "\n\n";
  text += "\xE2\x80\x9C" "And that is all,\xE2\x80\x9D Jones said.\n\nThe end.";
  Document d = analyse(text);
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].span.size() > 4 * para.size());
  CHECK(d.quotes[0].speaker == "Jones");
}

TEST_CASE("quotes: a low opening mark closes with a high one; a second curly opening restarts the quote") {
  // „…“ (German style) closes with “, which elsewhere opens; an unbalanced “ followed by another “ is
  // dropped and the quote starts at the second one.
  Document d = analyse("\xE2\x80\x9E" "We are coming tomorrow" "\xE2\x80\x9C" ", Anna Berg said. "
                       "\xE2\x80\x9C" "Never mind " "\xE2\x80\x9C" "We will stay," "\xE2\x80\x9D" " said Jones.");
  REQUIRE(d.quotes.size() == 2);
  CHECK(content(d, d.quotes[0]) == "We are coming tomorrow");
  CHECK(d.quotes[0].speaker == "Anna Berg");
  CHECK(content(d, d.quotes[1]) == "We will stay,");
  CHECK(d.quotes[1].speaker == "Jones");
}

TEST_CASE("quotes: a later cue of a long sentence finds a subject past the earlier cues") {
  // Each quote's cue asks for the clause's subject from the sentence start up to that cue; the scan
  // for a later cue resumes where the earlier one stopped (first_subject), with the same answer a
  // scan from the start gives: here the subject stands after ten cues that had none.
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  std::string text = "In Lagos, ";
  for (int i = 0; i < 10; ++i) text += "said " + open + "w" + std::to_string(i) + close + ", ";
  text += "and the chief engineer, Lena Moss, said " + open + "the end" + close + " and said " + open +
          "again and again" + close + ".";
  Document d = analyse(text);
  REQUIRE(d.sentences.size() == 1);
  REQUIRE(d.quotes.size() == 2);
  CHECK(content(d, d.quotes[0]) == "the end");
  CHECK(d.quotes[0].speaker == "Lena Moss");
  CHECK(content(d, d.quotes[1]) == "again and again");
  CHECK(d.quotes[1].speaker == "Lena Moss");
  // A subject after earlier cues' scans stopped short of it, behind a title's period.
  Document e = analyse("In a statement, said " + open + "a" + close + ", said " + open + "b" + close +
                       ", and Dr. Jane Doe said " + open + "c c" + close + " and said " + open + "d d" + close + ".");
  REQUIRE(e.quotes.size() == 2);
  CHECK(e.quotes[0].speaker == "Jane Doe");
  CHECK(e.quotes[1].speaker == "Jane Doe");
}

TEST_CASE("quotes: sorted, inside the text, robust on hostile input") {
  const std::vector<std::string> inputs = {
      std::string(5000, '"'),
      [] { std::string s; for (int i = 0; i < 5000; ++i) s += "\xE2\x80\x9C"; return s; }(),
      [] { std::string s; for (int i = 0; i < 5000; ++i) s += "\xE2\x80\x9D he said "; return s; }(),
      [] { std::string s; for (int i = 0; i < 3000; ++i) s += "' \xE2\x80\x98 x\xE2\x80\x99 \xC2\xAB \n\n"; return s; }(),
      "\xE2\x80\x9C", "\"", "said", "\xE2\x80\x9Chello\xE2\x80\x9D", "\xFF\xFE\"abc\" said \x00 X"};
  for (const std::string& in : inputs) {
    Document d = analyse(in);
    for (size_t i = 0; i < d.quotes.size(); ++i) {
      const Quote& q = d.quotes[i];
      CHECK(q.span.end <= d.text.size());
      CHECK(q.span.contains(q.content));
      if (i > 0) CHECK(d.quotes[i - 1].span.begin <= q.span.begin);
      if (!q.speaker_span.empty()) CHECK(q.speaker_span.end <= d.text.size());
    }
  }
  // One long line with an opening mark that never closes: the quote stays short.
  std::string line = "He said \xE2\x80\x9C";
  for (int i = 0; i < 20000; ++i) line += "word word word. ";
  Document d = analyse(line);
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].span.size() < 4000);
}

LEDE_SHARED_TEST_CASE("quotes: seed 002, every quote with its speaker") {
  Document d = analyse(lede::test::seed("002"));
  // Speakers by surname, in the order the article quotes them (from the hand-annotated gold).
  const std::vector<std::vector<std::string>> want = {
      {"Trump"}, {"Trump"}, {"Hanna"}, {"Hanna"}, {"Hanna"}, {"Witkoff"}, {"Netanyahu"}, {"Netanyahu"},
      {"media", "Odeh"}, {"Odeh"}, {"Odeh"}, {"Odeh"}, {"Sheline"}, {"Sheline"}, {"Sheline"}, {"Sheline"}};
  REQUIRE(d.quotes.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CAPTURE(d.quotes[i].speaker);
    const std::string s = surname(d.quotes[i].speaker);
    bool ok = false;
    for (const std::string& w : want[i]) ok = ok || s == w;
    CHECK(ok);
  }
  // Surnames resolve to the full name introduced earlier.
  for (const Quote& q : d.quotes) {
    if (surname(q.speaker) == "Hanna") CHECK(q.speaker == "Mike Hanna");
    if (surname(q.speaker) == "Odeh") CHECK(q.speaker == "Nour Odeh");
  }
}

// Two-word titles before a name ("Chief Executive", "General Counsel") are no part of the speaker's name.
TEST_CASE("quotes: the speaker's name without a title of two words") {
  CHECK(speakers("\"We are confident in our plan,\" Lakeside Chief Executive Ada Okafor told analysts. \"It will "
                 "take time,\" said General Counsel Tomas Berg.") ==
        std::vector<std::string>{"Ada Okafor", "Tomas Berg"});  // before: "Executive Ada Okafor", "Counsel …"
}

// A name written family name first is later cut to the family name; the entities link the two, and so does
// the speaker ("Pak" of "Pak Min-jae", not a new person "Pak").
TEST_CASE("quotes: a speaker named by the first word of a full name the document gave is that person") {
  CHECK(speakers("Foreign Minister Pak Min-jae met his counterpart in Hanoi on Tuesday. \"We will work closely "
                 "together,\" Pak told reporters.") == std::vector<std::string>{"Pak Min-jae"});  // before: "Pak"
}

// A phrase quoted inside a sentence, with no comma at its closing mark, goes on with the sentence: the noun and
// verb after it are that sentence's, not an attribution ("the union had agreed" is no speaker and cue).
TEST_CASE("quotes: a phrase inside a sentence takes the cue before it, not the clause after it") {
  CHECK(speakers("Judge Ada Okafor wrote that Seabridge \"failed to show\" the union had agreed to the "
                 "transfer.") == std::vector<std::string>{"Ada Okafor"});  // before: "the union"
  CHECK(speakers("Kelvar said the port would stay closed \"until further notice\", officials said.") ==
        std::vector<std::string>{"officials"});  // (a comma after the mark: the attribution follows)
}

// After a quote that ends its own sentence only a verb of saying takes words after it ("… he told CNN"): "Hamas
// rejected the claim" is a new sentence. "Quoted X as saying": X speaks, not the one quoting.
TEST_CASE("quotes: a new sentence after a quote is no attribution; 'quoted X as saying' names X") {
  CHECK(speakers("Kelvar's office said in a statement: \"Tessaly will continue.\" Ulvang rejected the claim.") ==
        std::vector<std::string>{"Kelvar's office"});  // before: "Ulvang", cue "rejected"
  CHECK(speakers("\"Is that fair?\" Odeh asked. \"We will win.\" Berg told CNN on Monday.") ==
        std::vector<std::string>{"Odeh", "Berg"});
  CHECK(speakers("The ministry quoted Ada Okafor as saying the plan was \"dead\".") ==
        std::vector<std::string>{"Ada Okafor"});  // before: "The ministry"
}

// "he" after a quote whose speaker is described ("a Tessaly official") is that speaker, not the name after the cue
// (the agency that was told).
TEST_CASE("quotes: 'he added' after a described speaker is that speaker, not the agency told") {
  CHECK(speakers("\"There will be no deal,\" a Tessaly official told Lede Wire. \"Never,\" he added.") ==
        std::vector<std::string>{"a Tessaly official", "a Tessaly official"});  // before: "Lede Wire" the second
}

// "“…,” Liv Harstad of the Varnholm police told NRV": a short phrase with a preposition between the name and its
// verb. Before, no speaker was found after the quote and the sentence before lent its own ("police said").
TEST_CASE("quotes: a speaker's 'of the …' phrase before the verb; a sentence with its own cue borrows no speaker") {
  CHECK(speakers("Officers found two paintings, police said.\n\n\"We are still looking,\" Inspector Liv Harstad "
                 "of the Varnholm Police District told the broadcaster NRV.") ==
        std::vector<std::string>{"Liv Harstad"});  // (the rank stripped since round 47)
  CHECK(speakers("Officers found two paintings, police said.\n\n\"We are still looking,\" Liv Harstad from the "
                 "museum's board told NRV.") == std::vector<std::string>{"Liv Harstad"});
  // a cue after the quote in its own sentence that no rule reads: no speaker rather than the one before
  CHECK(speakers("Officers found two paintings, police said.\n\n\"We are still looking,\" Liv Harstad, whom the "
                 "board hired in 2020 after a long and costly search abroad and at home that took most of a "
                 "year, told NRV.") ==
        std::vector<std::string>{""});
}

// "while Per Moen of Nordbank called it “a gamble”": the name before its "of" phrase speaks. Before, the phrase
// after the preposition was no subject, and the sentence's first subject ("Helga Strand") took the quote.
TEST_CASE("quotes: a name with its 'of' phrase before the cue speaks, not the sentence's first name") {
  CHECK(speakers("Helga Strand, chief economist at Fjell Securities, said the move was \"overdue\", while Per "
                 "Moen of Nordbank called it \"a gamble\".") ==
        (std::vector<std::string>{"Helga Strand", "Per Moen"}));
  CHECK(speakers("Ada Okafor said it was \"late\", and Ivo Marsk of the Kelby Trade Union called it \"too "
                 "little\".") == (std::vector<std::string>{"Ada Okafor", "Ivo Marsk"}));
  // an office in capitals before "of" is no name of its own: the run after it holds the speaker's name
  CHECK(surname(speakers("After the leak, CEO of the Kelby Council Ada Kest told Sky News the plan \"must "
                         "wait\".")[0]) == "Kest");
}

// Three speakers that were missed or wrong: a description with its own short phrase after the quote ("a
// spokeswoman for the council said"), a number in a description ("the two lawmakers"), and "quoted X's mayor,
// Tomas Lind, as saying" (before: the one quoting, "The news agency").
TEST_CASE("quotes: 'a spokeswoman for the council said', 'the two lawmakers said', 'quoted …, Tomas Lind, as saying'") {
  CHECK(speakers("\"Support is on its way,\" a spokeswoman for the regional council said in an email.") ==
        std::vector<std::string>{"a spokeswoman"});
  CHECK(speakers("\"There is no plan,\" the two lawmakers said on Thursday.") ==
        std::vector<std::string>{"the two lawmakers"});
  CHECK(speakers("The news agency quoted Kelby's mayor, Tomas Lind, as saying the town had \"run out of money\".") ==
        std::vector<std::string>{"Tomas Lind"});
}

// "A senior official close to the talks … said": the speaker is the official; "close" took the phrase's place.
TEST_CASE("quotes: an adjective with its own complement ends the speaker's phrase ('an official close to the talks')") {
  CHECK(speakers("A senior official close to the talks, speaking on condition of anonymity, said: \"Nobody expected "
                 "a deal.\"") == std::vector<std::string>{"A senior official"});
}

// "The local MP, Jane Hunt, said": a post in capitals reads as a name of one word, so the name after its comma was
// never looked at (the speaker was "MP").
TEST_CASE("quotes: a post in capitals before a name between commas: the name speaks ('The local MP, Jane Hunt,')") {
  CHECK(speakers("The local MP, Jane Hunt, said the community was \"in shock\".") ==
        std::vector<std::string>{"Jane Hunt"});
  CHECK(speakers("The company CEO, Ada Kest, said the deal was \"done\".") == std::vector<std::string>{"Ada Kest"});
}

// Round 49: "The Mayor of Greater Manchester, Andy Burnham, called the attack “shocking”": a post and its remit
// read as a name, and the name after its comma was never looked at (the speaker was "Mayor of Greater Manchester").
TEST_CASE("quotes: a post and its remit before a name between commas: the name speaks ('the Mayor of Kelby, …')") {
  CHECK(speakers("The Mayor of Greater Manchester, Andy Burnham, called the attack \"shocking\".") ==
        std::vector<std::string>{"Andy Burnham"});
  CHECK(speakers("\"We are ready,\" the Minister of Finance, Kari Holm, said on Monday.") ==
        std::vector<std::string>{"Kari Holm"});
  // a body's name before the comma stays the speaker ("the Bank of Kelby, the central bank, said")
  CHECK(speakers("The Bank of Kelby, Ada Kest, said the rate was \"too high\".") ==
        std::vector<std::string>{"Bank of Kelby"});
}

// Round 49: "“They are throwing everything at us,” a Ukrainian commander who asked not to be named told Reuters":
// a relative clause with no commas stood between the speaker's phrase and its verb (unattributed).
TEST_CASE("quotes: a relative clause without commas between the speaker's phrase and the verb ('a diplomat who …')") {
  CHECK(speakers("\"They are throwing everything at us,\" a Kelbian commander who asked not to be named told "
                 "Reuters by phone.") == std::vector<std::string>{"a Kelbian commander"});
  CHECK(speakers("\"We lost,\" a soldier who fought in Bakhmut and was wounded twice said on Tuesday.") ==
        std::vector<std::string>{"a soldier"});
}

// Round 49: "Swedish enterprise minister Maud Olofsson … cautioned that “a number of questions” remained" spoke
// as "Swedish": the nationality read as a name, and the description after it ended the phrase.
TEST_CASE("quotes: a nationality, a description and a name: the name speaks ('German finance minister Karin Vogt')") {
  CHECK(speakers("Swedish enterprise minister Maud Olofsson welcomed the news but cautioned that \"a number of "
                 "questions\" remained.") == std::vector<std::string>{"Maud Olofsson"});
  CHECK(speakers("\"We are ready,\" said German finance minister Karin Vogt.") ==
        std::vector<std::string>{"Karin Vogt"});
  CHECK(speakers("Swedish officials said the plan was \"unrealistic\".") ==
        std::vector<std::string>{"Swedish officials"});
}

// "Leading scores (Britain and Ireland unless stated):" above a table of scores: "stated" is a cue verb, so the
// table was a block quote whose speaker was "Ireland unless".
TEST_CASE("quotes: 'unless stated', 'as noted' and a table's rows after a colon make no block quote") {
  CHECK(analyse("Leading scores after the third round (Kelby unless stated):\n\nIvo Marsk 201\nTomas Berg 203\n")
            .quotes.empty());
  CHECK(analyse("Results on Saturday, as noted:\n\n201 Ivo Marsk\n203 Tomas Berg\n").quotes.empty());
}

// "Eleni Vass said: “…” The company said it would appeal.": the sentence after a quote that ends its own sentence
// was read as a bare attribution ("“…?” Odeh said.") though its verb takes a clause of its own.
TEST_CASE("quotes: a cue whose verb takes a clause after a quote's sentence is no attribution ('said it would')") {
  CHECK(speakers("Its director, Eleni Vass, said: \"The firm made more than that in a month.\" The company said it "
                 "would appeal.") == std::vector<std::string>{"Eleni Vass"});
  // a bare attribution after it still names the speaker
  CHECK(speakers("\"We will fight this.\" The company said on Tuesday.") == std::vector<std::string>{"The company"});
}

// "“…,” Detective Chief Inspector Amy Carter said": the police's and the forces' ranks were the name finder's
// titles only, so the speaker was "Inspector Amy Carter".
TEST_CASE("quotes: a police or military rank is stripped from the speaker's name ('Detective Inspector Amy Carter')") {
  CHECK(speakers("\"We are not looking for anyone else,\" Detective Chief Inspector Amy Carter said.") ==
        std::vector<std::string>{"Amy Carter"});
  CHECK(speakers("Colonel Ivo Marsk said: \"The road is open.\"") == std::vector<std::string>{"Ivo Marsk"});
}

// "“…,” the mayor, Kari Nordtun, wrote on Facebook": the speaker's phrase took the name in apposition with its
// commas, and the verb right after the second comma was looked for only after a further comma.
TEST_CASE("quotes: a post and a name in apposition before the verb after a quote ('the mayor, Kari Nordtun, said')") {
  CHECK(speakers("\"It is a dark day for Stavanger,\" the mayor, Kari Nordtun, wrote on Facebook.") ==
        std::vector<std::string>{"Kari Nordtun"});
}

// "“…,” said Ane Moe of the Centre Party, adding that the scandal had “damaged trust”": the participle shares the
// subject of the finite cue before it, but an inverted cue has its speaker after it, so the phrase was dropped.
TEST_CASE("quotes: a participle after an inverted cue shares its speaker ('said Ane Moe, adding that … “…”')") {
  CHECK(speakers("\"She has to go,\" said Ane Moe of the Centre Party, adding that the scandal had \"damaged trust in "
                 "government\".") == std::vector<std::string>{"Ane Moe", "Ane Moe"});
}

// "“…,” the report said": "report" is a cue's word too, so the phrase after the quote stopped at the article
// and the quote had no speaker; "The report said: “…”" showed the colon as its cue.
TEST_CASE("quotes: a cue's word as a noun after the article speaks ('the report said'), and its verb is the cue") {
  CHECK(speakers("\"Young people are being priced out,\" the report said.") ==
        std::vector<std::string>{"the report"});
  const Document d = analyse("The report said: \"Young people are being priced out.\"");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == "The report");
  CHECK(d.quotes[0].cue == "said");
}

// "The U.S. State Department said it was “deeply concerned”": "State" is a title's word ("Secretary of State"), so
// the speaker was stripped to "Department".
TEST_CASE("quotes: a title's word inside a body's name stays in the speaker ('the U.S. State Department said')") {
  CHECK(speakers("The U.S. State Department said it was \"deeply concerned\".") ==
        std::vector<std::string>{"U.S. State Department"});
  CHECK(speakers("Secretary of State Marco Rubio said it was \"deeply concerned\".") ==
        std::vector<std::string>{"Marco Rubio"});
}

// "Kiptoo said the protests had been “hijacked by criminals”, while opposition lawmaker Achieng Odera accused the
// police of using “excessive force”": the clause "while" opens after the first phrase has its own subject, which
// spoke the first phrase too.
TEST_CASE("quotes: a clause a subordinator opens after a quote has its own speaker ('“…”, while X accused')") {
  CHECK(speakers("Interior Minister Samuel Kiptoo said the protests had been \"hijacked by criminals\", while "
                 "opposition lawmaker Achieng Odera accused the police of using \"excessive force\".") ==
        std::vector<std::string>{"Samuel Kiptoo", "Achieng Odera"});
  CHECK(speakers("The war was \"a catastrophe\", as Foreign Minister Ana Lund put it.") ==
        std::vector<std::string>{"Ana Lund"});
}

// "“…,” said Per Dahl at Nordea Markets": "Per" is a preposition's spelling too, so the name after the cue was no
// name to the attributor and the quote had no speaker, though the recogniser found the person.
TEST_CASE("quotes: a person's name that opens with a function word's spelling speaks ('said Per Dahl')") {
  CHECK(speakers("\"They have said that three quarters in a row,\" said Per Dahl at Nordea Markets.") ==
        std::vector<std::string>{"Per Dahl"});
}

// "Her son, Yusuf, added: “…” The governor, speaking in Mosul, said it would take “at least a decade”": the
// epithet looked back to the last person named, who is no governor.
TEST_CASE("quotes: an epithet no one in the text holds is a new speaker, not the last one named ('the governor')") {
  CHECK(speakers("Her son, Yusuf, added: \"We can finally go back.\"\n\nThe governor, speaking at a news conference "
                 "in Mosul, said reconstruction would take \"at least a decade\".") ==
        std::vector<std::string>{"Yusuf", "The governor"});
  CHECK(speakers("Governor Ana Lund met Tomas Berg on Monday. \"We will rebuild,\" the governor said.") ==
        std::vector<std::string>{"Ana Lund"});
}

// "UN envoy Lars Halvorsen said both sides had agreed to “a pause in hostilities”": "agreed" is a cue ("“Yes,” he
// agreed"), and the look-back stopped at it, so "both sides" spoke the envoy's words.
TEST_CASE("quotes: what was agreed, inside a verb of saying's clause, is the sayer's words ('said X had agreed to')") {
  CHECK(speakers("UN envoy Lars Halvorsen said both sides had agreed to \"a pause in hostilities\".") ==
        std::vector<std::string>{"Lars Halvorsen"});
  CHECK(speakers("\"Fine,\" Ana Lund agreed.") == std::vector<std::string>{"Ana Lund"});
}

// "One of them said: “…”" spoke as "One", "Another added: “…”" showed ":" as its cue (a determiner before a cue
// made a noun of it, "the report"), and "The report said the plan was “flawed”" had no speaker.
TEST_CASE("quotes: a quantifier's 'of' phrase and a cue's word after a determiner speak ('One of them said')") {
  CHECK(speakers("According to two diplomats, the talks stalled. One of them said: \"Nobody wants to blink first.\"") ==
        std::vector<std::string>{"One of them"});
  CHECK(speakers("\"Nobody wants to blink first,\" one of the diplomats said.") ==
        std::vector<std::string>{"one of the diplomats"});
  const Document d = analyse("Two officials spoke. Another added: \"It is over.\"");
  REQUIRE(d.quotes.size() == 1);
  CHECK(d.quotes[0].speaker == "Another");
  CHECK(d.quotes[0].cue == "added");
  CHECK(speakers("The report said the plan was \"flawed\".") == std::vector<std::string>{"The report"});
  CHECK(speakers("One report said: \"It is over.\"") == std::vector<std::string>{"One report"});
}

// Round 50: "said Lena Vik, a lawyer for the residents' association, who added that the case could take “years, not
// months”": the phrase before "who" ended on the body the lawyer works for, which then spoke.
TEST_CASE("quotes: 'who' after a post and a body's name is the post's holder ('a lawyer for the union, who added')") {
  CHECK(speakers("\"We will fight it,\" said Lena Vik, a lawyer for the residents' association, who added that it "
                 "could take \"years, not months\".") == std::vector<std::string>{"Lena Vik", "Lena Vik"});
  // "who" after a name that is no post's body stays that name's ("the mind of the man who once said")
  CHECK(speakers("Think of the mind of the man who once said \"Bring it on!\" to them.") ==
        std::vector<std::string>{"the man"});
}

// Round 50: "The head of the IMF said: …", "A spokesman for the IMF said: …" spoke as "IMF": the body after the
// post's "of" or "for" was taken for the speaker.
TEST_CASE("quotes: a post of a body speaks as the whole phrase ('The head of the IMF said')") {
  CHECK(speakers("The head of the IMF said: \"We are seeing a slowdown in all big economies.\"") ==
        std::vector<std::string>{"The head of the IMF"});
  CHECK(speakers("A spokesman for Halvex Group said: \"We never comment on market rumours.\"") ==
        std::vector<std::string>{"A spokesman for Halvex Group"});
  // a post in apposition after a name: the name
  CHECK(speakers("Gen. Ada Kest, commander of the Kelby Command said, \"We have been very clear from the start.\"") ==
        std::vector<std::string>{"Ada Kest"});
  // after the quote too (before: "the head", "a spokesman")
  CHECK(speakers("\"We are seeing a slowdown in all big economies,\" said the head of the IMF.") ==
        std::vector<std::string>{"the head of the IMF"});
  CHECK(speakers("\"We never comment on market rumours,\" a spokesman for Halvex Group said.") ==
        std::vector<std::string>{"a spokesman for Halvex Group"});
}

// Round 50: "The port authority closed the terminal. “Safety comes first,” it said" spoke as "it": no name before
// fitted "it", and a body named by its kind was not looked at.
TEST_CASE("quotes: 'it' is the body the sentence before names by its kind ('The port authority … it said')") {
  CHECK(speakers("The port authority closed the terminal. \"Safety comes first for everyone,\" it said.") ==
        std::vector<std::string>{"The port authority"});
  CHECK(speakers("Halvex Group cut 300 jobs. \"We must adapt to a harder market,\" it said.") ==
        std::vector<std::string>{"Halvex Group"});
}
