// bench_anchoring — timing of re-anchoring, JSON-LD export/import and text decoding, one `name: value`
// line each (scripts/bench.d/anchoring.sh runs it). The article is synthetic: pseudo-words made from
// syllables by a fixed-seed generator, ~1 MB in paragraphs, so no real text is needed or copied.
//
// Scenarios for 1,000 annotations (spans of 20..200 bytes at word starts):
//   unchanged  the same text                                   -> all exact
//   moved      2 KB inserted at the top, a paragraph mid-text  -> moved
//   edited     as moved, plus one word changed inside a third of the quoted spans -> moved + fuzzy
//   orphans    as moved, plus half the quoted spans deleted    -> moved + orphans (the slow path)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "notes/anchoring.h"
#include "notes/annotation.h"
#include "core/text/text_decode.h"
#include "core/text/utf8.h"
#include "notes/webanno.h"

using namespace lede;

namespace {

std::string make_article(std::mt19937& rng, size_t bytes) {
  static const char* syll[] = {"ka", "lo", "ven", "tri", "sa", "mor", "el", "quin", "da", "ru", "pe", "sto",
                               "an", "bri", "ze", "hol", "mi", "tur", "o", "gra", "ne", "\xC3\xA9", "ly", "cas"};
  std::string t;
  t.reserve(bytes + 256);
  size_t words_in_sentence = 0;
  while (t.size() < bytes) {
    const int n = 1 + int(rng() % 3);
    std::string w;
    for (int i = 0; i < n; ++i) w += syll[rng() % (sizeof syll / sizeof *syll)];
    if (words_in_sentence == 0 && w[0] >= 'a' && w[0] <= 'z') w[0] = char(w[0] - 32);
    t += w;
    if (++words_in_sentence > 8 + rng() % 12) {
      t += rng() % 6 == 0 ? ".\n\n" : ". ";
      words_in_sentence = 0;
    } else {
      t += rng() % 9 == 0 ? ", " : " ";
    }
  }
  return t;
}

std::vector<Annotation> make_annotations(const std::string& text, std::mt19937& rng, size_t count) {
  const utf8::CodepointIndex cpi(text);
  std::vector<Annotation> out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    size_t b = rng() % (text.size() - 400);
    while (b > 0 && text[b - 1] != ' ') --b;  // start at a word
    size_t e = b + 20 + rng() % 180;
    while (e < text.size() && text[e] != ' ' && text[e] != '.') ++e;
    out.push_back(make_annotation("b" + std::to_string(i), "bench", text, cpi, {uint32_t(b), uint32_t(e)},
                                  "2026-11-22T08:00:00Z"));
  }
  return out;
}

// Applies edits to the annotated spans of `base`: kind 1 changes one word inside, kind 2 deletes the span.
std::string edit_spans(const std::string& base, const std::vector<Annotation>& anns, std::mt19937& rng, int kind,
                       size_t every) {
  const utf8::CodepointIndex cpi(base);
  std::vector<ByteSpan> spans;
  for (size_t i = 0; i < anns.size(); i += every)
    spans.push_back({uint32_t(cpi.to_byte(anns[i].position.start)), uint32_t(cpi.to_byte(anns[i].position.end))});
  std::sort(spans.begin(), spans.end(), [](ByteSpan a, ByteSpan b) {  // back to front, ties fixed
    return a.begin != b.begin ? a.begin > b.begin : a.end > b.end;
  });
  std::string t = base;
  uint32_t last_begin = uint32_t(t.size());
  for (const ByteSpan& s : spans) {
    if (s.end > last_begin) continue;  // overlaps one already edited
    last_begin = s.begin;
    if (kind == 2) {
      t.erase(s.begin, s.size());
    } else {
      size_t at = s.begin + s.size() / 2;
      while (at < s.end && t[at] != ' ') ++at;
      if (at < s.end) t.insert(at + 1, std::string("zorbly ") + (rng() % 2 ? "quant " : ""));
    }
  }
  return t;
}

// Best of `reps` runs, in CPU time of this process: the build machine is shared, and wall time there
// measures the neighbours as much as the code.
template <class F>
double best_ms(int reps, F f) {
  double best = 1e300;
  for (int i = 0; i < reps; ++i) {
    const std::clock_t t0 = std::clock();
    f();
    best = std::min(best, double(std::clock() - t0) * 1000.0 / CLOCKS_PER_SEC);
  }
  return best;
}

void report(const char* name, double v) { std::printf("%s: %.2f\n", name, v); }

}  // namespace

int main() {
  std::mt19937 rng(20261122);
  const std::string article = make_article(rng, 1u << 20);
  const std::vector<Annotation> anns = make_annotations(article, rng, 1000);

  std::string moved = make_article(rng, 2048) + "\n\n" + article;
  moved.insert(moved.size() / 2, "\n\n" + make_article(rng, 600) + "\n\n");
  // Edited and orphaned variants are made from the shifted text, after mapping the spans onto it.
  std::vector<Annotation> on_moved = anns;
  reanchor_all(moved, on_moved);
  const std::string edited = edit_spans(moved, on_moved, rng, 1, 3);
  const std::string orphaned = edit_spans(moved, on_moved, rng, 2, 2);

  struct Scenario { const char* name; const std::string* text; };
  const Scenario scenarios[] = {{"unchanged", &article}, {"moved", &moved}, {"edited", &edited}, {"orphans", &orphaned}};
  for (const Scenario& s : scenarios) {
    std::vector<AnchorResult> r;
    const double ms = best_ms(5, [&] { r = anchor_all(*s.text, anns); });
    size_t counts[4] = {0, 0, 0, 0};
    for (const AnchorResult& x : r) ++counts[size_t(x.status)];
    char name[128];
    std::snprintf(name, sizeof name, "anchor_ms_1000_annotations_1MB_%s", s.name);
    report(name, ms);
    if (s.text == &edited) report("anchor_ms_1000_annotations_1MB", ms);
    if (s.text == &edited || s.text == &orphaned) {  // the others place everything exactly or moved
      std::printf("anchor_1000_annotations_1MB_%s_fuzzy: %zu\n", s.name, counts[size_t(AnchorStatus::Fuzzy)]);
      std::printf("anchor_1000_annotations_1MB_%s_orphans: %zu\n", s.name, counts[size_t(AnchorStatus::Orphan)]);
    } else if (counts[size_t(AnchorStatus::Exact)] + counts[size_t(AnchorStatus::Moved)] != r.size()) {
      std::printf("anchor_1000_annotations_1MB_%s_misplaced: %zu\n", s.name,
                  r.size() - counts[size_t(AnchorStatus::Exact)] - counts[size_t(AnchorStatus::Moved)]);
    }
  }

  // make_selectors for 1,000 selections (the app does one per highlight).
  {
    const utf8::CodepointIndex cpi(article);
    const double ms = best_ms(5, [&] {
      for (const Annotation& a : anns) (void)make_selectors(article, cpi, {uint32_t(cpi.to_byte(a.position.start)),
                                                                              uint32_t(cpi.to_byte(a.position.end))});
    });
    report("make_selectors_ms_1000", ms);
  }

  // JSON-LD: a library of 20 articles of ~50 KB and 1,000 annotations, exported and imported.
  {
    std::vector<ArticleRecord> arts;
    std::vector<Annotation> all;
    for (int i = 0; i < 20; ++i) {
      ArticleRecord a;
      a.meta.id = "art-" + std::to_string(i);
      a.meta.title = "Article " + std::to_string(i);
      a.text = make_article(rng, 50000);
      std::vector<Annotation> some = make_annotations(a.text, rng, 50);
      for (Annotation& x : some) {
        x.id = a.meta.id + "-" + x.id;
        x.article_id = a.meta.id;
        x.note = "Note for " + x.id + "\nsecond line \xE2\x80\x94 \xC3\xA9t\xC3\xA9";
        x.tags = {"bench", "t" + std::to_string(rng() % 10)};
        all.push_back(std::move(x));
      }
      arts.push_back(std::move(a));
    }
    std::string file;
    report("webanno_export_ms_1000_annotations_1MB", best_ms(5, [&] { file = export_webanno(arts, all); }));
    bool ok = false;
    report("webanno_import_ms_1000_annotations_1MB", best_ms(5, [&] { ok = import_webanno(file).ok; }));
    if (!ok) std::printf("webanno_import_failed: 1\n");
  }

  // Decoding a 1 MB Windows-1252 file.
  {
    std::string cp1252 = article;
    for (char& c : cp1252)
      if (static_cast<unsigned char>(c) >= 0x80) c = '\x93';
    const double ms = best_ms(5, [&] { (void)decode_text(cp1252); });
    report("decode_MBps_windows1252", double(cp1252.size()) / (1 << 20) / (ms / 1000.0));
  }
  return 0;
}
