#include "app/reader/highlights.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lede::app {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Person: return "Person";
    case Kind::Org: return "Organisation";
    case Kind::Place: return "Place";
    case Kind::Quote: return "Quote";
    case Kind::Number: return "Number";
  }
  return "?";
}

const char* kind_letter(Kind k) {
  switch (k) {
    case Kind::Person: return "P";
    case Kind::Org: return "O";
    case Kind::Place: return "L";
    case Kind::Quote: return "Q";
    case Kind::Number: return "N";
  }
  return "?";
}

Kind kind_of(EntityType t) {
  switch (t) {
    case EntityType::Person: return Kind::Person;
    case EntityType::Org: return Kind::Org;
    case EntityType::Group: return Kind::Org;
    case EntityType::Loc: return Kind::Place;
  }
  return Kind::Person;
}

namespace {

// Calls emit(const Highlight&) for each highlight of the shown kinds, sorted by begin, quotes first on ties.
template <class Emit>
void visit_highlights(const Document& doc, const bool shown[kKindCount], Emit&& emit) {
  const bool quotes = shown[int(Kind::Quote)], numbers = shown[int(Kind::Number)];
  auto by_begin = [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; };
  if (std::is_sorted(doc.quotes.begin(), doc.quotes.end(), by_begin) &&
      std::is_sorted(doc.mentions.begin(), doc.mentions.end(), by_begin) &&
      std::is_sorted(doc.numbers.begin(), doc.numbers.end(), by_begin)) {
    // Each layer is in text order (as the core makes them): merged in one pass, the order the sort below
    // gives (at equal starts quotes, then mentions, then numbers), without a list and a sort buffer of all
    // highlights (a text of figures has a number every two bytes: 400 MB each at 50 MB, issue 14).
    size_t q = quotes ? 0 : doc.quotes.size(), m = 0, k = numbers ? 0 : doc.numbers.size();
    const uint32_t kEnd = UINT32_MAX;
    for (;;) {
      while (m < doc.mentions.size() && !shown[int(kind_of(doc.mentions[m].type))]) ++m;
      const uint32_t bq = q < doc.quotes.size() ? doc.quotes[q].span.begin : kEnd;
      const uint32_t bm = m < doc.mentions.size() ? doc.mentions[m].span.begin : kEnd;
      const uint32_t bk = k < doc.numbers.size() ? doc.numbers[k].span.begin : kEnd;
      if (q < doc.quotes.size() && bq <= bm && bq <= bk) {
        emit(Highlight{doc.quotes[q].span, Kind::Quote, uint32_t(q)});
        ++q;
      } else if (m < doc.mentions.size() && bm <= bk) {
        emit(Highlight{doc.mentions[m].span, kind_of(doc.mentions[m].type), uint32_t(m)});
        ++m;
      } else if (k < doc.numbers.size()) {
        emit(Highlight{doc.numbers[k].span, Kind::Number, uint32_t(k)});
        ++k;
      } else {
        return;
      }
    }
  }
  std::vector<Highlight> all;
  if (quotes)
    for (uint32_t i = 0; i < doc.quotes.size(); ++i) all.push_back({doc.quotes[i].span, Kind::Quote, i});
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    Kind k = kind_of(doc.mentions[i].type);
    if (shown[int(k)]) all.push_back({doc.mentions[i].span, k, i});
  }
  if (numbers)
    for (uint32_t i = 0; i < doc.numbers.size(); ++i) all.push_back({doc.numbers[i].span, Kind::Number, i});
  // Quotes first at equal starts, so entity and number backgrounds are painted over the quote's.
  std::stable_sort(all.begin(), all.end(), [](const Highlight& a, const Highlight& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return (a.kind == Kind::Quote) > (b.kind == Kind::Quote);
  });
  for (const Highlight& h : all) emit(h);
}

size_t count_highlights(const Document& doc, const bool shown[kKindCount]) {
  size_t n = (shown[int(Kind::Quote)] ? doc.quotes.size() : 0) + (shown[int(Kind::Number)] ? doc.numbers.size() : 0);
  for (const Mention& m : doc.mentions) n += shown[int(kind_of(m.type))];
  return n;
}

}  // namespace

std::vector<Highlight> collect_highlights(const Document& doc, const bool shown[kKindCount]) {
  std::vector<Highlight> out;
  out.reserve(count_highlights(doc, shown));
  visit_highlights(doc, shown, [&](const Highlight& h) { out.push_back(h); });
  return out;
}

std::vector<LayoutSpan> collect_layout_spans(const Document& doc, const bool shown[kKindCount]) {
  std::vector<LayoutSpan> out;
  out.reserve(count_highlights(doc, shown));
  visit_highlights(doc, shown, [&](const Highlight& h) { out.push_back({h.span.begin, h.span.end, uint8_t(h.kind), h.ref}); });
  return out;
}

namespace {

std::string format_value(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

std::string describe(const Document& doc, const Highlight& h) {
  std::string s = std::string(kind_name(h.kind)) + " [" + kind_letter(h.kind) + "]";
  switch (h.kind) {
    case Kind::Person:
    case Kind::Org:
    case Kind::Place: {
      const Mention& m = doc.mentions[h.ref];
      if (m.type == EntityType::Group) s += " (group)";
      if (m.entity >= 0 && size_t(m.entity) < doc.entities.size()) {
        const Entity& e = doc.entities[size_t(m.entity)];
        s += "\nName: " + e.canonical;
        s += "\nMentions in this article: " + std::to_string(e.mentions.size() + e.inner_mentions.size());
      }
      // "University of Texas": the names inside it, each its own entity
      for (const Mention& in : doc.inner_mentions)
        if (m.span.contains(in.span) && in.entity >= 0 && size_t(in.entity) < doc.entities.size())
          s += "\nNames inside: " + std::string(doc.slice(in.span)) + " (" + to_string(in.type) + ")";
      if (m.is_alias) s += "\n(description or short form)";
      break;
    }
    case Kind::Quote: {
      const Quote& q = doc.quotes[h.ref];
      s += q.kind == QuoteKind::Phrase ? " (phrase)" : " (direct)";
      s += "\nSpeaker: " + (q.speaker.empty() ? std::string("unattributed") : q.speaker);
      if (!q.cue.empty()) s += "\nCue: " + q.cue;
      break;
    }
    case Kind::Number: {
      const NumberMention& n = doc.numbers[h.ref];
      s += std::string(" (") + to_string(n.type) + ")";
      const auto str = [&](StrId id) { return std::string(doc.str(id)); };
      if (n.normalized != kNoString) s += "\nValue: " + str(n.normalized);
      else if (n.has_value) {
        s += "\nValue: " + format_value(n.value);
        if (n.is_range) s += " to " + format_value(doc.detail(n).value_max);
        if (n.unit != kNoString) s += " " + str(n.unit);
      }
      const NumberDetail& x = doc.detail(n);
      if (x.hedge != kNoString) s += "\nHedge: " + str(x.hedge);
      if (x.counted != kNoString) s += "\nCounts: " + str(x.counted);
      if (x.source != kNoString) s += "\nSource: " + str(x.source);
      break;
    }
  }
  return s;
}

}  // namespace lede::app
