#include "notes/annotation.h"

#include <algorithm>

namespace lede {

const PaletteColour kPalette[] = {
    {"yellow", 0xFFE066}, {"green", 0x9BE39B}, {"blue", 0x99C8FF},
    {"pink", 0xFFA8D2},   {"orange", 0xFFBE73}, {"purple", 0xC9A8FF},
};
const size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

const char* to_string(AnchorStatus s) {
  switch (s) {
    case AnchorStatus::Exact: return "exact";
    case AnchorStatus::Moved: return "moved";
    case AnchorStatus::Fuzzy: return "fuzzy";
    case AnchorStatus::Orphan: return "orphan";
  }
  return "orphan";
}

bool parse_anchor_status(std::string_view s, AnchorStatus& out) {
  for (AnchorStatus st : {AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Fuzzy, AnchorStatus::Orphan})
    if (s == to_string(st)) { out = st; return true; }
  return false;
}

bool Annotation::operator==(const Annotation& o) const {
  return id == o.id && article_id == o.article_id && created == o.created && modified == o.modified &&
         creator == o.creator && colour == o.colour && note == o.note && tags == o.tags &&
         motivations == o.motivations && quote == o.quote && position == o.position && anchor == o.anchor &&
         anchor_score == o.anchor_score;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool valid_colour(std::string_view c) {
  if (c.size() == 7 && c[0] == '#') {
    for (size_t i = 1; i < 7; ++i)
      if (hex_value(c[i]) < 0) return false;
    return true;
  }
  for (size_t i = 0; i < kPaletteSize; ++i)
    if (c == kPalette[i].name) return true;
  return false;
}

uint32_t colour_rgb(std::string_view c) {
  if (c.size() == 7 && c[0] == '#' && valid_colour(c)) {
    uint32_t v = 0;
    for (size_t i = 1; i < 7; ++i) v = v * 16 + uint32_t(hex_value(c[i]));
    return v;
  }
  for (size_t i = 0; i < kPaletteSize; ++i)
    if (c == kPalette[i].name) return kPalette[i].rgb;
  return kPalette[0].rgb;
}

// Moves b back to the start of the code point it is in (b <= text.size()).
static size_t floor_boundary(std::string_view text, size_t b) {
  while (b > 0 && b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return b;
}

// Moves b forward to the next code point start.
static size_t ceil_boundary(std::string_view text, size_t b) {
  while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
  return b;
}

AnnotationTarget make_selectors(std::string_view text, ByteSpan span) {
  const utf8::CodepointIndex cpi(text);
  return make_selectors(text, cpi, span);
}

AnnotationTarget make_selectors(std::string_view text, const utf8::CodepointIndex& cpi, ByteSpan span) {
  size_t b = std::min<size_t>(span.begin, text.size());
  size_t e = std::min<size_t>(std::max(span.begin, span.end), text.size());
  b = floor_boundary(text, b);
  e = ceil_boundary(text, e);
  AnnotationTarget t;
  t.quote.exact = std::string(text.substr(b, e - b));
  // Context: walk kSelectorContext code points outwards (cheap, no index needed).
  size_t pb = b;
  for (uint32_t n = 0; n < kSelectorContext && pb > 0; ++n) pb = utf8::prev_boundary(text, pb);
  t.quote.prefix = std::string(text.substr(pb, b - pb));
  size_t se = e;
  for (uint32_t n = 0; n < kSelectorContext && se < text.size(); ++n) se = ceil_boundary(text, se + 1);
  t.quote.suffix = std::string(text.substr(e, se - e));
  t.position.start = uint32_t(cpi.to_codepoint(b));
  t.position.end = t.position.start + uint32_t(utf8::count_codepoints(t.quote.exact));
  return t;
}

Annotation make_annotation(std::string id, std::string article_id, std::string_view text,
                           const utf8::CodepointIndex& cpi, ByteSpan span, std::string now) {
  Annotation a;
  a.id = std::move(id);
  a.article_id = std::move(article_id);
  AnnotationTarget t = make_selectors(text, cpi, span);
  a.quote = std::move(t.quote);
  a.position = t.position;
  a.created = now;
  a.modified = std::move(now);
  a.colour = kPalette[0].name;
  a.motivations = {"highlighting"};
  return a;
}

std::vector<std::string> default_motivations(const Annotation& a) {
  std::vector<std::string> m = {"highlighting"};
  if (!a.note.empty()) m.push_back("commenting");
  if (!a.tags.empty()) m.push_back("tagging");
  return m;
}

ByteSpan position_bytes(const utf8::CodepointIndex& cpi, size_t text_codepoints, const TextPositionSelector& p) {
  if (p.start > p.end || p.end > text_codepoints) {
    const uint32_t end = uint32_t(cpi.to_byte(text_codepoints));
    return {end, end};
  }
  return {uint32_t(cpi.to_byte(p.start)), uint32_t(cpi.to_byte(p.end))};
}

bool looks_like_iso8601(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    if (s.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (s.size() > 64) return false;
  if (!(digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2))) return false;
  if (s.size() == 10) return true;
  if (s[10] != 'T' && s[10] != ' ') return false;
  for (size_t i = 11; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= '0' && c <= '9') || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z';
    if (!ok) return false;
  }
  return true;
}

static bool has_control(std::string_view s, bool allow_newlines) {
  for (unsigned char c : s) {
    if (c >= 0x20 || (allow_newlines && (c == '\n' || c == '\t' || c == '\r'))) continue;
    return true;
  }
  return false;
}

std::string validate_annotation(const Annotation& a) {
  if (a.id.empty()) return "annotation has no id";
  if (a.article_id.empty()) return "annotation " + a.id + " has no article id";
  const std::string who = "annotation " + a.id.substr(0, 80) + ": ";
  for (const std::string* s : {&a.id, &a.article_id, &a.created, &a.modified, &a.creator, &a.colour})
    if (!utf8::is_clean(*s) || has_control(*s, false)) return who + "a field holds invalid UTF-8 or control characters";
  for (const std::string* s : {&a.note, &a.quote.exact, &a.quote.prefix, &a.quote.suffix})
    if (!utf8::is_clean(*s)) return who + "text holds invalid UTF-8 or a NUL character";
  for (const std::string& t : a.tags)
    if (t.empty() || !utf8::is_clean(t) || has_control(t, false)) return who + "a tag is empty or holds control characters";
  for (const std::string& m : a.motivations)
    if (m.empty() || has_control(m, false)) return who + "a motivation is empty or holds control characters";
  if (a.position.start > a.position.end) return who + "position start is after its end";
  if (!a.colour.empty() && !valid_colour(a.colour)) return who + "colour must be a palette name or #rrggbb";
  if (!a.created.empty() && !looks_like_iso8601(a.created)) return who + "created is not an ISO 8601 timestamp";
  if (!a.modified.empty() && !looks_like_iso8601(a.modified)) return who + "modified is not an ISO 8601 timestamp";
  if (!(a.anchor_score >= 0.0f && a.anchor_score <= 1.0f)) return who + "anchor score must be within 0..1";
  return "";
}

}  // namespace lede
