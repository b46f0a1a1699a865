#include "core/quotes/detail/quote_marks.h"

#include <algorithm>

#include "core/lexicon/quote_lexicon.h"
#include "core/text/nicknames.h"
#include "core/text/utf8.h"

namespace lede {

namespace {

enum class Family : uint8_t { None, Double, Single };
enum class Dir : uint8_t { Open, Close, Ambig };

struct Mark {
  Family family = Family::None;
  Dir dir = Dir::Ambig;
  char32_t cp = 0;
};

Mark classify_mark(const Document& doc, uint32_t i);

// Most tokens are not quote marks: answer those without a call.
inline Mark classify(const Document& doc, uint32_t i) {
  const TokenKind k = doc.tokens[i].kind;
  if (k != TokenKind::QuoteOpen && k != TokenKind::QuoteClose && k != TokenKind::QuoteAmbig) return Mark{};
  return classify_mark(doc, i);
}

Mark classify_mark(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  Mark m;
  utf8::decode(doc.text, t.span.begin, m.cp);
  switch (m.cp) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB: case 0x2039: case 0x203A:
      m.family = Family::Double;
      break;
    case '\'': case 0x2018: case 0x2019: case 0x201B:
      m.family = Family::Single;
      break;
    default:
      return m;
  }
  m.dir = t.kind == TokenKind::QuoteOpen ? Dir::Open : t.kind == TokenKind::QuoteClose ? Dir::Close : Dir::Ambig;
  return m;
}

struct ParaRange {
  uint32_t begin = 0, end = 0;            // token range
  uint32_t mark_begin = 0, mark_end = 0;  // range in Pairer::marks_ (quote-mark tokens inside)
};

// Longest stretch an unclosed quote may cover inside one huge paragraph (a 10 MB line has no breaks).
constexpr uint32_t kMaxUnclosedBytes = 1500;
// How many paragraphs a quote may run through without being reopened (GUM-style lost reopen marks).
constexpr int kMaxSilentContinuations = 2;
// How many reopened paragraphs one quote may chain (wire style: “… ¶ “… ¶ “…”).
constexpr int kMaxReopenedParagraphs = 12;

class Pairer {
 public:
  explicit Pairer(const Document& doc) : doc_(doc) {
    // The passes below visit only quote-mark tokens: collect them once, counted first so the vector
    // never regrows (10 MB of " is ten million marks).
    size_t count = 0;
    for (const Token& t : doc.tokens) count += is_quote_mark(t.kind);
    marks_.reserve(count);
    packed_.reserve(count);
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (is_quote_mark(doc.tokens[i].kind)) {
        marks_.push_back(i);
        packed_.push_back(pack(classify_mark(doc, i)));
      }
    paras_.reserve(doc.paragraphs.size());
    uint32_t m = 0;
    for (const Paragraph& p : doc.paragraphs) {
      if (p.end_sentence <= p.first_sentence) continue;
      ParaRange r{doc.sentences[p.first_sentence].first_token, doc.sentences[p.end_sentence - 1].end_token, 0, 0};
      while (m < marks_.size() && marks_[m] < r.begin) ++m;
      r.mark_begin = m;
      while (m < marks_.size() && marks_[m] < r.end) ++m;
      r.mark_end = m;
      paras_.push_back(r);
    }
  }

  std::vector<QuoteMarks> run() {
    pair_doubles();
    pair_singles();
    find_blocks();
    std::sort(out_.begin(), out_.end(), [](const QuoteMarks& a, const QuoteMarks& b) {
      return a.span.begin < b.span.begin || (a.span.begin == b.span.begin && a.span.end > b.span.end);
    });
    // Drop anything nested in (or overlapping) an earlier quote: nested doubles in British single quotes.
    std::vector<QuoteMarks> kept;
    kept.reserve(out_.size());
    for (const QuoteMarks& q : out_) {
      if (!kept.empty() && q.span.begin < kept.back().span.end) continue;
      kept.push_back(q);
    }
    return kept;
  }

 private:
  void emit(uint32_t open, uint32_t close, bool closed) {
    QuoteMarks q;
    q.open_tok = open;
    q.close_tok = close;
    q.closed = closed;
    const Token& o = doc_.tokens[open];
    const Token& c = doc_.tokens[close];
    q.span = {o.span.begin, c.span.end};
    q.content = {o.span.end, closed ? c.span.begin : c.span.end};
    if (q.content.end < q.content.begin) q.content.end = q.content.begin;
    // A closed pair with nothing between its marks quotes nothing: no quote (10 MB of " would otherwise
    // make five million quotes, ~100 bytes each, before the unattributed ones are dropped).
    if (closed ? close > open + 1 : close > open) {
      // (a nickname inside a name, 'Gerardo "Tata" Martino', is no quote: nicknames.h)
      if (closed && nickname_close(doc_, open) == close) return;
      out_.push_back(q);
    }
  }

  // Last token an unclosed quote may keep in the paragraph [para_first, para_last] it has reached.
  // The byte cap counts from the paragraph start (or the mark), so only a huge paragraph is cut — there
  // the quote ends with the sentence holding the mark.
  uint32_t unclosed_end(uint32_t open, uint32_t para_first, uint32_t para_last) const {
    const auto& tk = doc_.tokens;
    const uint32_t from = std::max(open, para_first);
    if (tk[para_last].span.end - tk[from].span.begin <= kMaxUnclosedBytes) return para_last;
    const Sentence& s = doc_.sentences[doc_.sentence_of(tk[from].span.begin)];
    const uint32_t limit = std::min(para_last, s.end_token - 1);
    uint32_t last = from;  // walk forward: bounded by the cap, never by the paragraph's size
    while (last < limit && tk[last + 1].span.end - tk[from].span.begin <= kMaxUnclosedBytes) ++last;
    return last;
  }

  // Does paragraph p close a double quote before it opens one? (a quote running on without a reopen)
  bool closes_first(const ParaRange& p) const {
    for (uint32_t k = p.mark_begin; k < p.mark_end; ++k) {
      const uint32_t i = marks_[k];
      const Mark m = mark(k);
      if (m.family != Family::Double) continue;
      if (m.dir == Dir::Close) return true;
      if (m.dir == Dir::Ambig && !doc_.tokens[i].has(kSpaceBefore)) return true;
      return false;
    }
    return false;
  }

  void pair_doubles() {
    bool open = false;
    uint32_t open_tok = 0, last_tok = 0;
    char32_t open_cp = 0;
    int silent = 0, reopened = 0;
    for (size_t pi = 0; pi < paras_.size(); ++pi) {
      const ParaRange& p = paras_[pi];
      uint32_t k = p.mark_begin;
      if (open) {
        const Mark first = classify(doc_, p.begin);
        if (first.family == Family::Double && first.dir != Dir::Close && reopened < kMaxReopenedParagraphs) {
          ++reopened;  // wire style: the previous paragraph left the quote open, this one reopens it
          ++k;
        } else if (silent < kMaxSilentContinuations && closes_first(p)) {
          ++silent;
        } else {
          emit(open_tok, last_tok, false);
          open = false;
        }
      }
      for (; k < p.mark_end; ++k) {
        const uint32_t i = marks_[k];
        const Mark m = mark(k);
        if (m.family != Family::Double) continue;
        const bool straight = m.cp == '"';
        if (!open) {
          if (m.dir == Dir::Close) continue;  // a stray closing mark
          open = true;
          open_tok = i;
          open_cp = m.cp;
          silent = reopened = 0;
          continue;
        }
        // „ … “ (German) closes with “; otherwise a curly opening mark while open means the earlier
        // one was unbalanced: restart there. Straight marks simply alternate.
        const bool closes = m.dir != Dir::Open || straight || (open_cp == 0x201E && m.cp == 0x201C);
        if (closes) {
          emit(open_tok, i, true);
          open = false;
        } else {
          open_tok = i;
          open_cp = m.cp;
          silent = reopened = 0;
        }
      }
      if (open) last_tok = unclosed_end(open_tok, p.begin, p.end - 1);
      if (open && last_tok < p.end - 1) {  // a huge paragraph: never carry the quote further
        emit(open_tok, last_tok, false);
        open = false;
      }
    }
    if (open) emit(open_tok, last_tok, false);
  }

  // A ’ / ' that looks like the possessive of a plural ("soldiers’ lives", "Thomas' sister").
  bool plural_possessive(uint32_t i) const {
    const auto& tk = doc_.tokens;
    if (i == 0 || i + 1 >= tk.size()) return false;
    if (tk[i - 1].kind != TokenKind::Word || tk[i].has(kSpaceBefore)) return false;
    const std::string_view w = doc_.token_text(i - 1);
    if (w.empty() || (w.back() != 's' && w.back() != 'S' && w.back() != 'z')) return false;
    return tk[i + 1].kind == TokenKind::Word && tk[i + 1].has(kSpaceBefore);
  }

  void pair_singles() {
    // Only outside the double quotes found so far.
    std::vector<ByteSpan> doubles;
    doubles.reserve(out_.size());
    for (const QuoteMarks& q : out_) doubles.push_back(q.span);
    std::sort(doubles.begin(), doubles.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    size_t d = 0;
    auto inside_double = [&](uint32_t b) {
      while (d < doubles.size() && doubles[d].end <= b) ++d;
      return d < doubles.size() && doubles[d].begin <= b;
    };
    for (const ParaRange& p : paras_) {
      for (uint32_t k = p.mark_begin; k < p.mark_end; ++k) {
        const uint32_t i = marks_[k];
        const Mark m = mark(k);
        if (m.family != Family::Single || m.dir != Dir::Open) continue;
        if (inside_double(doc_.tokens[i].span.begin)) continue;
        uint32_t close = 0, close_k = 0;
        for (uint32_t kj = k + 1; kj < p.mark_end; ++kj) {
          const uint32_t j = marks_[kj];
          const Mark c = mark(kj);
          if (c.family != Family::Single) continue;
          if (c.dir == Dir::Open) break;  // another opening single: ours was an apostrophe
          if (c.dir == Dir::Ambig && doc_.tokens[j].has(kSpaceBefore)) continue;
          if (plural_possessive(j)) continue;
          close = j;
          close_k = kj;
          break;
        }
        if (close == 0) continue;
        emit(i, close, true);
        k = close_k;
      }
    }
  }

  // "In a statement, the club rejected the claims:" ¶ He never signed anything … — a quoted
  // paragraph whose marks were lost. Needs a cue verb in the introducing sentence.
  void find_blocks() {
    const auto& tk = doc_.tokens;
    for (size_t pi = 1; pi < paras_.size(); ++pi) {
      const ParaRange& prev = paras_[pi - 1];
      const ParaRange& p = paras_[pi];
      if (p.end <= p.begin + 2 || doc_.token_text(prev.end - 1) != ":") continue;
      bool marks = false;
      for (uint32_t k = p.mark_begin; k < p.mark_end && !marks; ++k) marks = mark(k).family == Family::Double;
      if (marks || classify(doc_, p.begin).family != Family::None) continue;
      // (a paragraph that opens on a number is a table's or a list's rows: "Leading scores (Britain unless
      // stated):" ¶ "201 Ian Woosnam")
      if (tk[p.begin].kind == TokenKind::Number) continue;
      const Sentence& s = doc_.sentences[doc_.sentence_of(tk[prev.end - 1].span.begin)];
      bool cue = false;
      for (uint32_t i = s.first_token; i < s.end_token && !cue; ++i) {
        if (tk[i].kind != TokenKind::Word || tk[i].has(kCapitalised)) continue;
        // ("unless stated", "as noted", "unless otherwise indicated": a note on what follows, no one speaking)
        const std::string_view before = i > s.first_token ? doc_.token_text(i - 1) : std::string_view();
        if (before == "unless" || before == "as" || before == "otherwise" || before == "where") continue;
        char buf[32];
        cue = qlex::is_cue_verb(qlex::lower(doc_.token_text(i), buf));
      }
      if (!cue) continue;
      const uint32_t last = unclosed_end(p.begin, p.begin, p.end - 1);
      QuoteMarks q;
      q.open_tok = p.begin;
      q.close_tok = last;
      q.closed = false;
      q.block = true;
      q.span = q.content = {tk[p.begin].span.begin, tk[last].span.end};
      out_.push_back(q);
    }
  }

  const Document& doc_;
  std::vector<ParaRange> paras_;
  std::vector<uint32_t> marks_;  // token indices of quote marks, ascending
  // classify_mark of each of marks_, once (the passes ask 2-3 times per mark), in one byte: family, dir
  // and the only code points the pairing compares (straight ", „ and “; any other is 0).
  std::vector<uint8_t> packed_;
  static uint8_t pack(const Mark& m) {
    const uint8_t cp = m.cp == '"' ? 1 : m.cp == 0x201E ? 2 : m.cp == 0x201C ? 3 : 0;
    return uint8_t(uint8_t(m.family) | uint8_t(m.dir) << 2 | cp << 4);
  }
  Mark mark(uint32_t k) const {
    static constexpr char32_t kCp[4] = {0, '"', 0x201E, 0x201C};
    const uint8_t b = packed_[k];
    Mark m;
    m.family = Family(b & 3);
    m.dir = Dir(b >> 2 & 3);
    m.cp = kCp[b >> 4 & 3];
    return m;
  }
  std::vector<QuoteMarks> out_;
};

}  // namespace

std::vector<QuoteMarks> pair_quote_marks(const Document& doc) {
  if (doc.tokens.empty() || doc.paragraphs.empty()) return {};
  return Pairer(doc).run();
}

}  // namespace lede
