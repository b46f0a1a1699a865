// library.h — the cross-article index: one entity across articles, a figure's series, who said what where.
//
//     lede::Library lib;
//     lib.add({"a1", "Talks resume", "Wire", "2025-01-30"}, lede::analyse(text1));
//     lib.add({"a2", "Truce holds",  "Wire", "2025-07-08"}, lede::analyse(text2));
//     for (const lede::FigureSeries& s : lib.figure_series())      // "Palestinians killed": 47,460 → 57,575
//         for (const lede::FigurePoint& p : s.points) ...
//     const auto people = lib.entities();                            // sorted by total mentions
//     const auto speakers = lib.speakers();                          // quotes per speaker, repeats grouped
//     const auto hits = lib.search("killed > 50000");               // words, entity names, number ranges
//     lib.search("Netanyahu");        // every article naming him, by any of his names (one identity)
//     lib.merge_entities("netanyahu", "benjamin netanyahu");  // hand merge, across types too
//
// Cost model: add() indexes one article in time proportional to that article (hash maps keyed by
// normalised names); the views walk the index when asked. Article dates are ISO "YYYY-MM-DD" or "" when
// unknown (estimate_article_date() reads a dateline); undated articles sort after dated ones, in the
// order they were added. A dated article's relative dates are resolved against its date (date_resolve.h).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/library/detail/library_identity.h"

namespace lede {

struct ArticleMeta {
  std::string id;
  std::string title;
  std::string source;
  std::string date;  // ISO YYYY-MM-DD, or "" when unknown
};

struct LibraryArticle {
  ArticleMeta meta;
  Document doc;
  uint64_t order = 0;  // insertion order, for stable sorting of undated articles
};

struct MentionRef {
  uint32_t article = 0;  // index into Library::articles()
  uint32_t mention = 0;  // index into that article's doc.mentions
};

// One identity across the library: every key library_identity.h joins ("netanyahu", "bibi netanyahu",
// "benjamin netanyahu"), whatever type each article gave it; its type is what most of its mentions say.
struct LibraryEntity {
  std::string key;        // normalised canonical name: the identity's key (pass it to merge_entities)
  std::string canonical;  // its fullest, most named form ("Benjamin Netanyahu")
  std::vector<std::string> names;  // every name form joined, canonical first ("Bibi Netanyahu", "Netanyahu")
  EntityType type = EntityType::Person;
  std::vector<MentionRef> mentions;           // every mention, article by article, in text order
  std::vector<std::pair<uint32_t, uint32_t>> per_article;  // (article, mention count)
};

struct FigurePoint {
  uint32_t article = 0;
  uint32_t number = 0;      // index into doc.numbers
  std::string date;         // the article's date ("" when unknown)
  std::string chart_date;   // where a chart puts it: the article's date, else the day the figure's own
                            // sentence gives (absolute ISO only), else "" (undated: no place on a date axis)
  double value = 0;
  std::string hedge;
  std::string source;       // the source this figure's own article gives ("Gaza Health Ministry"), or ""
                            // when it gives none: show "no source given", never another article's source
  std::string wording;      // the number as written, with hedge: "at least 57,575"
  std::string sentence;     // its sentence, for context
  bool representative = true;  // the article's headline figure for this series (largest value)
};

// One count of one thing over time: every point agrees on the counted noun, the event and the time
// reference (figure_frame.h), so "more than 200 taken captive" on October 7 and the 33 hostages released
// in a deal are two series, and "facing famine" is none. Precision first: a figure whose frame is unclear
// is in no series.
struct FigureSeries {
  std::string key;          // "killed|palestinians|" (event|counted|when, "|@article" for a local date)
  std::string label;        // "Palestinians killed", "People killed · 7 October 2023"
  std::string event;        // killed, injured, released, taken, held, displaced, missing, "killed by famine"...
  std::string counted;      // "Palestinians", "Israeli hostages"
  std::string when;         // normalised time reference ("2023-10-07"), "" for a running total
  std::string source;       // the source when every report gives the same one, else "" (see points)
  std::vector<FigurePoint> points;  // date order (undated last)
  bool disagreement = false;        // two representative figures with one date and different values
};

struct QuoteRef {
  uint32_t article = 0;
  uint32_t quote = 0;       // index into doc.quotes
  uint32_t statement = 0;   // quotes with the same statement id repeat one statement
};

struct SpeakerIndex {
  std::string speaker;             // canonical name or description
  std::vector<QuoteRef> quotes;    // article date order
  uint32_t statements = 0;         // distinct statements among the quotes
};

struct SearchHit {
  uint32_t article = 0;
  ByteSpan span;                   // in that article's text
  std::string kind;                // "word", "entity", "number"
  std::string snippet;
};

class Library {
 public:
  Library();
  ~Library();
  Library(Library&&) noexcept;
  Library& operator=(Library&&) noexcept;

  // Adds (or replaces, by meta.id) an article; returns its index.
  uint32_t add(ArticleMeta meta, Document doc);
  // Removes an article by id; returns false if absent.
  bool remove(std::string_view id);
  void set_date(uint32_t article, std::string date);

  // Hand corrections, kept by the caller (the app stores them): treat entity `from` as `into`. Any two
  // entities merge, whatever their types (the result's type is what most mentions say); the whole
  // identity of `from` joins the whole identity of `into`, which names the result. A key merged into
  // itself is kept on its own: the automatic joins of library_identity.h leave it alone.
  void merge_entities(std::string_view from_key, std::string_view into_key);
  void split_entity(std::string_view key);  // forgets the hand correction of that key
  const std::map<std::string, std::string>& merges() const { return merges_; }

  const std::vector<LibraryArticle>& articles() const { return articles_; }
  std::vector<LibraryEntity> entities() const;
  // Same-surname pairs nothing joined ("Sara Netanyahu" / "Benjamin Netanyahu"): offer them, let the user
  // decide with merge_entities(s.from_key, s.into_key).
  std::vector<MergeSuggestion> suggested_merges() const;
  std::vector<FigureSeries> figure_series() const;
  std::vector<SpeakerIndex> speakers() const;
  std::vector<SearchHit> search(std::string_view query, size_t limit = 200) const;

  // Normalised entity key used across articles (lower-cased, diacritics folded, "the" dropped).
  static std::string entity_key(std::string_view name);

 private:
  struct Index;
  void rebuild_after_removal();
  void index_article(uint32_t a);
  std::vector<LibraryArticle> articles_;
  std::map<std::string, std::string> merges_;
  std::unique_ptr<Index> index_;
  uint64_t next_order_ = 0;
};

// Finds a publication date in the first lines of an article ("March 06, 2008" alone on a line, or a
// dateline "WASHINGTON, March 5 (Reuters) -"); ISO "YYYY-MM-DD" or "".
std::string estimate_article_date(const Document& doc);

}  // namespace lede
