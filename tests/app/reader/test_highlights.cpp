#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "app/reader/highlights.h"

using namespace lede;
using namespace lede::app;

namespace {
// What collect_highlights gave before it merged the layers: all of them, then a stable sort.
std::vector<Highlight> sorted_reference(const Document& doc, const bool shown[kKindCount]) {
  std::vector<Highlight> out;
  if (shown[int(Kind::Quote)])
    for (uint32_t i = 0; i < doc.quotes.size(); ++i) out.push_back({doc.quotes[i].span, Kind::Quote, i});
  for (uint32_t i = 0; i < doc.mentions.size(); ++i)
    if (shown[int(kind_of(doc.mentions[i].type))]) out.push_back({doc.mentions[i].span, kind_of(doc.mentions[i].type), i});
  if (shown[int(Kind::Number)])
    for (uint32_t i = 0; i < doc.numbers.size(); ++i) out.push_back({doc.numbers[i].span, Kind::Number, i});
  std::stable_sort(out.begin(), out.end(), [](const Highlight& a, const Highlight& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return (a.kind == Kind::Quote) > (b.kind == Kind::Quote);
  });
  return out;
}

void check_same(const std::vector<Highlight>& a, const std::vector<Highlight>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].span.begin == b[i].span.begin);
    CHECK(a[i].kind == b[i].kind);
    CHECK(a[i].ref == b[i].ref);
  }
}
}  // namespace

TEST_CASE("highlights: layers merged in text order, quotes then mentions then numbers at equal starts") {
  Document d;
  d.text = std::string(100, 'x');
  d.quotes = {{ByteSpan{0, 40}}, {ByteSpan{50, 60}}};
  d.mentions = {{ByteSpan{0, 5}, EntityType::Person}, {ByteSpan{10, 15}, EntityType::Loc},
                {ByteSpan{50, 55}, EntityType::Org}, {ByteSpan{70, 75}, EntityType::Group}};
  for (uint32_t b : {0u, 10u, 20u, 50u, 80u, 80u}) {
    NumberMention n;
    n.span = ByteSpan{b, b + 2};
    d.numbers.push_back(n);
  }
  bool all[kKindCount] = {true, true, true, true, true};
  const std::vector<Highlight> hs = collect_highlights(d, all);
  check_same(hs, sorted_reference(d, all));
  REQUIRE(hs.size() >= 3);
  CHECK(hs[0].kind == Kind::Quote);
  CHECK(hs[1].kind == Kind::Person);
  CHECK(hs[2].kind == Kind::Number);
  // Kinds hidden in the legend are left out.
  bool some[kKindCount] = {false, true, true, false, true};
  check_same(collect_highlights(d, some), sorted_reference(d, some));
  // The reader's list (its layout spans) holds the same highlights.
  std::vector<Highlight> back;
  for (const LayoutSpan& s : collect_layout_spans(d, all)) back.push_back(highlight_of(s));
  check_same(back, hs);
  // A layer out of text order (never made by the core) still comes out sorted.
  std::swap(d.numbers[0], d.numbers[4]);
  check_same(collect_highlights(d, all), sorted_reference(d, all));
  back.clear();
  for (const LayoutSpan& s : collect_layout_spans(d, all)) back.push_back(highlight_of(s));
  check_same(back, sorted_reference(d, all));
}
