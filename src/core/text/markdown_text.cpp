// markdown_text.cpp — Markdown -> plain text for import (markdown_text.h). Block marks per line, then inline
// syntax per line: escapes, code spans, links/images, and emphasis matched with one stack per delimiter char.
#include "core/text/markdown_text.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace lede {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool is_punct(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

// A run of * or _ in the line, as placed in the output; `keep` of its `len` marks survive matching.
struct Delim {
  size_t out_pos;
  size_t len;
  size_t keep;
  char c;
  bool can_open, can_close;
};

// Pairs emphasis delimiters: each closer takes the nearest open run of its char (CommonMark's "process
// emphasis", without the rule of three). One stack per char, so every run is pushed and popped at most once
// per mark it loses: linear in the line.
void match_emphasis(std::vector<Delim>& ds) {
  std::vector<size_t> open_star, open_under;
  for (size_t i = 0; i < ds.size(); ++i) {
    Delim& d = ds[i];
    std::vector<size_t>& stack = d.c == '*' ? open_star : open_under;
    if (d.can_close) {
      while (d.keep > 0 && !stack.empty()) {
        Delim& o = ds[stack.back()];
        const size_t n = (o.keep >= 2 && d.keep >= 2) ? 2 : 1;
        o.keep -= n;
        d.keep -= n;
        if (o.keep == 0) stack.pop_back();
      }
    }
    if (d.can_open && d.keep > 0) stack.push_back(i);
  }
}

// Inline syntax of one line -> plain text appended to out.
void inline_text(std::string_view s, std::string& out) {
  // Indexes built once: backtick runs with the next run of equal length; positions of "](" and of ')'.
  struct Run { size_t pos, len, next_same; };
  std::vector<Run> runs;
  std::vector<size_t> link_mids, parens;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '`') {
      size_t e = k;
      while (e < s.size() && s[e] == '`') ++e;
      runs.push_back({k, e - k, SIZE_MAX});
      k = e - 1;
    } else if (s[k] == ']' && k + 1 < s.size() && s[k + 1] == '(') {
      link_mids.push_back(k);
    } else if (s[k] == ')') {
      parens.push_back(k);
    }
  }
  {
    std::unordered_map<size_t, size_t> later;  // run length -> index of the nearest later run of that length
    for (size_t i = runs.size(); i-- > 0;) {
      auto it = later.find(runs[i].len);
      if (it != later.end()) runs[i].next_same = it->second;
      later[runs[i].len] = i;
    }
  }
  size_t run_i = 0, mid_i = 0, paren_i = 0;
  size_t link_mid = SIZE_MAX, link_end = SIZE_MAX;  // the open link's "](" and its ')'
  std::string line;
  std::vector<Delim> ds;
  for (size_t k = 0; k < s.size();) {
    const char c = s[k];
    if (link_mid != SIZE_MAX && k >= link_mid) {  // "](url)" of the open link: dropped
      k = link_end + 1;
      link_mid = link_end = SIZE_MAX;
      continue;
    }
    if (c == '\\' && k + 1 < s.size() && is_punct(s[k + 1])) {  // \* is a literal *
      line += s[k + 1];
      k += 2;
      continue;
    }
    if (c == '`') {
      while (run_i < runs.size() && runs[run_i].pos < k) ++run_i;
      const Run& r = runs[run_i];
      if (r.next_same != SIZE_MAX) {  // a code span: its content verbatim, one padding space each side dropped
        size_t b = r.pos + r.len, e = runs[r.next_same].pos;
        if (e - b >= 2 && s[b] == ' ' && s[e - 1] == ' ') ++b, --e;
        line.append(s.substr(b, e - b));
        k = runs[r.next_same].pos + r.len;
        run_i = r.next_same + 1;
      } else {  // no closing run of that length: the backticks are text
        line.append(s.substr(k, r.len));
        k += r.len;
      }
      continue;
    }
    if (c == '[' && link_mid == SIZE_MAX) {
      while (mid_i < link_mids.size() && link_mids[mid_i] <= k) ++mid_i;
      if (mid_i < link_mids.size()) {
        const size_t mid = link_mids[mid_i];
        while (paren_i < parens.size() && parens[paren_i] < mid + 2) ++paren_i;
        if (paren_i < parens.size()) {  // [text](url) -> text; ![alt](src) -> alt
          if (k > 0 && s[k - 1] == '!' && !line.empty() && line.back() == '!') line.pop_back();
          link_mid = mid;
          link_end = parens[paren_i];
          ++k;
          continue;
        }
      }
    }
    if (c == '*' || c == '_') {
      size_t e = k;
      while (e < s.size() && s[e] == c) ++e;
      const char prev = k > 0 ? s[k - 1] : ' ', next = e < s.size() ? s[e] : ' ';
      const bool left = !is_space(next) && (!is_punct(next) || is_space(prev) || is_punct(prev));
      const bool right = !is_space(prev) && (!is_punct(prev) || is_space(next) || is_punct(next));
      Delim d{line.size(), e - k, e - k, c, left, right};
      if (c == '_') {  // no emphasis inside a word: snake_case stays
        d.can_open = left && (!right || is_punct(prev));
        d.can_close = right && (!left || is_punct(next));
      }
      ds.push_back(d);
      line.append(s.substr(k, e - k));
      k = e;
      continue;
    }
    line += c;
    ++k;
  }
  match_emphasis(ds);
  size_t from = 0;
  for (const Delim& d : ds) {
    out.append(line, from, d.out_pos - from);
    out.append(d.keep, d.c);
    from = d.out_pos + d.len;
  }
  out.append(line, from, std::string::npos);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// "---", "* * *", "___" (three or more of one mark, spaces allowed), or a setext "===" underline.
bool is_break_line(std::string_view t) {
  if (t.empty()) return false;
  const char m = t[0];
  if (m != '-' && m != '*' && m != '_' && m != '=') return false;
  size_t n = 0;
  for (char c : t) {
    if (c == m) ++n;
    else if (c != ' ' && c != '\t') return false;
  }
  return m == '=' || n >= 3;
}

}  // namespace

MarkdownText markdown_to_text(std::string_view md, bool title_stays_in_text) {
  MarkdownText r;
  std::string& out = r.text;
  out.reserve(md.size());
  bool fence = false;
  char fence_char = 0;
  size_t blank_run = 0;
  auto emit_line = [&](const std::string& line) {
    if (trim(line).empty()) {
      ++blank_run;
      return;
    }
    if (!out.empty()) out += blank_run > 0 ? "\n\n" : "\n";  // blank lines collapse to one paragraph break
    blank_run = 0;
    out += line;
  };
  std::string line;
  for (size_t i = 0; i <= md.size();) {
    size_t nl = md.find('\n', i);
    if (nl == std::string_view::npos) nl = md.size();
    std::string_view raw = md.substr(i, nl - i);
    i = nl + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string_view t = raw;
    for (int n = 0; n < 3 && !t.empty() && t.front() == ' '; ++n) t.remove_prefix(1);
    if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") {  // a fence opens; only its own kind closes it
      if (!fence) {
        fence = true;
        fence_char = t[0];
        continue;
      }
      if (t[0] == fence_char) {
        fence = false;
        continue;
      }
    }
    if (fence) {  // code: verbatim, blank lines kept as they are
      if (!out.empty()) out += blank_run > 0 ? "\n\n" : "\n";
      blank_run = 0;
      out.append(raw);
      continue;
    }
    if (is_break_line(t)) {
      ++blank_run;
      continue;
    }
    bool heading = false;
    size_t h = 0;
    while (h < t.size() && h < 6 && t[h] == '#') ++h;
    if (h > 0 && (h == t.size() || t[h] == ' ' || t[h] == '\t')) {
      heading = true;
      t = trim(t.substr(h));
      size_t e = t.size();  // a closing "###" preceded by a space goes too
      while (e > 0 && t[e - 1] == '#') --e;
      if (e == 0 || t[e - 1] == ' ' || t[e - 1] == '\t') t = trim(t.substr(0, e));
    } else {
      while (!t.empty() && t.front() == '>') {  // block quotes, nested or not
        t.remove_prefix(1);
        if (!t.empty() && t.front() == ' ') t.remove_prefix(1);
      }
      std::string_view b = t;
      while (!b.empty() && (b.front() == ' ' || b.front() == '\t')) b.remove_prefix(1);
      if (b.size() >= 2 && (b[0] == '-' || b[0] == '*' || b[0] == '+') && (b[1] == ' ' || b[1] == '\t'))
        t = b.substr(2);
    }
    line.clear();
    inline_text(t, line);
    if (heading && r.title.empty()) {
      r.title = std::string(trim(line));
      if (!r.title.empty() && !title_stays_in_text) continue;
    }
    emit_line(line);
  }
  return r;
}

}  // namespace lede
