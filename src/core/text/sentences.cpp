#include "core/text/sentences.h"

#include <algorithm>
#include <array>

#include "core/text/utf8.h"

namespace lede {

bool is_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 58> kAbbrev = {
      "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr", "esq",
      "etc", "feb", "fig", "fr", "ft", "gen", "gov", "hon", "inc", "jan", "jr", "jul", "jun", "lt", "ltd",
      "maj", "mar", "mass", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "pp", "pres", "prof",
      "rep", "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vol", "vs", "calif", "approx"};
  return std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end();
}

namespace {

bool is_terminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */ || (t.size() >= 3 && t.substr(0, 3) == "...");
}

std::string lower_ascii(std::string_view s) {
  std::string o(s);
  for (char& ch : o) if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
  return o;
}

bool common_sentence_starter(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k = {"The", "A", "An", "He", "She", "It", "They", "We",
                                                         "I", "But", "And", "In", "On", "This", "That",
                                                         "There", "His", "Her", "Their", "Its", "As", "At",
                                                         "If", "When"};
  return std::find(k.begin(), k.end(), w) != k.end();
}

}  // namespace

void split_sentences(Document& doc) {
  doc.sentences.clear();
  doc.paragraphs.clear();
  const auto& tk = doc.tokens;
  const size_t n = tk.size();
  if (n == 0) return;
  const bool blank_line_paragraphs = std::any_of(tk.begin() + 1, tk.end(),
                                                 [](const Token& t) { return t.has(kParagraphBefore); });
  auto paragraph_break_before = [&](size_t i) {
    if (i == 0) return true;
    return blank_line_paragraphs ? tk[i].has(kParagraphBefore) : tk[i].has(kNewlineBefore);
  };

  std::vector<uint32_t> starts;  // token index of each sentence start
  starts.reserve(n / 12 + 2);    // news sentences run ~25 tokens: one allocation, no regrowth
  starts.push_back(0);
  for (size_t i = 1; i < n; ++i) {
    if (paragraph_break_before(i)) { starts.push_back(uint32_t(i)); continue; }
    const Token& cur = tk[i];
    // Most tokens follow a word or number that does not end in '.', or are attached to what precedes them;
    // neither can start a sentence, so skip them before the look-back below.
    if (!cur.has(kSpaceBefore)) continue;
    const TokenKind pk = tk[i - 1].kind;
    if ((pk == TokenKind::Word || pk == TokenKind::Number) && doc.text[tk[i - 1].span.end - 1] != '.') continue;
    // A soft line break after a line that ends without punctuation, in blank-line mode: keep going.
    // Look back past closing quotes/brackets for a terminal mark.
    // At most 8 closers back: a run of ” ” ” … must not make this look-back quadratic.
    size_t j = i - 1;
    const size_t j_min = i > 9 ? i - 9 : 0;
    while (j > j_min && (tk[j].kind == TokenKind::QuoteClose || doc.token_text(uint32_t(j)) == ")" ||
                     (tk[j].kind == TokenKind::QuoteAmbig && !tk[j].has(kSpaceBefore))))
      --j;
    const std::string_view jt = doc.token_text(uint32_t(j));
    const bool dotted_abbrev = tk[j].kind == TokenKind::Word && jt.size() > 2 && jt.back() == '.';
    if (!is_terminal(jt) && !dotted_abbrev) continue;
    // What starts the next sentence?
    const bool next_starts = cur.has(kCapitalised) || cur.kind == TokenKind::Number ||
                             cur.kind == TokenKind::QuoteOpen || cur.kind == TokenKind::QuoteAmbig ||
                             doc.token_text(uint32_t(i)) == "(" || cur.has(kNewlineBefore);
    if (!next_starts) continue;
    if (jt == "." && j > 0 && tk[j - 1].kind == TokenKind::Word && !tk[j].has(kSpaceBefore)) {
      const std::string_view w = doc.token_text(uint32_t(j - 1));
      const std::string lw = lower_ascii(w);
      if (is_abbreviation(lw) && !cur.has(kNewlineBefore)) {
        // "Gen. Smith" continues; "in Jan. The talks" ends
        if (!common_sentence_starter(doc.token_text(uint32_t(i)))) continue;
      }
      // A single capital letter: an initial (Donald J. Trump)
      if (utf8::count_codepoints(w) == 1 && tk[j - 1].has(kCapitalised) && !cur.has(kNewlineBefore)) continue;
    }
    if (dotted_abbrev && !cur.has(kNewlineBefore) && !common_sentence_starter(doc.token_text(uint32_t(i)))) continue;
    starts.push_back(uint32_t(i));
  }
  starts.push_back(uint32_t(n));
  // A "sentence" longer than kMaxSentenceTokens (a transcript without full stops, a 10 MB line) is cut
  // for analysis, so every per-sentence search downstream is bounded by a constant whatever the text.
  // The cut prefers the last comma, semicolon, colon or line break in the window's final quarter. Cut
  // points are no sentence starts for the recognisers (no kSentenceStart flag: "Berg" stays a name).
  std::vector<uint8_t> cut_here(n + 1, 0);
  {
    std::vector<uint32_t> bounded;
    bounded.reserve(starts.size());
    for (size_t k = 0; k + 1 < starts.size(); ++k) {
      uint32_t b = starts[k];
      bounded.push_back(b);
      while (starts[k + 1] - b > kMaxSentenceTokens) {
        uint32_t cut = b + kMaxSentenceTokens;
        for (uint32_t c = cut; c > b + kMaxSentenceTokens * 3 / 4; --c) {
          const std::string_view pt = doc.token_text(c - 1);
          if (tk[c].has(kNewlineBefore) || (tk[c - 1].kind == TokenKind::Punct && (pt == "," || pt == ";" || pt == ":"))) {
            cut = c;
            break;
          }
        }
        cut_here[cut] = 1;
        bounded.push_back(cut);
        b = cut;
      }
    }
    bounded.push_back(uint32_t(n));
    starts.swap(bounded);
  }
  doc.sentences.reserve(starts.size());
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    Sentence s;
    s.first_token = starts[k];
    s.end_token = starts[k + 1];
    s.span = {tk[s.first_token].span.begin, tk[s.end_token - 1].span.end};
    doc.sentences.push_back(s);
  }
  // Flag sentence starts: the first token, and the first word after opening quotes/brackets.
  for (const Sentence& s : doc.sentences) {
    if (cut_here[s.first_token]) continue;
    doc.tokens[s.first_token].flags |= kSentenceStart;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& x = doc.tokens[t];
      if (x.kind == TokenKind::Word || x.kind == TokenKind::Number) {
        doc.tokens[t].flags |= kSentenceStart;
        break;
      }
      if (x.kind != TokenKind::QuoteOpen && x.kind != TokenKind::QuoteAmbig && x.kind != TokenKind::Punct) break;
    }
  }
  // Paragraphs group whole sentences.
  doc.paragraphs.reserve(doc.sentences.size() / 2 + 1);
  for (uint32_t k = 0; k < doc.sentences.size(); ++k) {
    if (k == 0 || paragraph_break_before(doc.sentences[k].first_token)) {
      Paragraph p;
      p.first_sentence = k;
      p.span.begin = doc.sentences[k].span.begin;
      doc.paragraphs.push_back(p);
    }
    doc.paragraphs.back().end_sentence = k + 1;
    doc.paragraphs.back().span.end = doc.sentences[k].span.end;
  }
}

}  // namespace lede
