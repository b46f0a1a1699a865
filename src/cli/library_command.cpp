// `lede library [--date FILE=YYYY-MM-DD]... FILES...` — the cross-article views as text:
// one entity index, figure series (a death toll over time), speakers with their quotes.
// `lede library-bench N` — time to index N synthetic articles, and to add one more.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "core/analyse.h"
#include "core/library/library.h"

namespace lede::cli {

namespace {

std::string base_name(const std::string& p) {
  const size_t s = p.find_last_of('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}

// "YYYY-MM-DD" with a month 01-12 and a day 01-31: what Library and date_resolve.h expect.
bool is_iso_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  const int month = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string fmt_value(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

}  // namespace

void print_library(const Library& lib, std::ostream& out) {
  const auto& arts = lib.articles();
  out << "ARTICLES (" << arts.size() << ")\n";
  for (size_t i = 0; i < arts.size(); ++i)
    out << "  [" << i << "] " << (arts[i].meta.date.empty() ? "(undated)  " : arts[i].meta.date) << "  "
        << arts[i].meta.title << "\n";
  out << "\nENTITIES ACROSS ARTICLES\n";
  for (const LibraryEntity& e : lib.entities()) {
    if (e.per_article.size() < 2 && e.mentions.size() < 3) continue;
    out << "  " << to_string(e.type) << "  " << e.canonical << "  x" << e.mentions.size() << " in "
        << e.per_article.size() << " article(s):";
    for (const auto& [a, n] : e.per_article) out << " [" << a << "]x" << n;
    if (e.names.size() > 1) {
      out << "  (also:";
      for (size_t i = 1; i < e.names.size(); ++i) out << (i > 1 ? ", " : " ") << e.names[i];
      out << ")";
    }
    out << "\n";
  }
  const auto suggestions = lib.suggested_merges();
  if (!suggestions.empty()) {
    out << "\nSUGGESTED MERGES\n";
    for (const MergeSuggestion& s : suggestions)
      out << "  " << s.from_name << " -> " << s.into_name << "  (" << s.reason << ")\n";
  }
  out << "\nFIGURES OVER TIME\n";
  for (const FigureSeries& s : lib.figure_series()) {
    out << "  " << s.label << (s.source.empty() ? "" : "  (source: " + s.source + ")")
        << (s.disagreement ? "  ! reports of one date disagree" : "") << "\n";
    for (const FigurePoint& p : s.points) {
      if (!p.representative) continue;
      out << "    " << (p.date.empty() ? "(undated)  " : p.date) << "  [" << p.article << "]  " << fmt_value(p.value)
          << "  \"" << p.wording << "\"  · " << (p.source.empty() ? "no source given" : p.source) << "\n";
    }
  }
  out << "\nSPEAKERS\n";
  for (const SpeakerIndex& s : lib.speakers()) {
    out << "  " << s.speaker << ": " << s.quotes.size() << " quote(s), " << s.statements << " statement(s)\n";
    for (const QuoteRef& q : s.quotes) {
      const Document& d = arts[q.article].doc;
      std::string t(d.slice(d.quotes[q.quote].span));
      if (t.size() > 90) t = t.substr(0, 87) + "...";
      out << "    [" << q.article << "] #" << q.statement << " " << t << "\n";
    }
  }
}

int library(const std::vector<std::string>& args, std::ostream& out) {
  Library lib;
  std::map<std::string, std::string> dates;
  int rc = 0;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--date" && i + 1 < args.size()) {
      const std::string v = args[++i];
      const size_t eq = v.rfind('=');
      if (eq == std::string::npos || !is_iso_date(v.substr(eq + 1))) {
        std::cerr << "lede library: --date wants FILE=YYYY-MM-DD, got '" << v << "'\n";
        return 2;
      }
      dates[base_name(v.substr(0, eq))] = v.substr(eq + 1);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: lede library [--date FILE=YYYY-MM-DD]... FILES...\n";
    return 2;
  }
  for (const std::string& f : files) {
    std::string text, err;
    if (!read_file(f, text, err)) {
      std::cerr << "lede: " << err << "\n";
      rc = 1;
      continue;
    }
    ArticleMeta meta;
    meta.id = f;
    meta.title = base_name(f);
    auto d = dates.find(base_name(f));
    if (d != dates.end()) meta.date = d->second;
    lib.add(std::move(meta), analyse(text));
  }
  print_library(lib, out);
  return rc;
}

int library_bench(const std::vector<std::string>& args, std::ostream& out) {
  // Synthetic articles: the given files with names and figures varied so the index really grows.
  std::vector<std::string> texts;
  size_t n = 100;
  for (const auto& a : args) {
    if (!a.empty() && a[0] >= '0' && a[0] <= '9') { n = std::stoul(a); continue; }
    std::string t, e;
    if (read_file(a, t, e) && !t.empty()) texts.push_back(t);
  }
  if (texts.empty()) {
    std::cerr << "lede library-bench: no input files\n";
    return 2;
  }
  std::vector<Document> docs;
  for (size_t i = 0; i <= n; ++i) {
    std::string t = texts[i % texts.size()];
    t += "\nReporter" + std::to_string(i) + " Smith said at least " + std::to_string(1000 + i * 7) +
         " people were killed, according to the Health Ministry.\n";
    docs.push_back(analyse(t));
  }
  Library lib;
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) lib.add({"a" + std::to_string(i), "", "", ""}, std::move(docs[i]));
  const auto t1 = std::chrono::steady_clock::now();
  lib.add({"extra", "", "", ""}, std::move(docs[n]));
  const auto t2 = std::chrono::steady_clock::now();
  const size_t series = lib.figure_series().size();
  const auto t3 = std::chrono::steady_clock::now();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  out << "index_ms: " << ms(t0, t1) << "\nadd_one_ms: " << ms(t1, t2) << "\nviews_ms: " << ms(t2, t3)
      << "\nseries: " << series << "\n";
  return 0;
}

}  // namespace lede::cli
