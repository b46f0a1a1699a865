#include "cli/commands.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/analyse.h"
#include "core/export_json.h"
#include "core/lexicon/gazetteer.h"
#include "core/text/utf8.h"

namespace lede::cli {

bool read_file(const std::string& path, std::string& content, std::string& error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = "cannot open '" + path + "'";
    return false;
  }
  std::ostringstream ss;
  ss << f.rdbuf();
  content = ss.str();
  return true;
}

namespace {

void print_report(const Document& doc, const std::string& title, std::ostream& out) {
  const utf8::CodepointIndex cpi(doc.text);
  auto at = [&](ByteSpan s) { return "@" + std::to_string(cpi.to_codepoint(s.begin)); };
  out << "== " << title << " ==\n";
  out << doc.text.size() << " bytes, " << doc.tokens.size() << " tokens, " << doc.sentences.size()
      << " sentences, " << doc.paragraphs.size() << " paragraphs\n\n";
  out << "ENTITIES (" << doc.entities.size() << ")\n";
  for (const Entity& e : doc.entities) {
    out << "  " << to_string(e.type) << "  " << e.canonical << "  x" << e.mentions.size() + e.inner_mentions.size()
        << ":";
    for (uint32_t mi : e.mentions) out << "  \"" << doc.slice(doc.mentions[mi].span) << "\"" << at(doc.mentions[mi].span);
    for (uint32_t mi : e.inner_mentions) {  // inside a longer name: "Texas" in "University of Texas"
      const ByteSpan sp = doc.inner_mentions[mi].span;
      out << "  (in a name) \"" << doc.slice(sp) << "\"" << at(sp);
    }
    out << "\n";
  }
  out << "\nQUOTES (" << doc.quotes.size() << ")\n";
  for (const Quote& q : doc.quotes) {
    std::string s(doc.slice(q.span));
    if (s.size() > 100) s = s.substr(0, 97) + "...";
    out << "  [" << to_string(q.kind) << "] " << (q.speaker.empty() ? "(unattributed)" : q.speaker);
    if (!q.cue.empty()) out << " (" << q.cue << ")";
    out << ": " << s << " " << at(q.span) << "\n";
  }
  out << "\nNUMBERS (" << doc.numbers.size() << ")\n";
  for (const NumberMention& n : doc.numbers) {
    out << "  " << to_string(n.type) << "  \"" << doc.slice(n.span) << "\"" << at(n.span) << "  =";
    if (n.has_value) out << " " << n.value;
    if (n.normalized != kNoString) out << " " << doc.str(n.normalized);
    const NumberDetail& x = doc.detail(n);
    if (x.hedge != kNoString) out << "  hedge: " << doc.str(x.hedge);
    if (x.counted != kNoString) out << "  counts: " << doc.str(x.counted);
    if (x.source != kNoString) out << "  source: " << doc.str(x.source);
    out << "\n";
  }
  out << "\n";
}

}  // namespace

int annotate_files(const std::vector<std::string>& paths, std::ostream& out) {
  int rc = 0;
  for (const std::string& p : paths) {
    std::string text, err;
    if (!read_file(p, text, err)) {
      std::cerr << "lede: " << err << "\n";
      rc = 1;
      continue;
    }
    print_report(analyse(text), p, out);
  }
  return rc;
}

int jsonl(std::istream& in, std::ostream& out, std::ostream& err) {
  std::string line;
  size_t line_no = 0;
  int rc = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const std::exception& e) {
      err << "lede: line " << line_no << ": not valid JSON (" << e.what() << ")\n";
      rc = 1;
      continue;
    }
    const char* field = j.is_object() && j.contains("text") ? "text" : "input";
    if (!j.is_object() || !j.contains(field) || !j[field].is_string()) {
      err << "lede: line " << line_no << ": expected an object with a string \"text\"\n";
      rc = 1;
      continue;
    }
    std::string id;
    if (j.contains("id")) id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    else id = std::to_string(line_no);
    // Move the text out and drop the line and the parsed tree first: a 50 MB article is held once here.
    std::string text = std::move(j[field].get_ref<std::string&>());
    j = nullptr;
    std::string().swap(line);
    const Document doc = analyse(text);
    std::string().swap(text);
    write_json(out, doc, id);
    out << "\n";
  }
  return rc;
}

int version(std::ostream& out) {
#ifndef LEDE_VERSION
#define LEDE_VERSION "(version not set by the build)"
#endif
  out << "lede " << LEDE_VERSION << "\n"
      << "data built in (generated at build time by scripts/gen/gazetteer.js):\n"
      << gazetteer::describe_tables();
  return 0;
}

int bench(const std::vector<std::string>& args, std::ostream& out) {
  double mb = 5;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--mb" && i + 1 < args.size()) mb = std::stod(args[++i]);
    else files.push_back(args[i]);
  }
  std::vector<std::string> texts;
  for (const auto& f : files) {
    std::string t, e;
    if (read_file(f, t, e) && !t.empty()) texts.push_back(t);
  }
  if (texts.empty()) {
    std::cerr << "lede bench: no readable input files\n";
    return 2;
  }
  // Analyse article-sized documents (as the app does), cycling through the inputs until N MB.
  const size_t target = size_t(mb * 1e6);
  size_t bytes = 0, tokens = 0, docs = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (size_t k = 0; bytes < target; ++k) {
    const Document d = analyse(texts[k % texts.size()]);
    bytes += d.text.size();
    tokens += d.tokens.size();
    ++docs;
  }
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  out << "bytes: " << bytes << "\ndocs: " << docs << "\nseconds: " << s << "\nMBps: " << (bytes / 1e6) / s
      << "\ntokens_per_s: " << tokens / s << "\n";
  return 0;
}

}  // namespace lede::cli
