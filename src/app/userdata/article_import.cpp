// article_import.cpp — files and extracted pages become articles (see article_import.h).
#include "app/userdata/article_import.h"

#include <cctype>

#include "app/state/analysis.h"
#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "core/text/markdown_text.h"
#include "core/text/title_guess.h"
#include "core/text/utf8.h"
#include "notes/anchoring.h"
#include "notes/text_similarity.h"

namespace lede::app {

namespace {

// Only web addresses identify an article: a javascript: or data: "canonical URL" is dropped on import.
bool web_url(const std::string& u) {
  auto starts = [&](const char* p) {
    size_t i = 0;
    for (; p[i]; ++i)
      if (i >= u.size() || std::tolower(static_cast<unsigned char>(u[i])) != p[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

// The article `in` is a new version of: the same URL, or the same title and mostly the same text
// (text_similarity.h). Two different stories under one title ("Live updates") are two articles.
int version_of(const AppState& st, const ImportedText& in) {
  int same = -1;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    if (a.builtin || a.deleted) continue;
    if (!in.url.empty() && a.url == in.url) return int(i);
    if (a.title == in.title && same_story(a.analysed ? a.doc.text : a.body, in.text)) same = int(i);
  }
  return same;
}

int add_new_article(AppState& st, ImportedText in) {
  Article a;
  a.id = new_record_id(st, "imp:");
  a.title = std::move(in.title);
  a.body = std::move(in.text);
  a.source = std::move(in.source);
  a.date = std::move(in.date);
  a.url = std::move(in.url);
  a.builtin = false;
  st.articles.push_back(std::move(a));
  queue_write(st, "articles", st.articles.back().id);
  return int(st.articles.size() - 1);
}

// Replaces article `index`'s text with in's and places its annotations again (exact, moved, fuzzy, or
// listed as orphans: anchoring.h).
void replace_text(AppState& st, int index, const ImportedText& in) {
  Article& a = st.articles[size_t(index)];
  a.body = in.text;
  if (!in.source.empty()) a.source = in.source;
  if (!in.date.empty()) a.date = in.date;
  body_changed(a);  // analysis.h: the new text is analysed off the main thread; anchoring needs only the text
  request_analysis(st, index);
  std::vector<int> idx;
  std::vector<Annotation> mine;
  for (size_t i = 0; i < st.user.annotations.size(); ++i)
    if (st.user.annotations[i].article_id == a.id) { idx.push_back(int(i)); mine.push_back(st.user.annotations[i]); }
  reanchor_all(a.doc.text, mine);
  size_t orphans = 0;
  for (size_t k = 0; k < idx.size(); ++k) {
    orphans += mine[k].orphan();
    st.user.annotations[size_t(idx[k])] = mine[k];
    queue_write(st, "annotations", mine[k].id);
  }
  queue_write(st, "articles", a.id);
  st.user.notices.push_back("Updated “" + a.title + "”" +
                            (idx.empty() ? std::string()
                                         : ": " + std::to_string(idx.size() - orphans) + " annotation(s) placed again" +
                                               (orphans ? ", " + std::to_string(orphans) + " could not be placed (listed as orphans)" : "")));
  annotations_changed(st);
  if (st.current == index) st.layout_dirty = true;
}

}  // namespace

int add_imported_article(AppState& st, ImportedText in) {
  if (!utf8::is_clean(in.text)) in.text = utf8::repair(in.text);  // checked first: no copy of megabytes of clean text
  in.title = utf8::repair(in.title);
  if (in.title.empty()) in.title = "Untitled article";
  if (!web_url(in.url)) in.url.clear();
  const int same = version_of(st, in);
  if (same < 0) return add_new_article(st, std::move(in));
  Article& a = st.articles[size_t(same)];
  const std::string& old_text = a.analysed ? a.doc.text : a.body;
  if (old_text == in.text) {  // the same text again: nothing to replace
    st.user.notices.push_back("“" + a.title + "” is already in the library.");
    return same;
  }
  const size_t notes = visible_annotations(st, a.id).size();
  if (notes > 0) {
    // Its annotations would have to be placed again: the user decides; the old text stays until then.
    for (PendingReplace& p : st.user.pending_replace)
      if (p.article_id == a.id) { p.in = std::move(in); p.notes = notes; return same; }
    st.user.pending_replace.push_back({a.id, std::move(in), notes});
    st.user.notices.push_back("“" + a.title + "” was imported again with changed text: replace it or keep both? (Library tab)");
    return same;
  }
  replace_text(st, same, in);
  return same;
}

int resolve_replace(AppState& st, size_t k, bool replace) {
  if (k >= st.user.pending_replace.size()) return -1;
  PendingReplace p = std::move(st.user.pending_replace[k]);
  st.user.pending_replace.erase(st.user.pending_replace.begin() + std::ptrdiff_t(k));
  const int i = article_index(st, p.article_id);
  if (!replace || i < 0 || st.articles[size_t(i)].deleted) return add_new_article(st, std::move(p.in));
  replace_text(st, i, p.in);
  return i;
}

int add_text_import(AppState& st, const std::string& name, TextImport t) {
  if (!t.ok()) {
    set_error(st, t.error);
    return -1;
  }
  const int i = add_imported_article(st, ImportedText{std::move(t.title), std::move(t.text), "", "", ""});
  if (t.replacements)
    st.user.notices.push_back(name + ": " + std::to_string(t.replacements) + " character(s) could not be read and show as �");
  return i;
}

int import_file_bytes(AppState& st, const std::string& name, const std::string& bytes, bool markdown) {
  TextImport t = import_plain_text(bytes, name);
  if (markdown && t.ok()) {  // the first heading is the title and stays the first paragraph
    MarkdownText m = markdown_to_text(t.text, /*title_stays_in_text=*/true);
    const size_t body = m.text.find_first_not_of('\n');
    t.text = body == std::string::npos ? std::string() : m.text.substr(body);
    if (t.text.find_first_not_of(" \t\n") == std::string::npos) t.error = name + ": no text to read";
    t.title = !m.title.empty() ? std::move(m.title) : guess_title(t.text).title;
    if (t.title.empty()) t.title = name;
  }
  return add_text_import(st, name, std::move(t));
}

}  // namespace lede::app
