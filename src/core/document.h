// document.h — lede's one data model: a Document is the article text plus layers of spans.
//
// Modelled on spaCy's Doc/Span: the text is immutable once analysed; each analyser adds one layer.
// Every offset in this header is a UTF-8 *byte* offset into Document::text, end exclusive
// (field names end in _byte where the unit could be unclear). Exports convert to code points.
//
//     lede::Document doc = lede::analyse("Benjamin Netanyahu said “no”.");
//     for (const lede::Mention& m : doc.mentions)
//         printf("%s -> %s\n", std::string(doc.slice(m.span)).c_str(),
//                doc.entities[m.entity].canonical.c_str());
//
// Layers, in the order the pipeline (analyse.h) fills them:
//   tokens, sentences, paragraphs   — tokenizer.h, sentences.h
//   numbers                         — numbers.h
//   mentions + entities             — entities.h (mentions of one entity are clustered into one Entity;
//                                     descriptions linked to a person are mentions with is_alias)
//   inner_mentions                  — entities.h (names inside a mention: "Texas" in "University of Texas")
//   quotes                          — quotes.h (speaker resolved to an entity when possible)
//   number sources                  — numbers.h (attach "according to X" once entities exist)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_table.h"

namespace lede {

struct ByteSpan {
  uint32_t begin = 0;  // UTF-8 byte offset, inclusive
  uint32_t end = 0;    // UTF-8 byte offset, exclusive
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const ByteSpan& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const ByteSpan& o) const { return begin < o.end && o.begin < end; }
};

// ---- tokens ---------------------------------------------------------------------------------------
enum class TokenKind : uint8_t {
  Word,        // letters, with inner apostrophes/dots/hyphen-free: Netanyahu, U.S., don't
  Number,      // digits with inner , . : 47,460  2.1  10:30
  Punct,       // . , ; : ! ? ( ) - – — …
  QuoteOpen,   // “ ‘ « or a straight quote judged to open
  QuoteClose,  // ” ’ » or a straight quote judged to close
  QuoteAmbig,  // a straight " or ' the tokenizer could not place
  Symbol,      // $ € £ % & @ # / and anything else
};
inline bool is_quote_mark(TokenKind k) {
  return k == TokenKind::QuoteOpen || k == TokenKind::QuoteClose || k == TokenKind::QuoteAmbig;
}

enum TokenFlag : uint16_t {
  kSpaceBefore = 1 << 0,      // whitespace precedes the token
  kNewlineBefore = 1 << 1,    // a line break precedes it
  kParagraphBefore = 1 << 2,  // a blank line (or the text start) precedes it
  kCapitalised = 1 << 3,      // first letter upper case
  kAllCaps = 1 << 4,          // every letter upper case (and at least two letters)
  kSentenceStart = 1 << 5,    // first token of a sentence (set by sentences.h)
  kHasDigit = 1 << 6,
  kPossessive = 1 << 7,       // token is ’s / 's / ’ following a word
  kWrapBefore = 1 << 8,       // a line break that only wraps a paragraph's text precedes it (line_wraps.h); it
                              // counts as a space, and kNewlineBefore is not set
};

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::Word;
  uint16_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  ByteSpan span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t end_token = 0;    // one past the last token
};

struct Paragraph {
  ByteSpan span;
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
};

// ---- entities -------------------------------------------------------------------------------------
enum class EntityType : uint8_t { Person, Org, Loc, Group };

struct Mention {
  ByteSpan span;           // the name as written, possessive ’s excluded
  EntityType type = EntityType::Person;
  int32_t entity = -1;     // index into Document::entities
  bool is_alias = false;   // a description or short form linked to a fuller name ("the Israeli leader")
};

struct Entity {
  EntityType type = EntityType::Person;
  std::string canonical;          // fullest name seen: "Benjamin Netanyahu"
  std::vector<uint32_t> mentions; // indices into Document::mentions, in text order
  std::vector<uint32_t> inner_mentions;  // indices into Document::inner_mentions ("Andy Warhol" in "Andy
                                         // Warhol Foundation"); an entity may have only these
};

// ---- quotes ---------------------------------------------------------------------------------------
enum class QuoteKind : uint8_t { Direct, Phrase };

struct Quote {
  ByteSpan span;                  // quote marks included
  ByteSpan content;               // inside the marks
  QuoteKind kind = QuoteKind::Direct;
  int32_t speaker_entity = -1;    // index into Document::entities, or -1
  ByteSpan speaker_span;          // the mention attribution attaches to ("he" in "he said"); empty if none
  std::string speaker;            // resolved name, or the description ("a former Israeli official"), or ""
  std::string cue;                // the cue verb or phrase: said, told, according to
};

// ---- numbers --------------------------------------------------------------------------------------
enum class NumberType : uint8_t { Cardinal, Money, Percent, Ordinal, Date, Time, Duration, Quantity };

// A number mention is 32 bytes; what most figures lack (a range's upper bound, hedge, counted noun, source)
// is a NumberDetail beside it:
//
//     doc.str(n.unit)                                 // its strings are ids into Document::strings
//     doc.detail(n).hedge                             // the rarer facts (all empty when it has none)
//     doc.edit_detail(n).source = doc.strings.intern("the ministry");   // adds its detail when needed
//
// Why: a text of figures ("$1$1…") has a NumberMention every two input bytes. With std::strings a mention
// was 224 bytes, with every field inline 64; issue 14 asks for at most ~50 bytes of memory per input byte.
constexpr uint32_t kNoDetail = UINT32_MAX;  // NumberMention::detail of a mention without one (cf. kNoString)

struct NumberMention {
  ByteSpan span;
  double value = 0;               // numeric value (amount for money; count of units for duration)
  StrId normalized = kNoString;   // ISO date "2025-02-03", "XXXX-02-03" when the year is unknown,
                                  // ISO duration "P60D", currency "USD 11000000000", weekday "Thursday"
  StrId unit = kNoString;         // currency code, or "day" / "month" / "km" ...
  NumberType type = NumberType::Cardinal;
  bool has_value = false;
  bool is_range = false;
  uint32_t detail = kNoDetail;    // index into Document::number_details, or kNoDetail: use doc.detail(n)
};

struct NumberDetail {
  double value_max = 0;           // for ranges ("between 20 and 30"): upper bound
  StrId hedge = kNoString;        // "at least", "nearly", "more than", "about", ... or ""
  StrId counted = kNoString;      // "workers" in "3,200 workers", or ""
  ByteSpan counted_span;
  int32_t source_entity = -1;     // "according to the Port Authority" -> that entity
  StrId source = kNoString;       // the source's name as written, or ""
};

// ---- the document ---------------------------------------------------------------------------------
struct Document {
  std::string text;               // valid UTF-8 (utf8::repair applied), never changed after analysis
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<NumberMention> numbers;
  std::vector<Mention> mentions;  // sorted by span.begin, never overlapping: what the reader highlights
  std::vector<Mention> inner_mentions;  // names inside a mention ("Texas" in "University of Texas"), sorted
  std::vector<Entity> entities;
  std::vector<Quote> quotes;      // sorted by span.begin
  std::vector<NumberDetail> number_details;  // the rarer facts of number mentions (NumberMention::detail)
  StringTable strings;            // the number mentions' strings (see NumberMention)

  std::string_view str(StrId id) const { return strings[id]; }
  const NumberDetail& detail(const NumberMention& n) const;
  NumberDetail& edit_detail(NumberMention& n);  // n's detail, added (empty) when n has none

  std::string_view slice(ByteSpan s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  // A token's span always lies in the text (tokenize() makes it so, the codec checks it on decoding), so
  // this skips slice()'s range check: it kept the analysers' commonest call from being inlined.
  std::string_view token_text(uint32_t i) const {
    const ByteSpan s = tokens[i].span;
    return std::string_view(text.data() + s.begin, s.end - s.begin);
  }
  // Index of the first token whose span begins at or after byte b (tokens.size() if none).
  uint32_t token_at_or_after(uint32_t b) const;
  // Index of the sentence containing byte b (or the last sentence before it).
  uint32_t sentence_of(uint32_t b) const;
  // The mention whose span holds byte b, or nullptr (mentions never overlap: at most one). Every analyser that
  // asks which name a word belongs to asks this.
  const Mention* mention_at(uint32_t b) const;
  // The first mention that overlaps s, or nullptr.
  const Mention* mention_overlapping(ByteSpan s) const;
};

// Document::sentence_of for positions asked in text order (mentions, quotes): steps forward from its last
// answer and searches only when a position goes back, so a pass over n positions costs O(n + sentences)
// instead of a binary search each (a tenth of the work on a text of figures or of quotes).
//     SentenceCursor sc;  for (…) { uint32_t s = sc.of(doc, m.span.begin); … }
struct SentenceCursor {
  uint32_t at = 0;
  uint32_t of(const Document& doc, uint32_t b) {
    const auto& ss = doc.sentences;
    if (ss.empty()) return 0;
    if (at >= ss.size() || (at > 0 && ss[at].span.begin > b)) at = doc.sentence_of(b);
    while (at + 1 < ss.size() && ss[at + 1].span.begin <= b) ++at;
    return at;
  }
};

// Document::token_at_or_after for positions asked in text order (mentions): steps forward from its last
// answer, at most kSteps tokens, and searches when a position goes back or lies further on. The binary
// search per mention (cache misses across the whole token array) was 1.4 % of the analysis; bounded per
// question by kSteps + log2(tokens), in any order.
//     TokenCursor tc;  for (…) { uint32_t t = tc.at_or_after(doc, m.span.begin); … }
struct TokenCursor {
  static constexpr uint32_t kSteps = 64;
  uint32_t at = 0;  // every token before it begins before the last position asked
  uint32_t at_or_after(const Document& doc, uint32_t b) {
    const auto& tk = doc.tokens;
    if (at > tk.size() || (at > 0 && tk[at - 1].span.begin >= b)) return at = doc.token_at_or_after(b);
    for (uint32_t n = 0; n < kSteps; ++n, ++at)
      if (at >= tk.size() || tk[at].span.begin >= b) return at;
    return at = doc.token_at_or_after(b);
  }
};

// Every place an entity is named, in text order: its mentions and the names inside other names
// ("Maria Lopez" in "Maria Lopez Institute"). What "step through its mentions" walks.
std::vector<ByteSpan> mention_spans(const Document& doc, const Entity& e);

const char* to_string(EntityType t);   // "PERSON", "ORG", "LOC", "GROUP"
const char* to_string(NumberType t);   // "CARDINAL", "MONEY", ...
const char* to_string(QuoteKind k);    // "direct", "phrase"

}  // namespace lede
