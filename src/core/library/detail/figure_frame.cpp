#include "core/library/detail/figure_frame.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/lexicon/gazetteer.h"
#include "core/text/utf8.h"

namespace lede {

namespace {

using SV = std::string_view;

constexpr uint32_t kEventWindow = 8;    // tokens either side of the figure searched for its event
constexpr uint32_t kSinceWindow = 25;   // tokens before the figure searched for "since"
constexpr uint32_t kDateNumbers = 12;   // number mentions either side searched for its date

// Harm: the event itself. Folded words.
const char* harm_of(SV w) {
  static const std::pair<SV, const char*> kHarm[] = {
      {"killed", "killed"},     {"kill", "killed"},         {"kills", "killed"},       {"killing", "killed"},
      {"dead", "killed"},       {"deaths", "killed"},       {"death", "killed"},       {"died", "killed"},
      {"fatalities", "killed"}, {"murdered", "killed"},     {"casualties", "casualties"},
      {"injured", "injured"},   {"wounded", "injured"},     {"injuries", "injured"},   {"wounding", "injured"},
      {"hurt", "injured"},      {"displaced", "displaced"}, {"missing", "missing"},    {"arrested", "arrested"},
      {"evacuated", "evacuated"}, {"homeless", "homeless"}, {"starved", "starved"}};
  for (const auto& [k, v] : kHarm)
    if (w == k) return v;
  return nullptr;
}

// Nouns that are the event when counted: "64,231 Palestinian deaths".
bool harm_noun(SV w) { return w == "deaths" || w == "injuries" || w == "casualties" || w == "fatalities"; }

// State nouns: who they are is the counted noun; what happened to them needs a verb.
const char* state_of(SV w) {
  if (w == "hostages" || w == "hostage" || w == "captives" || w == "captive") return "hostages";
  if (w == "prisoners" || w == "prisoner" || w == "detainees" || w == "detainee") return "prisoners";
  return nullptr;
}

// What happened to hostages or prisoners.
const char* state_verb(SV w) {
  static const std::pair<SV, const char*> kVerbs[] = {
      {"released", "released"}, {"release", "released"},   {"releasing", "released"}, {"freed", "released"},
      {"free", "released"},     {"exchange", "released"},  {"exchanged", "released"}, {"swap", "released"},
      {"taken", "taken"},       {"abducted", "taken"},     {"kidnapped", "taken"},    {"seized", "taken"},
      {"captured", "taken"},    {"held", "held"},          {"holding", "held"},       {"remain", "held"},
      {"remaining", "held"}};
  for (const auto& [k, v] : kVerbs)
    if (w == k) return v;
  return nullptr;
}

// Causes that make a death toll another count than the war's own ("a cholera outbreak that has killed 210").
bool cause_word(SV w) {
  static const SV kCauses[] = {"famine", "starvation", "hunger", "malnutrition", "disease", "diseases", "cholera",
                               "flood", "floods", "flooding", "earthquake", "quake", "heat", "cold", "storm",
                               "hurricane", "fire", "fires", "crash", "accident", "drought", "epidemic", "outbreak"};
  return std::find(std::begin(kCauses), std::end(kCauses), w) != std::end(kCauses);
}

// Words that put a date on the report, not on the event: "her spokesman confirmed on Friday".
bool report_word(SV w) {
  static const SV kReport[] = {"said", "says", "told", "announced", "reported", "confirmed", "added", "stated",
                               "published", "according", "updated", "revealed"};
  return std::find(std::begin(kReport), std::end(kReport), w) != std::end(kReport);
}

// Words that make what follows expected, not done: "Hamas would release ten captives", "will be released".
bool modal(SV w) {
  static const SV kModal[] = {"will", "would", "could", "may", "might", "should", "shall", "expected", "set", "plans",
                              "planned", "proposed", "agreed"};
  return std::find(std::begin(kModal), std::end(kModal), w) != std::end(kModal);
}

// A clause ends at ";", ":", a dash, or a comma before a conjunction (", and nearly 9,000 ...").
bool conjunction(SV w) {
  return w == "and" || w == "but" || w == "while" || w == "whereas" || w == "although" || w == "as" || w == "which";
}

std::string plural(std::string w) {
  if (!w.empty() && w.back() != 's') w += 's';
  return w;
}

struct Reader {
  const Document& d;
  std::string word(uint32_t t) const {
    return d.tokens[t].kind == TokenKind::Word ? utf8::fold(d.token_text(t)) : std::string();
  }
};

// The cause written just before the harm word at token h ("famine that has killed"), or "".
std::string cause_before(const Reader& r, uint32_t h, uint32_t first) {
  for (uint32_t n = 0, t = h; n < 4 && t > first; ++n) {
    --t;
    const std::string w = r.word(t);
    if (w == "that" || w == "which" || w == "has" || w == "have" || w == "had" || w == "already" || w == "now")
      continue;
    return cause_word(w) ? w : std::string();
  }
  return "";
}

// The figure's time reference: "" for a running total, else the nearest date in its sentence that is no
// report date. Sets local for a relative date nothing has resolved.
std::string time_reference(const Document& d, uint32_t n, uint32_t sentence, uint32_t t0, bool& local) {
  local = false;
  const Reader r{d};
  const Sentence& sen = d.sentences[sentence];
  for (uint32_t t = std::max(sen.first_token, t0 > kSinceWindow ? t0 - kSinceWindow : 0u); t < t0; ++t)
    if (r.word(t) == "since") return "";
  const NumberMention& fig = d.numbers[n];
  const NumberMention* best = nullptr;
  uint32_t best_gap = UINT32_MAX;
  auto consider = [&](const NumberMention& m) {
    const bool dated = m.type == NumberType::Date ||
                       (m.type == NumberType::Duration && (d.str(m.normalized) == "PT24H" || d.str(m.normalized) == "P1D"));
    if (!dated) return;
    const uint32_t mt = d.token_at_or_after(m.span.begin);
    for (uint32_t k = mt, c = 0; k > sen.first_token && c < 3; ++c)
      if (report_word(r.word(--k))) return;
    const uint32_t gap = m.span.begin > fig.span.begin ? m.span.begin - fig.span.begin : fig.span.begin - m.span.begin;
    if (gap < best_gap) best_gap = gap, best = &m;
  };
  // A date after "since" starts a running total: "since March 3, 2021 has left 8,412 dead".
  auto since_date = [&](const NumberMention& m) {
    const uint32_t mt = d.token_at_or_after(m.span.begin);
    return r.word(mt) == "since" || (mt > sen.first_token && r.word(mt - 1) == "since");  // in the span or before
  };
  for (uint32_t i = n, c = 0; i > 0 && c < kDateNumbers; ++c) {
    const NumberMention& m = d.numbers[--i];
    if (m.span.begin < sen.span.begin) break;
    consider(m);
  }
  for (uint32_t i = n + 1, c = 0; i < d.numbers.size() && c < kDateNumbers; ++i, ++c) {
    const NumberMention& m = d.numbers[i];
    if (m.span.begin >= sen.span.end) break;
    consider(m);
  }
  if (!best || since_date(*best)) return "";
  const std::string_view w = d.str(best->normalized);
  local = w.empty() || !(w[0] >= '0' && w[0] <= '9');  // "2023-10-07", "2024" are absolute; the rest is not
  return best->type == NumberType::Duration ? "last 24 hours" : std::string(w);
}

}  // namespace

bool frame_figure(const Document& d, uint32_t n, FrameWalk& walk, FigureFrame& out) {
  const NumberMention& nm = d.numbers[n];
  if (!(nm.type == NumberType::Cardinal || nm.type == NumberType::Quantity) || !nm.has_value || nm.value < 1 ||
      d.sentences.empty())
    return false;
  const uint32_t s = d.sentence_of(nm.span.begin);
  if (s != walk.prev_sentence) walk.prev_group.clear();
  walk.prev_sentence = s;
  out = FigureFrame{};

  // The counted noun: its head, and the nationality before a state noun.
  std::vector<std::string> raw;  // as written, for the demonym lookup
  {
    std::string cur;
    for (char ch : d.str(d.detail(nm).counted)) {
      if (ch == ' ') {
        if (!cur.empty()) raw.push_back(cur), cur.clear();
      } else {
        cur += ch;
      }
    }
    if (!cur.empty()) raw.push_back(cur);
  }
  std::string head = raw.empty() ? "" : utf8::fold(raw.back());
  std::string event, group, state;
  if (harm_noun(head)) {
    event = harm_of(head);
    if (raw.size() > 1) group = plural(utf8::fold(raw[raw.size() - 2]));
  } else if (const char* st = state_of(head)) {
    state = st;
    group = st;
    if (raw.size() > 1 && gazetteer::demonym(raw[raw.size() - 2])) group = utf8::fold(raw[raw.size() - 2]) + " " + st;
  } else {
    group = head;
  }
  if (group == "others" || group == "more") group = walk.prev_group;

  // The event words around the figure, nearest first (a constant window, whatever the sentence).
  const Reader r{d};
  const Sentence& sen = d.sentences[s];
  const uint32_t t0 = d.token_at_or_after(nm.span.begin);
  uint32_t from = std::max(sen.first_token, t0 > kEventWindow ? t0 - kEventWindow : 0u);
  uint32_t to = std::min(sen.end_token, t0 + kEventWindow + 1);
  // Keep to the figure's clause: "flooded out by the storm, and nearly 9,000 without power".
  auto boundary = [&](uint32_t t) {
    const SV x = d.token_text(t);
    if (d.tokens[t].kind == TokenKind::Word || d.tokens[t].kind == TokenKind::Number) return false;
    if (x == ";" || x == ":" || x == "\xE2\x80\x94" || x == "\xE2\x80\x93") return true;  // ; : — –
    return x == "," && t + 1 < d.tokens.size() && conjunction(r.word(t + 1));
  };
  for (uint32_t t = t0; t > from; --t)
    if (boundary(t - 1)) {
      from = t;
      break;
    }
  for (uint32_t t = t0 + 1; t < to; ++t)
    if (boundary(t)) {
      to = t;
      break;
    }
  uint32_t harm_at = UINT32_MAX, harm_dist = UINT32_MAX, verb_at = UINT32_MAX, verb_dist = UINT32_MAX,
           noun_dist = UINT32_MAX;
  std::string harm, verb, noun;
  for (uint32_t t = from; t < to; ++t) {
    const std::string w = r.word(t);
    if (w.empty()) continue;
    const uint32_t dist = t > t0 ? t - t0 : t0 - t;
    if (const char* h = harm_of(w); h && dist < harm_dist) harm = h, harm_dist = dist, harm_at = t;
    const char* v = state_verb(w);
    // "in return for 12 detainees": the exchange of a deal
    if (!v && w == "return" && t > 0 && r.word(t - 1) == "in" && t + 1 < to && r.word(t + 1) == "for") v = "released";
    if (v && dist < verb_dist) verb = v, verb_dist = dist, verb_at = t;
    if (const char* st = state_of(w); st && t != t0 && dist < noun_dist) noun = st, noun_dist = dist;
  }
  if (!state.empty()) {
    if (!verb.empty()) event = verb;
    else if (!harm.empty()) event = harm;  // "28 hostages were killed"
    else return false;  // "33 captives" alone: released, taken or held? No series.
  } else if (event.empty() && !harm.empty()) {
    event = harm;
    const std::string cause = cause_before(r, harm_at, sen.first_token);
    if (!cause.empty()) event += " by " + cause;
  } else if (event.empty() && !verb.empty() && !noun.empty() && verb == "taken") {
    // "more than 40 were taken hostage"
    event = verb;
    if (group.empty() || group == "people") group = noun;
  }
  if (event.empty()) return false;
  // Expected is not done: a deal's terms ("will release 2,000 prisoners") are another series than a count,
  // and two articles' terms may be two deals: an expected figure joins figures of its own article only.
  bool expected = false;
  {
    const uint32_t ev_at = event == verb ? verb_at : harm_at;
    const uint32_t until = std::max(t0, ev_at == UINT32_MAX ? t0 : ev_at);
    // from the clause's start, or up to 4 tokens before the event or figure when the window cut it
    uint32_t start = std::min(from, ev_at == UINT32_MAX ? t0 : ev_at);
    for (uint32_t n = 0; n < 4 && start > sen.first_token && !boundary(start - 1); ++n) --start;
    for (uint32_t t = start; t < until; ++t)
      if (modal(r.word(t))) {
        event += " (expected)";
        expected = true;
        break;
      }
  }
  if (group.empty()) group = "people";
  walk.prev_group = group;
  out.event = event;
  out.group = group;
  out.when = time_reference(d, n, s, t0, out.when_is_local);
  out.when_is_local |= expected;
  return true;
}

}  // namespace lede
