#include "core/library/library.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <unordered_set>

#include "core/lexicon/entity_lexicon.h"
#include "core/library/detail/figure_frame.h"
#include "core/library/detail/library_identity.h"
#include "core/numbers/date_resolve.h"
#include "core/numbers/number_display.h"
#include "core/text/utf8.h"

namespace lede {

namespace {

std::string fold_word(std::string_view w) { return utf8::fold(w); }

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// Event words a search may use for a series' event ("dead > 100" finds "killed"). Lower-case, folded.
const char* event_of(std::string_view w) {
  static const std::pair<const char*, const char*> kEvents[] = {
      {"killed", "killed"},     {"kill", "killed"},         {"kills", "killed"},       {"killing", "killed"},
      {"dead", "killed"},       {"deaths", "killed"},       {"death", "killed"},       {"died", "killed"},
      {"fatalities", "killed"}, {"casualties", "casualties"}, {"injured", "injured"},  {"wounded", "injured"},
      {"injuries", "injured"},  {"wounding", "injured"},    {"hurt", "injured"},       {"freed", "released"},
      {"abducted", "taken"},    {"kidnapped", "taken"},     {"displaced", "displaced"}, {"missing", "missing"}};
  for (const auto& e : kEvents)
    if (w == e.first) return e.second;
  return nullptr;
}

std::string capitalise_first(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 32);
  return s;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    const bool word = (ch & 0x80) || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    if (word) cur += ch;
    else if (!cur.empty()) { out.push_back(cur); cur.clear(); }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

constexpr size_t kTitlesKept = 8;  // distinct titles remembered per name: enough to agree, bounded

// The office written just before a name, lower-case: "prime minister" in "Israel's Prime Minister Benjamin
// Netanyahu", "envoy" in "US envoy Steve Witkoff"; "" for none. Honorifics (Mr, Dr) and kinship words
// (wife, son) say nothing about which person it is, so they are no title here. At most 3 tokens read.
std::string title_before(const Document& d, uint32_t first_token) {
  std::string out;
  for (uint32_t n = 0, t = first_token; n < 3 && t > 0; ++n) {
    --t;
    if (d.tokens[t].kind != TokenKind::Word) break;
    const std::string_view w = d.token_text(t);
    if (!(lexicon::is_title(w) || lexicon::is_lower_title(w)) || lexicon::abbrev_title(w)) break;
    static const std::string_view kNotOffice[] = {"Mr", "Mrs", "Ms", "Miss", "Mme", "wife", "husband", "son",
                                                  "daughter", "father", "mother", "brother", "sister"};
    if (std::find(std::begin(kNotOffice), std::end(kNotOffice), w) != std::end(kNotOffice)) break;
    out = utf8::fold(w) + (out.empty() ? "" : " " + out);
  }
  return out;
}

struct FigureRef {
  uint32_t article, number;
};

}  // namespace

struct Library::Index {
  std::unordered_map<std::string, std::vector<MentionRef>> entity_mentions;
  IdentityInput identity;  // per key: type votes, articles, titles, fullest name (library_identity.h)
  std::unordered_map<std::string, std::vector<FigureRef>> figures;  // event|group -> refs
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> speaker_quotes;
  std::unordered_map<std::string, std::string> speaker_name;
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> words;  // folded token -> (article, token)
};

Library::Library() : index_(std::make_unique<Index>()) {}
Library::~Library() = default;
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;

std::string Library::entity_key(std::string_view name) {
  std::string k = utf8::fold(name);
  // Curly apostrophes and dots do not distinguish names.
  std::string out;
  for (size_t i = 0; i < k.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(k[i]);
    if (c == '.') continue;
    out += k[i];
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

uint32_t Library::add(ArticleMeta meta, Document doc) {
  for (uint32_t i = 0; i < articles_.size(); ++i) {
    if (articles_[i].meta.id == meta.id) {
      articles_[i].meta = std::move(meta);
      articles_[i].doc = std::move(doc);
      rebuild_after_removal();  // replacing changes old postings: rebuild (rare: re-import)
      return i;
    }
  }
  LibraryArticle a;
  a.meta = std::move(meta);
  if (a.meta.date.empty()) a.meta.date = estimate_article_date(doc);
  if (!a.meta.date.empty()) resolve_dates(doc, a.meta.date);  // "Tuesday" -> that week's date
  a.doc = std::move(doc);
  a.order = next_order_++;
  articles_.push_back(std::move(a));
  index_article(uint32_t(articles_.size() - 1));
  return uint32_t(articles_.size() - 1);
}

bool Library::remove(std::string_view id) {
  for (size_t i = 0; i < articles_.size(); ++i) {
    if (articles_[i].meta.id == id) {
      articles_.erase(articles_.begin() + long(i));
      rebuild_after_removal();
      return true;
    }
  }
  return false;
}

void Library::set_date(uint32_t article, std::string date) {
  if (article < articles_.size()) articles_[article].meta.date = std::move(date);
}

void Library::merge_entities(std::string_view from, std::string_view into) {
  merges_[std::string(from)] = std::string(into);  // from == into: keep that name on its own
}

void Library::split_entity(std::string_view key) { merges_.erase(std::string(key)); }

void Library::rebuild_after_removal() {
  index_ = std::make_unique<Index>();
  for (uint32_t i = 0; i < articles_.size(); ++i) index_article(i);
}

void Library::index_article(uint32_t a) {
  Index& ix = *index_;
  const Document& d = articles_[a].doc;
  // Entities: mentions by key, and what library_identity.h reasons with (type votes, articles, titles).
  uint32_t tok = 0;  // token cursor: mentions are sorted, so finding each one's first token stays linear
  for (uint32_t m = 0; m < d.mentions.size(); ++m) {
    const Mention& mm = d.mentions[m];
    if (mm.entity < 0 || mm.type == EntityType::Group) continue;
    const Entity& e = d.entities[size_t(mm.entity)];
    const std::string key = entity_key(e.canonical);
    if (key.empty()) continue;
    ix.entity_mentions[key].push_back({a, m});
    IdentityKey& k = ix.identity.keys[key];
    if (e.canonical.size() > k.name.size()) k.name = e.canonical;
    ++k.votes[size_t(e.type)];
    ++k.mentions;
    if (k.articles.empty() || k.articles.back() != a) k.articles.push_back(a);
    if (mm.is_alias || e.type != EntityType::Person) continue;
    while (tok < d.tokens.size() && d.tokens[tok].span.begin < mm.span.begin) ++tok;
    const std::string title = title_before(d, tok);
    if (!title.empty() && k.titles.size() < kTitlesKept &&
        std::find(k.titles.begin(), k.titles.end(), title) == k.titles.end())
      k.titles.push_back(title);
  }
  // Words (for search)
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    const Token& tk = d.tokens[t];
    if (tk.kind != TokenKind::Word && tk.kind != TokenKind::Number) continue;
    ix.words[fold_word(d.token_text(t))].push_back({a, t});
  }
  // Figures: one series per frame (what is counted, what happened, when: figure_frame.h). A relative
  // date nothing resolved keys the series to this article alone.
  FrameWalk walk;
  FigureFrame f;
  for (uint32_t n = 0; n < d.numbers.size(); ++n) {
    if (!frame_figure(d, n, walk, f)) continue;
    std::string key = f.event + "|" + f.group + "|" + f.when;
    if (f.when_is_local) key += "|@" + articles_[a].meta.id;
    ix.figures[key].push_back({a, n});
  }
  // Speakers
  for (uint32_t q = 0; q < d.quotes.size(); ++q) {
    const Quote& qq = d.quotes[q];
    if (qq.speaker.empty() || qq.kind != QuoteKind::Direct) continue;
    std::string key = qq.speaker_entity >= 0 ? entity_key(d.entities[size_t(qq.speaker_entity)].canonical)
                                             : "~" + utf8::fold(qq.speaker);
    ix.speaker_quotes[key].push_back({a, q});
    std::string& name = ix.speaker_name[key];
    const std::string& cand =
        qq.speaker_entity >= 0 ? d.entities[size_t(qq.speaker_entity)].canonical : qq.speaker;
    if (cand.size() > name.size()) name = cand;
  }
}

namespace {

bool date_less(const std::string& a, uint64_t oa, const std::string& b, uint64_t ob) {
  if (a.empty() != b.empty()) return !a.empty();
  if (a != b) return a < b;
  return oa < ob;
}

}  // namespace

std::vector<LibraryEntity> Library::entities() const {
  const Index& ix = *index_;
  const Identity id = resolve_identity(ix.identity, merges_);
  std::unordered_map<std::string, LibraryEntity> out;
  for (const auto& [key, refs] : ix.entity_mentions) {
    const std::string& rep = id.root_of.at(key);
    LibraryEntity& e = out[rep];
    e.key = rep;
    e.canonical = ix.identity.keys.at(rep).name;
    e.type = id.type_of.at(rep);
    e.names.push_back(ix.identity.keys.at(key).name);
    e.mentions.insert(e.mentions.end(), refs.begin(), refs.end());
  }
  std::vector<LibraryEntity> v;
  v.reserve(out.size());
  for (auto& kv : out) {
    LibraryEntity& e = kv.second;  // a named reference: lambdas may not capture a structured binding before C++20 (clang 14)
    std::sort(e.names.begin(), e.names.end(), [&](const std::string& a, const std::string& b) {
      if (a == e.canonical || b == e.canonical) return a == e.canonical && b != e.canonical;
      return a < b;
    });
    std::sort(e.mentions.begin(), e.mentions.end(), [&](const MentionRef& x, const MentionRef& y) {
      const auto& ax = articles_[x.article];
      const auto& ay = articles_[y.article];
      if (x.article != y.article) return date_less(ax.meta.date, ax.order, ay.meta.date, ay.order);
      return x.mention < y.mention;
    });
    for (const MentionRef& m : e.mentions) {
      if (e.per_article.empty() || e.per_article.back().first != m.article) e.per_article.push_back({m.article, 0});
      ++e.per_article.back().second;
    }
    v.push_back(std::move(e));
  }
  std::sort(v.begin(), v.end(), [](const LibraryEntity& a, const LibraryEntity& b) {
    if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
    return a.key < b.key;
  });
  return v;
}

std::vector<FigureSeries> Library::figure_series() const {
  const Index& ix = *index_;
  std::vector<FigureSeries> out;
  std::vector<size_t> articles_in;  // per series, for the order below
  for (const auto& [key, refs] : ix.figures) {
    // key: event|group|when[|@article]
    const size_t b1 = key.find('|'), b2 = key.find('|', b1 + 1), b3 = key.find('|', b2 + 1);
    FigureSeries s;
    s.key = key;
    s.event = key.substr(0, b1);
    s.counted = capitalise_first(key.substr(b1 + 1, b2 - b1 - 1));
    s.when = key.substr(b2 + 1, b3 == std::string::npos ? std::string::npos : b3 - b2 - 1);
    s.label = s.counted + " " + s.event + (s.when.empty() ? "" : " · " + display_normalized(NumberType::Date, s.when));
    std::unordered_map<uint32_t, double> max_in_article;
    for (const FigureRef& f : refs) {
      const double val = articles_[f.article].doc.numbers[f.number].value;
      auto it = max_in_article.find(f.article);
      if (it == max_in_article.end() || val > it->second) max_in_article[f.article] = val;
    }
    for (const FigureRef& f : refs) {
      const LibraryArticle& art = articles_[f.article];
      const NumberMention& nm = art.doc.numbers[f.number];
      FigurePoint p;
      p.article = f.article;
      p.number = f.number;
      p.date = art.meta.date;
      // The chart's date: the report's; else the day the figure's own sentence gives it, when absolute.
      p.chart_date = !p.date.empty() ? p.date : (s.when.size() == 10 && s.when[0] != 'X' ? s.when : "");
      p.value = nm.value;
      p.hedge = art.doc.str(art.doc.detail(nm).hedge);
      p.source = art.doc.str(art.doc.detail(nm).source);  // what this article says, never the series' other articles
      p.wording = wording_with_hedge(art.doc.slice(nm.span), p.hedge);  // "at least" is inside the span
      const Sentence& sen = art.doc.sentences[art.doc.sentence_of(nm.span.begin)];
      p.sentence = std::string(art.doc.slice(sen.span));
      p.representative = nm.value == max_in_article[f.article];
      s.points.push_back(std::move(p));
    }
    std::sort(s.points.begin(), s.points.end(), [&](const FigurePoint& a, const FigurePoint& b) {
      const auto& aa = articles_[a.article];
      const auto& ab = articles_[b.article];
      if (a.article != b.article) return date_less(aa.meta.date, aa.order, ab.meta.date, ab.order);
      return a.number < b.number;
    });
    // The series names a source only when every report gives that same one.
    s.source = s.points.front().source;
    for (const FigurePoint& p : s.points)
      if (p.representative && entity_key(p.source) != entity_key(s.source)) s.source.clear();
    std::map<std::string, std::set<double>> rep_by_date;
    for (const auto& p : s.points)
      if (p.representative && !p.date.empty()) rep_by_date[p.date].insert(p.value);
    for (const auto& [d, vals] : rep_by_date) s.disagreement |= vals.size() > 1;
    articles_in.push_back(max_in_article.size());
    out.push_back(std::move(s));
  }
  // Series seen in more articles first.
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (articles_in[a] != articles_in[b]) return articles_in[a] > articles_in[b];
    return out[a].key < out[b].key;
  });
  std::vector<FigureSeries> sorted;
  sorted.reserve(out.size());
  for (size_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

namespace {

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> w = split_words(utf8::fold(text));
  return w;
}

// Same statement: one quote's words contain the other's (trimmed quoting), or they share most word trigrams.
bool same_statement(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  if (shorter.size() >= 4) {
    auto it = std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end());
    if (it != longer.end()) return true;
  }
  if (shorter.size() < 3) return a == b;
  std::set<std::string> ta, tb;
  for (size_t i = 0; i + 2 < a.size(); ++i) ta.insert(a[i] + " " + a[i + 1] + " " + a[i + 2]);
  for (size_t i = 0; i + 2 < b.size(); ++i) tb.insert(b[i] + " " + b[i + 1] + " " + b[i + 2]);
  size_t common = 0;
  for (const auto& t : ta) common += tb.count(t);
  return common * 10 >= std::min(ta.size(), tb.size()) * 6;
}

}  // namespace

std::vector<SpeakerIndex> Library::speakers() const {
  const Index& ix = *index_;
  const Identity id = resolve_identity(ix.identity, merges_);
  std::unordered_map<std::string, SpeakerIndex> by;
  for (const auto& [key, refs] : ix.speaker_quotes) {
    auto root = key[0] == '~' ? id.root_of.end() : id.root_of.find(key);
    const std::string rep = root == id.root_of.end() ? key : root->second;
    SpeakerIndex& s = by[rep];
    // The identity's name when the speaker is a known entity, else the description as written.
    const std::string name = root == id.root_of.end() ? ix.speaker_name.at(key) : ix.identity.keys.at(rep).name;
    if (root != id.root_of.end() || name.size() > s.speaker.size()) s.speaker = name;
    for (const auto& [a, q] : refs) s.quotes.push_back({a, q, 0});
  }
  std::vector<SpeakerIndex> out;
  for (auto& [k, s] : by) {
    std::sort(s.quotes.begin(), s.quotes.end(), [&](const QuoteRef& x, const QuoteRef& y) {
      const auto& ax = articles_[x.article];
      const auto& ay = articles_[y.article];
      if (x.article != y.article) return date_less(ax.meta.date, ax.order, ay.meta.date, ay.order);
      return x.quote < y.quote;
    });
    std::vector<std::vector<std::string>> words;
    for (const QuoteRef& q : s.quotes) {
      const Document& d = articles_[q.article].doc;
      words.push_back(content_words(d.slice(d.quotes[q.quote].content)));
    }
    uint32_t next = 0;
    // The quotes are sorted by article, so another article's quotes are those before this article's
    // first: a speaker quoted thousands of times in one article costs no comparison among them.
    size_t article_begin = 0;
    for (size_t i = 0; i < s.quotes.size(); ++i) {
      if (s.quotes[i].article != s.quotes[article_begin].article) article_begin = i;
      s.quotes[i].statement = UINT32_MAX;
      for (size_t j = 0; j < article_begin; ++j)
        if (s.quotes[j].article != s.quotes[i].article && same_statement(words[i], words[j])) {
          s.quotes[i].statement = s.quotes[j].statement;
          break;
        }
      if (s.quotes[i].statement == UINT32_MAX) s.quotes[i].statement = next++;
    }
    s.statements = next;
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const SpeakerIndex& a, const SpeakerIndex& b) {
    if (a.quotes.size() != b.quotes.size()) return a.quotes.size() > b.quotes.size();
    return a.speaker < b.speaker;
  });
  return out;
}

std::vector<SearchHit> Library::search(std::string_view query, size_t limit) const {
  std::vector<SearchHit> hits;
  const Index& ix = *index_;
  auto snippet = [&](uint32_t a, ByteSpan sp) {
    const Document& d = articles_[a].doc;
    return std::string(d.slice(d.sentences.empty() ? sp : d.sentences[d.sentence_of(sp.begin)].span));
  };
  // Number range: "killed > 50000", "palestinians killed >= 1000", "< 10"
  const size_t op = query.find_first_of("<>=");
  if (op != std::string_view::npos) {
    std::string_view rest = query.substr(op);
    int cmp = rest[0] == '>' ? 1 : rest[0] == '<' ? -1 : 0;
    bool or_equal = cmp == 0 || (rest.size() > 1 && rest[1] == '=');
    std::string num;
    for (char c : rest)
      if ((c >= '0' && c <= '9') || c == '.') num += c;
    if (num.empty()) return hits;
    const double bound = std::strtod(num.c_str(), nullptr);
    const std::vector<std::string> want = split_words(utf8::fold(query.substr(0, op)));
    for (const FigureSeries& s : figure_series()) {
      const std::string label = utf8::fold(s.label);
      bool ok = true;
      for (const auto& w : want) ok &= label.find(w) != std::string::npos || (event_of(w) && s.event == event_of(w));
      if (!ok) continue;
      for (const FigurePoint& p : s.points) {
        const bool pass = cmp > 0 ? (p.value > bound || (or_equal && p.value == bound))
                        : cmp < 0 ? (p.value < bound || (or_equal && p.value == bound))
                                  : p.value == bound;
        if (!pass) continue;
        const NumberMention& nm = articles_[p.article].doc.numbers[p.number];
        hits.push_back({p.article, nm.span, "number", p.sentence});
        if (hits.size() >= limit) return hits;
      }
    }
    return hits;
  }
  // Any name form of an entity finds every article naming it: "Netanyahu", "Bibi Netanyahu" and
  // "Benjamin Netanyahu" are one identity (library_identity.h).
  const Identity id = resolve_identity(ix.identity, merges_);
  const std::string want = id.root(entity_key(query));
  bool entity_found = false;
  for (const auto& [k, refs] : ix.entity_mentions) {
    if (want.empty() || id.root_of.at(k) != want) continue;
    entity_found = true;
    for (const MentionRef& m : refs) {
      const ByteSpan sp = articles_[m.article].doc.mentions[m.mention].span;
      hits.push_back({m.article, sp, "entity", snippet(m.article, sp)});
      if (hits.size() >= limit) return hits;
    }
  }
  if (entity_found) return hits;
  // Words / phrase: the first word through the index, the rest checked token by token.
  const std::vector<std::string> words = split_words(utf8::fold(query));
  if (words.empty()) return hits;
  auto it = ix.words.find(words[0]);
  if (it == ix.words.end()) return hits;
  for (const auto& [a, t] : it->second) {
    const Document& d = articles_[a].doc;
    uint32_t tt = t, matched = 1;
    for (; matched < words.size(); ++matched) {
      ++tt;
      while (tt < d.tokens.size() && d.tokens[tt].kind != TokenKind::Word && d.tokens[tt].kind != TokenKind::Number) ++tt;
      if (tt >= d.tokens.size() || fold_word(d.token_text(tt)) != words[matched]) break;
    }
    if (matched < words.size()) continue;
    const ByteSpan sp{d.tokens[t].span.begin, d.tokens[tt].span.end};
    hits.push_back({a, sp, "word", snippet(a, sp)});
    if (hits.size() >= limit) break;
  }
  return hits;
}

std::vector<MergeSuggestion> Library::suggested_merges() const {
  return resolve_identity(index_->identity, merges_).suggestions;
}

std::string estimate_article_date(const Document& doc) {
  // A full date in the first three paragraphs, alone on its line or in a dateline before " - ".
  const uint32_t limit = doc.paragraphs.size() > 3 ? doc.paragraphs[3].span.begin : uint32_t(doc.text.size());
  for (const NumberMention& n : doc.numbers) {
    if (n.span.begin >= limit) break;
    if (n.type != NumberType::Date || !is_iso_date(doc.str(n.normalized))) continue;
    const uint32_t p = [&] {
      for (uint32_t i = 0; i < doc.paragraphs.size(); ++i)
        if (doc.paragraphs[i].span.contains(n.span)) return i;
      return 0u;
    }();
    const ByteSpan ps = doc.paragraphs.empty() ? ByteSpan{0, uint32_t(doc.text.size())} : doc.paragraphs[p].span;
    const bool alone = ps.size() <= n.span.size() + 16;  // "Tuesday, September 22, 2015"
    const bool dateline = n.span.begin - ps.begin < 60 && doc.text.find(" - ", n.span.end) < size_t(n.span.end) + 30;
    if (alone || dateline) return std::string(doc.str(n.normalized));
  }
  return "";
}

}  // namespace lede
