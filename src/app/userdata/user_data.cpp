// user_data.cpp — imports, annotations, undo, storage records and exports (see user_data.h).
#include "app/userdata/user_data.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/state/analysis.h"
#include "app/userdata/json_fields.h"
#include "core/analyse.h"
#include "notes/anchoring.h"
#include "core/numbers/date_resolve.h"
#include "notes/export_text.h"
#include "core/text/binary_sniff.h"
#include "core/text/text_decode.h"
#include "core/text/title_guess.h"
#include "core/text/utf8.h"
#include "notes/webanno.h"

namespace lede::app {

using nlohmann::json;

namespace {

std::string now(const AppState& st) { return st.user.ops.now_iso ? st.user.ops.now_iso() : "1970-01-01T00:00:00Z"; }

std::string new_id(AppState& st, const char* prefix) {
  std::string t = now(st);
  t.erase(std::remove_if(t.begin(), t.end(), [](char c) { return c == ':' || c == '-'; }), t.end());
  return std::string(prefix) + std::to_string(st.user.next_id++) + "-" + t;
}

int annotation_index(const AppState& st, const std::string& id) {
  for (size_t i = 0; i < st.user.annotations.size(); ++i)
    if (st.user.annotations[i].id == id) return int(i);
  return -1;
}

// Queues one record write; at most one in flight per record (see user_data.h).
void write_record(AppState& st, const std::string& store, const std::string& id) {
  UserData& u = st.user;
  auto it = u.in_flight.find(id);
  if (it != u.in_flight.end()) {
    it->second.again = true;
    return;
  }
  if (!u.ops.put_record) return;  // native tests, or storage not wired: memory only
  std::string rec;
  int rev = 0;
  if (store == "meta") {  // the only meta record so far: entity merges
    rec = json({{"id", id}, {"rev", 0}, {"merges", st.across.merges}}).dump(-1, ' ', false, json::error_handler_t::replace);
    rev = st.across.merges_rev;
  } else if (store == "articles") {
    const int i = article_index(st, id);
    if (i < 0) return;
    rec = article_to_record(st.articles[size_t(i)]);
    rev = st.articles[size_t(i)].rev;
  } else {
    const int i = annotation_index(st, id);
    if (i < 0) return;
    rec = annotation_to_record(u.annotations[size_t(i)], u.annotation_deleted[size_t(i)]);
    auto r = u.annotation_rev.find(id);
    rev = r == u.annotation_rev.end() ? 0 : r->second;
  }
  u.in_flight[id] = PendingWrite{store, false};
  u.ops.put_record(store.c_str(), rec, rev);
}

std::string strip_markdown(const std::string& md, std::string* title) {
  // Headings, emphasis, links and list bullets become plain text; the first heading is the title.
  std::string out, line;
  size_t i = 0;
  bool fence = false;
  while (i <= md.size()) {
    const size_t nl = md.find('\n', i);
    line = md.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
    i = nl == std::string::npos ? md.size() + 1 : nl + 1;
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) { fence = !fence; continue; }
    if (!fence) {
      size_t h = 0;
      while (h < line.size() && h < 6 && line[h] == '#') ++h;
      if (h > 0 && h < line.size() && line[h] == ' ') {
        line = line.substr(h + 1);
        while (!line.empty() && (line.back() == '#' || line.back() == ' ')) line.pop_back();
        if (title && title->empty()) *title = line;  // the heading stays in the text too
      }
      if (line.rfind("> ", 0) == 0) line = line.substr(2);
      if (line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') line = line.substr(2);
      std::string clean;
      for (size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (c == '[') {  // [text](url) -> text ; ![alt](src) -> alt
          const size_t close = line.find("](", k);
          const size_t end = close == std::string::npos ? std::string::npos : line.find(')', close);
          if (end != std::string::npos) {
            if (!clean.empty() && clean.back() == '!') clean.pop_back();
            clean += line.substr(k + 1, close - k - 1);
            k = end;
            continue;
          }
        }
        if (c == '*' || c == '`' || (c == '_' && (k == 0 || k + 1 == line.size() || line[k - 1] == ' ' || line[k + 1] == ' ')))
          continue;
        clean += c;
      }
      line = clean;
    }
    out += line;
    out += '\n';
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void bump(AppState& st) {
  ++st.user.annotations_version;
  st.layout_dirty = true;
}

}  // namespace

size_t word_count(const std::string& text) {
  size_t n = 0;
  bool in = false;
  for (unsigned char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

int article_index(const AppState& st, const std::string& id) {
  for (size_t i = 0; i < st.articles.size(); ++i)
    if (st.articles[i].id == id) return int(i);
  return -1;
}

ArticleRecord article_record(const Article& a) {
  ArticleRecord r;
  r.meta.id = a.id;
  r.meta.title = a.title;
  r.meta.source = a.source;
  r.meta.date = a.date;
  r.url = a.url;
  r.text = a.analysed ? a.doc.text : utf8::repair(a.body);
  return r;
}

void analyse_article(Article& a) {
  a.doc = analyse(a.body);
  if (!a.date.empty()) resolve_dates(a.doc, a.date);
  a.analysed = true;
}

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
      write_record(st, "annotations", mine[k].id);
    }
    write_record(st, "articles", a.id);
    st.user.notices.push_back("Updated “" + a.title + "”" +
                              (idx.empty() ? std::string()
                                           : ": " + std::to_string(idx.size() - orphans) + " annotation(s) placed again" +
                                                 (orphans ? ", " + std::to_string(orphans) + " could not be placed (listed as orphans)" : "")));
    bump(st);
    if (st.current == same) st.layout_dirty = true;
    return same;
  }
  Article a;
  a.id = new_id(st, "imp:");
  a.title = in.title;
  a.body = in.text;
  a.source = in.source;
  a.date = in.date;
  a.url = in.url;
  a.builtin = false;
  st.articles.push_back(std::move(a));
  const int index = int(st.articles.size() - 1);
  write_record(st, "articles", st.articles.back().id);
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
  if (markdown) text = strip_markdown(text, &in.title);
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

void persist_article(AppState& st, int index) {
  if (index < 0 || index >= int(st.articles.size()) || st.articles[size_t(index)].builtin) return;
  write_record(st, "articles", st.articles[size_t(index)].id);
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
  write_record(st, "articles", a.id);
  if (st.current == index) {
    st.current = -1;
    for (int i = 0; i < int(st.articles.size()); ++i)
      if (!st.articles[size_t(i)].deleted) { open_article(st, i); break; }
  }
}

int create_annotation(AppState& st, ByteSpan span, const std::string& colour) {
  if (st.current < 0) return -1;
  Article& a = st.articles[size_t(st.current)];
  if (span.empty() || span.end > a.doc.text.size()) return -1;
  const utf8::CodepointIndex cpi(a.doc.text);
  Annotation ann = make_annotation(new_id(st, "ann:"), a.id, a.doc.text, cpi, span, now(st));
  if (valid_colour(colour)) ann.colour = colour;
  ann.motivations = default_motivations(ann);
  st.user.annotations.push_back(std::move(ann));
  st.user.annotation_deleted.push_back(false);
  const int i = int(st.user.annotations.size() - 1);
  write_record(st, "annotations", st.user.annotations.back().id);
  bump(st);
  return i;
}

void save_annotation(AppState& st, int index) {
  if (index < 0 || index >= int(st.user.annotations.size())) return;
  Annotation& a = st.user.annotations[size_t(index)];
  a.modified = now(st);
  a.motivations = default_motivations(a);
  const std::string err = validate_annotation(a);
  if (!err.empty()) {
    set_error(st, "Annotation not saved: " + err);
    return;
  }
  write_record(st, "annotations", a.id);
  bump(st);
}

void delete_annotation(AppState& st, int index) {
  if (index < 0 || index >= int(st.user.annotations.size())) return;
  st.user.annotation_deleted[size_t(index)] = true;
  const Annotation& a = st.user.annotations[size_t(index)];
  std::string what = a.quote.exact.size() > 40 ? a.quote.exact.substr(0, 40) + "…" : a.quote.exact;
  st.user.undo.push_back({UndoItem::DeleteAnnotation, a.id, {}, "Undo delete annotation “" + what + "”"});
  if (st.user.editing == index) st.user.editing = -1;
  write_record(st, "annotations", a.id);
  bump(st);
}

bool undo(AppState& st) {
  if (st.user.undo.empty()) return false;
  UndoItem u = st.user.undo.back();
  st.user.undo.pop_back();
  if (u.type == UndoItem::DeleteArticle) {
    const int i = article_index(st, u.id);
    if (i < 0) return false;
    st.articles[size_t(i)].deleted = false;
    write_record(st, "articles", u.id);
    open_article(st, i);
  } else {
    const int i = annotation_index(st, u.id);
    if (i < 0) return false;
    if (u.type == UndoItem::DeleteAnnotation) st.user.annotation_deleted[size_t(i)] = false;
    else st.user.annotations[size_t(i)] = u.before;
    write_record(st, "annotations", u.id);
    bump(st);
  }
  return true;
}

ByteSpan annotation_bytes(const AppState& st, const Annotation& a) {
  if (a.orphan()) return {};
  const int i = article_index(st, a.article_id);
  if (i < 0 || !st.articles[size_t(i)].analysed) return {};
  const std::string& text = st.articles[size_t(i)].doc.text;
  const utf8::CodepointIndex cpi(text);
  return position_bytes(cpi, utf8::count_codepoints(text), a.position);
}

std::vector<int> visible_annotations(const AppState& st, const std::string& article_id) {
  std::vector<int> out;
  for (size_t i = 0; i < st.user.annotations.size(); ++i)
    if (!st.user.annotation_deleted[i] && (article_id.empty() || st.user.annotations[i].article_id == article_id))
      out.push_back(int(i));
  return out;
}

// ---- storage records ------------------------------------------------------------------------------

std::string article_to_record(const Article& a) {
  json j = {{"id", a.id},       {"rev", a.rev},       {"title", a.title}, {"text", a.analysed ? a.doc.text : a.body},
            {"source", a.source}, {"date", a.date},   {"url", a.url},     {"imported", true}};
  if (a.deleted) j["deleted"] = true;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string annotation_to_record(const Annotation& a, bool deleted) {
  json j = {{"id", a.id},
            {"rev", 0},
            {"article_id", a.article_id},
            {"created", a.created},
            {"modified", a.modified},
            {"creator", a.creator},
            {"colour", a.colour},
            {"note", a.note},
            {"tags", a.tags},
            {"motivations", a.motivations},
            {"target",
             {{"exact", a.quote.exact},
              {"prefix", a.quote.prefix},
              {"suffix", a.quote.suffix},
              {"start", a.position.start},
              {"end", a.position.end}}},
            {"anchor", to_string(a.anchor)},
            {"score", a.anchor_score}};
  if (deleted) j["deleted"] = true;
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

bool annotation_from_json(const json& j, Annotation& a, bool& deleted, int& rev) {
  // Stored records are untrusted (another version, a damaged database): check every type, never throw.
  if (!has_str(j, "id") || !has_str(j, "article_id") || !j.contains("target") || !j["target"].is_object()) return false;
  const json& t = j["target"];
  if (!has_str(t, "exact") || field_int(t, "start", -1) < 0 || field_int(t, "end", -1) < field_int(t, "start", 0)) return false;
  a.id = field_str(j, "id");
  a.article_id = field_str(j, "article_id");
  a.created = field_str(j, "created");
  a.modified = field_str(j, "modified");
  a.creator = field_str(j, "creator");
  a.colour = field_str(j, "colour", "yellow");
  a.note = field_str(j, "note");
  a.tags = field_strs(j, "tags");
  a.motivations = field_strs(j, "motivations");
  a.quote.exact = field_str(t, "exact");
  a.quote.prefix = field_str(t, "prefix");
  a.quote.suffix = field_str(t, "suffix");
  a.position.start = uint32_t(std::min<int64_t>(field_int(t, "start"), UINT32_MAX));
  a.position.end = uint32_t(std::min<int64_t>(field_int(t, "end"), UINT32_MAX));
  if (!parse_anchor_status(field_str(j, "anchor", "exact"), a.anchor)) a.anchor = AnchorStatus::Exact;
  a.anchor_score = float(field_num(j, "score", 1.0));
  deleted = field_bool(j, "deleted");
  rev = int(field_int(j, "rev"));
  return validate_annotation(a).empty();
}

bool upsert_article(AppState& st, const json& j) {
  if (!has_str(j, "id") || !has_str(j, "text")) return false;
  const std::string id = field_str(j, "id");
  int i = article_index(st, id);
  if (i < 0) {
    st.articles.emplace_back();
    i = int(st.articles.size() - 1);
  }
  Article& a = st.articles[size_t(i)];
  a.id = id;
  a.builtin = false;
  a.title = field_str(j, "title", "Untitled article");
  const std::string text = utf8::repair(field_str(j, "text"));
  if (!a.analysed || a.doc.text != text) {
    a.body = text;
    body_changed(a);
    if (st.current == i) open_article(st, i);
  }
  a.source = field_str(j, "source");
  a.date = field_str(j, "date");
  a.url = field_str(j, "url");
  a.deleted = field_bool(j, "deleted");
  a.rev = int(field_int(j, "rev"));
  return true;
}

void upsert_annotation(AppState& st, const json& j) {
  Annotation a;
  bool deleted = false;
  int rev = 0;
  if (!annotation_from_json(j, a, deleted, rev)) {
    st.user.notices.push_back("A stored annotation could not be read; it was left untouched in storage.");
    return;
  }
  const int i = annotation_index(st, a.id);
  if (i < 0) {
    st.user.annotations.push_back(a);
    st.user.annotation_deleted.push_back(deleted);
  } else {
    st.user.annotations[size_t(i)] = a;
    st.user.annotation_deleted[size_t(i)] = deleted;
  }
  st.user.annotation_rev[a.id] = rev;
}

}  // namespace

void save_entity_merges(AppState& st) {
  st.across.views_dirty = true;
  write_record(st, "meta", "entity-merges");
}

namespace {

void read_merges(AppState& st, const json& r) {
  if (field_str(r, "id") != "entity-merges" || !r.contains("merges") || !r["merges"].is_object()) return;
  st.across.merges.clear();
  for (auto it = r["merges"].begin(); it != r["merges"].end(); ++it)
    if (it.value().is_string()) st.across.merges[it.key()] = it.value().get<std::string>();
  st.across.merges_rev = int(field_int(r, "rev"));
  st.across.views_dirty = true;
}

}  // namespace

void load_stored(AppState& st, const std::string& all_json) {
  json all = json::parse(all_json, nullptr, false);
  if (all.is_discarded() || !all.is_object()) {
    set_error(st, "Stored data could not be read (it is left untouched).");
    return;
  }
  size_t n_articles = 0;
  const json none = json::array();
  const json& articles = all.contains("articles") && all["articles"].is_array() ? all["articles"] : none;
  const json& annotations = all.contains("annotations") && all["annotations"].is_array() ? all["annotations"] : none;
  const json& corrupt = all.contains("corrupt") && all["corrupt"].is_array() ? all["corrupt"] : none;
  for (const json& r : articles) {
    if (upsert_article(st, r)) ++n_articles;
    else st.user.notices.push_back("A stored article could not be read; it was left untouched in storage.");
  }
  for (const json& r : annotations) upsert_annotation(st, r);
  if (all.contains("meta") && all["meta"].is_array())
    for (const json& r : all["meta"]) read_merges(st, r);
  st.user.next_id = std::max<uint64_t>(st.user.next_id, st.articles.size() + st.user.annotations.size() + 1);
  for (const json& c : corrupt)
    st.user.notices.push_back("Damaged " + field_str(c, "store", "record") + " record “" + field_str(c, "id", "?") +
                              "” was set aside untouched: " + field_str(c, "reason"));
  st.user.storage_ready = true;
  bump(st);
}

void storage_written(AppState& st, const std::string& store, const std::string& id, int rev, bool ok, bool conflict,
                     const std::string& error) {
  UserData& u = st.user;
  auto it = u.in_flight.find(id);
  const bool again = it != u.in_flight.end() && it->second.again;
  if (it != u.in_flight.end()) u.in_flight.erase(it);
  if (ok) {
    if (store == "meta") {
      st.across.merges_rev = rev;
    } else if (store == "articles") {
      const int i = article_index(st, id);
      if (i >= 0) st.articles[size_t(i)].rev = rev;
    } else {
      u.annotation_rev[id] = rev;
    }
    if (again) write_record(st, store, id);
    return;
  }
  // Not written: keep our copy in memory and say so. A conflict means another tab wrote first.
  u.storage_message = error.empty() ? "A change could not be saved." : error;
  set_error(st, u.storage_message);
  (void)conflict;
}

void storage_record_changed(AppState& st, const std::string& store, const std::string& record_json) {
  json j = json::parse(record_json, nullptr, false);
  if (j.is_discarded() || !has_str(j, "id")) return;
  if (st.user.in_flight.count(field_str(j, "id"))) return;  // ours is on its way; its answer decides
  if (store == "articles") upsert_article(st, j);
  else if (store == "meta") read_merges(st, j);
  else upsert_annotation(st, j);
  bump(st);
}

// ---- export / import ------------------------------------------------------------------------------

namespace {

void collect(const AppState& st, bool current_only, std::vector<ArticleRecord>& arts, std::vector<Annotation>& anns) {
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    if (a.deleted || (current_only && int(i) != st.current)) continue;
    bool has_annotations = false;
    for (size_t k = 0; k < st.user.annotations.size(); ++k)
      if (!st.user.annotation_deleted[k] && st.user.annotations[k].article_id == a.id) {
        anns.push_back(st.user.annotations[k]);
        has_annotations = true;
      }
    // The whole-library export carries every imported article, and demo articles only when annotated.
    if (!a.builtin || has_annotations || current_only) arts.push_back(article_record(a));
  }
}

}  // namespace

std::string export_library_jsonld(const AppState& st, bool current_only, bool machine_highlights) {
  std::vector<ArticleRecord> arts;
  std::vector<Annotation> anns;
  collect(st, current_only, arts, anns);
  // lede's own highlights (entities, quotes, numbers) as machine annotations: always for one article, on
  // request for the library. An article not analysed yet is analysed here, on a copy.
  std::vector<Document> fresh;
  fresh.reserve(st.articles.size());
  std::vector<MachineHighlights> machine;
  for (size_t i = 0; i < st.articles.size(); ++i) {
    const Article& a = st.articles[i];
    const bool wanted = current_only ? int(i) == st.current : machine_highlights && !a.deleted && !a.builtin;
    if (!wanted) continue;
    if (!a.analysed) {
      if (!current_only) fresh.push_back(analyse(a.body));
      else continue;
    }
    machine.push_back({a.id, a.analysed ? &a.doc : &fresh.back()});
  }
  WebAnnoOptions o;
  o.generated = st.user.ops.now_iso ? st.user.ops.now_iso() : "";
  o.label = current_only && !arts.empty() ? arts[0].meta.title : "lede library";
  return export_webanno(arts, anns, machine, o);
}

std::string export_markdown(const AppState& st, bool current_only) {
  std::vector<ArticleRecord> arts;
  std::vector<Annotation> anns;
  collect(st, current_only, arts, anns);
  return lede::export_markdown(arts, anns);
}

std::string export_csv(const AppState& st, CsvTable table) {
  if (st.current < 0) return "";
  const Article& a = st.articles[size_t(st.current)];
  // UTF-8 with a byte order mark: spreadsheet programs read accents and typographic quotes right.
  std::string out = "\xEF\xBB\xBF";
  switch (table) {
    case CsvTable::Entities: return out + csv_entities(a.doc, a.id);
    case CsvTable::Quotes: return out + csv_quotes(a.doc, a.id);
    case CsvTable::Numbers: return out + csv_numbers(a.doc, a.id);
    case CsvTable::Notes: {
      std::vector<ArticleRecord> arts;
      std::vector<Annotation> anns;
      collect(st, true, arts, anns);
      return out + csv_annotations(arts, anns);
    }
  }
  return out;
}

std::vector<HtmlNote> html_notes(const AppState& st) {
  std::vector<HtmlNote> out;
  if (st.current < 0) return out;
  const Article& a = st.articles[size_t(st.current)];
  std::vector<std::pair<uint32_t, HtmlNote>> notes;  // in text order; orphans last
  for (int i : visible_annotations(st, a.id)) {
    const Annotation& an = st.user.annotations[size_t(i)];
    HtmlNote n;
    n.quote = an.orphan() ? std::string() : an.quote.exact;
    n.note = an.note;
    for (const std::string& t : an.tags) n.tags += (n.tags.empty() ? "" : ", ") + t;
    notes.push_back({an.orphan() ? UINT32_MAX : uint32_t(an.position.start), std::move(n)});
  }
  std::stable_sort(notes.begin(), notes.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& n : notes) out.push_back(std::move(n.second));
  return out;
}

bool import_library_jsonld(AppState& st, const std::string& text) {
  WebAnnoImport in = import_webanno(text);
  if (!in.ok) {
    set_error(st, "Import refused, nothing was changed: " + in.error);
    return false;
  }
  // Articles: match by id, else add. Annotations: match by id (replace), else add.
  size_t added_articles = 0, updated_articles = 0, added_annotations = 0, updated_annotations = 0;
  for (const ArticleRecord& r : in.articles) {
    int i = article_index(st, r.meta.id);
    if (i >= 0 && st.articles[size_t(i)].builtin) continue;  // demo articles are part of the app
    if (i < 0) {
      st.articles.emplace_back();
      i = int(st.articles.size() - 1);
      st.articles.back().id = r.meta.id;
      st.articles.back().builtin = false;
      ++added_articles;
    } else {
      ++updated_articles;
    }
    Article& a = st.articles[size_t(i)];
    a.title = r.meta.title;
    a.source = r.meta.source;
    a.date = r.meta.date;
    a.url = r.url;
    a.body = r.text;
    body_changed(a);
    a.deleted = false;
    write_record(st, "articles", a.id);
  }
  for (const Annotation& an : in.annotations) {
    const int i = annotation_index(st, an.id);
    if (i < 0) {
      st.user.annotations.push_back(an);
      st.user.annotation_deleted.push_back(false);
      ++added_annotations;
    } else {
      st.user.annotations[size_t(i)] = an;
      st.user.annotation_deleted[size_t(i)] = false;
      ++updated_annotations;
    }
    write_record(st, "annotations", an.id);
  }
  if (st.current >= 0) open_article(st, st.current);
  st.user.notices.push_back("Imported " + std::to_string(added_articles) + " new and " + std::to_string(updated_articles) +
                            " updated article(s), " + std::to_string(added_annotations) + " new and " +
                            std::to_string(updated_annotations) + " updated annotation(s).");
  bump(st);
  return true;
}

}  // namespace lede::app
