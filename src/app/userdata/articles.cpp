// articles.cpp — the app's articles: record adapter, delete, lookups, demo articles (articles.h).
#include "app/userdata/articles.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "app/state/analysis.h"
#include "app/state/app_state.h"
#include "core/numbers/date_resolve.h"
#include "core/text/utf8.h"

namespace lede::app {

ArticleRecord article_record(const Article& a, bool with_text) {
  ArticleRecord r;
  r.meta.id = a.id;
  r.meta.title = a.title;
  r.meta.source = a.source;
  r.meta.date = a.date;
  r.url = a.url;
  if (with_text) {
    std::string repaired;
    const std::string& t = stored_text(a, repaired);
    r.text = &t == &repaired ? std::move(repaired) : t;
  }
  return r;
}

const std::string& stored_text(const Article& a, std::string& scratch) {
  if (a.analysed || utf8::is_clean(a.body)) return a.analysed ? a.doc.text : a.body;
  scratch = utf8::repair(a.body);
  return scratch;
}

bool apply_record(Article& a, const ArticleRecord& r) {
  // The analysis depends on the text and, through resolved dates, on the date.
  const bool stale = !a.analysed || a.doc.text != r.text || a.date != r.meta.date;
  a.id = r.meta.id;
  a.title = r.meta.title;
  a.source = r.meta.source;
  a.date = r.meta.date;
  a.url = r.url;
  if (stale) {
    a.body = r.text;
    body_changed(a);  // analysis.h: an answer still on its way for the old text is ignored
  }
  return stale;
}

int article_index(const AppState& st, const std::string& id) {
  for (size_t i = 0; i < st.articles.size(); ++i)
    if (st.articles[i].id == id) return int(i);
  return -1;
}

void persist_article(AppState& st, int index) {
  if (index < 0 || index >= int(st.articles.size()) || st.articles[size_t(index)].builtin) return;
  queue_write(st, "articles", st.articles[size_t(index)].id);
}

void commit_details(AppState& st, const DetailsEdit& e) {
  const int i = article_index(st, e.article_id);
  if (i < 0) return;
  Article& a = st.articles[size_t(i)];
  if (a.builtin || a.deleted) return;
  const std::string d = e.date;
  const bool date_ok = d.empty() || looks_like_iso8601(d);
  if (!date_ok)
    set_error(st, "Date of “" + a.title + "” not saved: it must look like 2026-03-14 (year-month-day).");
  const std::string title = e.title[0] ? e.title : a.title;
  const std::string date = date_ok ? d : a.date;
  if (title == a.title && date == a.date && a.source == e.source && a.url == e.url) return;
  const bool redo = date != a.date;
  a.title = title;
  a.date = date;
  a.source = e.source;
  a.url = e.url;  // the canonical address: exports then anchor annotations to the live page
  if (redo) {  // relative dates now resolve against the confirmed date (analysis.h: off the main thread)
    body_changed(a);
    request_analysis(st, i, i == st.current);
  }
  if (i == st.current) st.layout_dirty = true;
  persist_article(st, i);
}

void delete_article(AppState& st, int index) {
  if (index < 0 || index >= int(st.articles.size())) return;
  Article& a = st.articles[size_t(index)];
  if (a.builtin) {
    set_error(st, "Demo articles are part of lede and cannot be deleted.");
    return;
  }
  a.deleted = true;
  st.user.undo.push_back({UndoItem::DeleteArticle, a.id, {}, "Undo delete “" + a.title + "”"});
  queue_write(st, "articles", a.id);
  if (st.current == index) {
    st.current = -1;
    for (int i = 0; i < int(st.articles.size()); ++i)
      if (!st.articles[size_t(i)].deleted) { open_article(st, i); break; }
  }
}

namespace {
// High bit set in each of the 8 bytes of x equal to c, exactly (no carry crosses a byte: each byte's low
// seven bits plus 0x7f stay below 0x100).
inline uint64_t bytes_equal(uint64_t x, unsigned char c) {
  const uint64_t y = x ^ (0x0101010101010101ull * c);
  return ~(((y & 0x7f7f7f7f7f7f7f7full) + 0x7f7f7f7f7f7f7f7full) | y) & 0x8080808080808080ull;
}
inline bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
}  // namespace

size_t word_count(const std::string& text) {
  // Eight bytes at a time (a word starts at a non-space byte after a space): a 20 MB import's first Library
  // frame spent 80-200 ms on the byte-by-byte loop in the web build under load.
  size_t n = 0;
  bool in = false;  // the byte before is part of a word
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  for (; end - p >= 8; p += 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);  // little-endian (wasm, x86, ARM): byte i is bits 8i..8i+7
    const uint64_t words = ~(bytes_equal(x, ' ') | bytes_equal(x, '\n') | bytes_equal(x, '\t') |
                             bytes_equal(x, '\r')) & 0x8080808080808080ull;
    const uint64_t before = words << 8 | (in ? 0x80u : 0u);  // each byte's predecessor
    n += size_t(__builtin_popcountll(words & ~before));
    in = (words >> 63) != 0;
  }
  for (; p != end; ++p) {
    const bool word = !is_space(*p);
    n += word && !in;
    in = word;
  }
  return n;
}

void load_articles(AppState& st, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".txt") files.push_back(it->path().string());
  if (ec) { set_error(st, "Cannot list articles in " + dir + ": " + ec.message()); return; }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) { set_error(st, "Cannot read " + f); continue; }
    in.seekg(0, std::ios::end);  // one read of the file (<< rdbuf() went a character at a time)
    std::string all(size_t(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(all.data(), std::streamsize(all.size()));
    Article a;
    a.file = f;
    a.id = "demo:" + std::filesystem::path(f).filename().string();
    size_t nl = all.find('\n');
    a.title = all.substr(0, nl);
    a.body = nl == std::string::npos ? std::string() : all.substr(nl + 1);
    size_t start = a.body.find_first_not_of("\r\n");
    a.body = start == std::string::npos ? std::string() : a.body.substr(start);
    st.articles.push_back(std::move(a));
  }
  if (st.articles.empty() && st.last_error.empty()) set_error(st, "No articles found in " + dir);
}

}  // namespace lede::app
