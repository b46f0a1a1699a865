// article_import.cpp — files and extracted pages become articles (see article_import.h).
#include "app/userdata/article_import.h"

#include "app/state/app_state.h"
#include "app/userdata/detail.h"
#include "app/state/analysis.h"
#include "core/text/binary_sniff.h"
#include "core/text/markdown_text.h"
#include "core/text/text_decode.h"
#include "core/text/title_guess.h"
#include "core/text/utf8.h"
#include "notes/anchoring.h"

namespace lede::app {

int add_imported_article(AppState& st, ImportedText in) {
  in.text = utf8::repair(in.text);
  in.title = utf8::repair(in.title);
  if (in.title.empty()) in.title = "Untitled article";
  // Re-import of the same article (same URL, else same title): replace the text, re-anchor annotations.
  int same = -1;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    if (a.builtin || a.deleted) continue;
    if ((!in.url.empty() && a.url == in.url) || (in.url.empty() && a.title == in.title)) same = int(i);
  }
  if (same >= 0) {
    Article& a = st.articles[size_t(same)];
    a.body = in.text;
    if (!in.source.empty()) a.source = in.source;
    if (!in.date.empty()) a.date = in.date;
    body_changed(a);  // analysis.h: the new text is analysed off the main thread; anchoring needs only the text
    request_analysis(st, same);
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
    if (st.current == same) st.layout_dirty = true;
    return same;
  }
  Article a;
  a.id = new_record_id(st, "imp:");
  a.title = in.title;
  a.body = in.text;
  a.source = in.source;
  a.date = in.date;
  a.url = in.url;
  a.builtin = false;
  st.articles.push_back(std::move(a));
  const int index = int(st.articles.size() - 1);
  queue_write(st, "articles", st.articles.back().id);
  return index;
}

int import_file_bytes(AppState& st, const std::string& name, const std::string& bytes, bool markdown) {
  if (bytes.empty()) {
    set_error(st, name + ": the file is empty");
    return -1;
  }
  // A picture or archive renamed .txt: refused by its first bytes, or by the share of characters no text has.
  if (const char* kind = binary_signature(bytes)) {
    set_error(st, name + ": this is a " + kind + ", not a text file. lede reads .txt, .md and .html files.");
    return -1;
  }
  DecodedText d = decode_text(bytes);
  if (undecodable_share(d.text) > kMaxUndecodableShare) {
    set_error(st, name + ": this does not look like a text file (too many unreadable characters). "
                         "lede reads .txt, .md and .html files.");
    return -1;
  }
  ImportedText in;
  std::string text = d.text;
  if (markdown) {  // the first heading is the title and stays the first paragraph
    MarkdownText m = markdown_to_text(text, /*title_stays_in_text=*/true);
    text = std::move(m.text);
    in.title = std::move(m.title);
  }
  // Nothing is cut from what is analysed: the title is the first line only when it looks like a headline
  // (title_guess.h), and that line stays the text's first paragraph.
  const size_t body = text.find_first_not_of("\n");
  in.text = body == std::string::npos ? std::string() : text.substr(body);
  if (in.text.find_first_not_of(" \t\n") == std::string::npos) {
    set_error(st, name + ": no text to read");
    return -1;
  }
  if (in.title.empty()) in.title = guess_title(in.text).title;
  if (in.title.empty()) in.title = name;
  const int i = add_imported_article(st, std::move(in));
  if (d.replaced)
    st.user.notices.push_back(name + ": " + std::to_string(d.replacements) + " character(s) could not be read and show as �");
  return i;
}

}  // namespace lede::app
