// annotation.h — the user's own data: articles they imported and annotations they made on them.
//
// An Annotation is a plain struct the app fills and stores; the core never reads clocks or makes ids,
// so timestamps (ISO 8601, "2026-11-22T08:30:00Z") and ids come from the caller.
//
//     lede::utf8::CodepointIndex cpi(doc.text);                       // once per article
//     lede::Annotation a = lede::make_annotation("a-17", "article-3", doc.text, cpi,
//                                                 selection_bytes, "2026-11-22T08:30:00Z");
//     a.colour = "green";  a.note = "Compare with the July figure.\nSee also p. 2";  a.tags = {"casualties"};
//     a.motivations = lede::default_motivations(a);                   // highlighting [+commenting][+tagging]
//     std::string err = lede::validate_annotation(a);                 // "" when fine
//
// The target is stored twice, as the W3C Web Annotation model does (anchoring.h uses both):
//   TextQuoteSelector    the exact text plus up to 32 code points of context on each side
//   TextPositionSelector start/end in Unicode *code points* of the article text (end exclusive)
// Selectors live in code points because they leave the core (JSON-LD, IndexedDB); byte spans
// (document.h's ByteSpan) are only ever computed from them against a concrete text.
//
// Orphans: when an article is replaced and an annotation cannot be placed any more, anchoring.h sets
// anchor = AnchorStatus::Orphan and keeps the old selectors untouched — an orphan is never dropped; the
// app lists it, and a later re-import may place it again.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/library/library.h"   // ArticleMeta
#include "core/text/utf8.h"

namespace lede {

// Context kept on each side of the quote, in code points (the number the issue and Hypothesis use).
constexpr uint32_t kSelectorContext = 32;

struct TextQuoteSelector {
  std::string exact;   // the annotated text, as it was when the annotation was made
  std::string prefix;  // up to kSelectorContext code points just before it
  std::string suffix;  // up to kSelectorContext code points just after it
  bool operator==(const TextQuoteSelector& o) const {
    return exact == o.exact && prefix == o.prefix && suffix == o.suffix;
  }
};

struct TextPositionSelector {
  uint32_t start = 0;  // code point offset into the article text, inclusive
  uint32_t end = 0;    // exclusive
  bool operator==(const TextPositionSelector& o) const { return start == o.start && end == o.end; }
};

// Where the annotation stands after the last anchoring (anchoring.h). Exact: the position selector still
// points at the quote. Moved: the same quote was found elsewhere. Fuzzy: an approximate match was used.
// Orphan: not placed — selectors keep their last known values.
enum class AnchorStatus : uint8_t { Exact, Moved, Fuzzy, Orphan };
const char* to_string(AnchorStatus s);                  // "exact", "moved", "fuzzy", "orphan"
bool parse_anchor_status(std::string_view s, AnchorStatus& out);

struct Annotation {
  std::string id;          // caller-made, unique in the library (a UUID is fine)
  std::string article_id;  // ArticleRecord::meta.id of the annotated article
  std::string created;     // ISO 8601 timestamps supplied by the caller
  std::string modified;
  std::string creator;     // a display name, or ""
  std::string colour;      // a palette name ("yellow", see kPalette) or "#rrggbb"
  std::string note;        // any UTF-8, multi-line; "" when the annotation is a bare highlight
  std::vector<std::string> tags;
  std::vector<std::string> motivations;  // W3C motivations: "highlighting", "commenting", "tagging", ...
  TextQuoteSelector quote;
  TextPositionSelector position;
  AnchorStatus anchor = AnchorStatus::Exact;
  float anchor_score = 1.0f;  // confidence of the last anchoring, 0..1 (0 for orphans)

  bool orphan() const { return anchor == AnchorStatus::Orphan; }
  bool operator==(const Annotation& o) const;
};

// An imported article as the library stores it: its metadata and the text the selectors point into.
struct ArticleRecord {
  ArticleMeta meta;   // id, title, source (publication), date ("YYYY-MM-DD" or "")
  std::string url;    // where it came from, or "" (files, pasted text)
  std::string text;   // valid UTF-8 (text_decode.h / utf8::repair), LF line ends
  bool operator==(const ArticleRecord& o) const {
    return meta.id == o.meta.id && meta.title == o.meta.title && meta.source == o.meta.source &&
           meta.date == o.meta.date && url == o.url && text == o.text;
  }
};

// The highlight palette. Colours are stored by name so a theme change recolours old highlights.
struct PaletteColour {
  const char* name;
  uint32_t rgb;  // 0xRRGGBB
};
extern const PaletteColour kPalette[];
extern const size_t kPaletteSize;

// True for a palette name or "#rrggbb" (hex digits, either case).
bool valid_colour(std::string_view colour);
// 0xRRGGBB of a palette name or "#rrggbb"; the first palette colour for anything else.
uint32_t colour_rgb(std::string_view colour);

// Selectors for byte span `span` of `text` (valid UTF-8). The span is clamped to the text and widened to
// code point boundaries, so any span is safe. Pass a CodepointIndex of the same text when making many.
struct AnnotationTarget {
  TextQuoteSelector quote;
  TextPositionSelector position;
};
AnnotationTarget make_selectors(std::string_view text, ByteSpan span);
AnnotationTarget make_selectors(std::string_view text, const utf8::CodepointIndex& cpi, ByteSpan span);

// A new highlight: selectors made from the span, created = modified = now, motivations {"highlighting"},
// colour the first palette colour.
Annotation make_annotation(std::string id, std::string article_id, std::string_view text,
                           const utf8::CodepointIndex& cpi, ByteSpan span, std::string now);

// "highlighting", plus "commenting" when there is a note and "tagging" when there are tags.
std::vector<std::string> default_motivations(const Annotation& a);

// The byte span the position selector gives in `text`, or an empty span at the end when it does not fit.
ByteSpan position_bytes(const utf8::CodepointIndex& cpi, size_t text_codepoints, const TextPositionSelector& p);

// Checks an annotation before it is stored or exported: ids present, strings clean UTF-8 without NUL,
// start <= end, colour well-formed, timestamps shaped like ISO 8601. Returns "" or a message.
std::string validate_annotation(const Annotation& a);

// True when s looks like an ISO 8601 date or date-time: "YYYY-MM-DD" optionally followed by "T..." .
bool looks_like_iso8601(std::string_view s);

}  // namespace lede
