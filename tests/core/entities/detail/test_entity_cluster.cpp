// cluster_mentions on hand-made spans: what the document must back before a guess becomes an entity.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/entities/detail/entity_cluster.h"
#include "core/text/sentences.h"
#include "core/text/tokenizer.h"

using namespace lede;

namespace {

Document tokenized(const std::string& text) {
  Document d;
  d.text = text;
  tokenize(d);
  split_sentences(d);
  return d;
}

// The span over the words `name` at its first occurrence at or after byte `from`.
NameSpan span_of(const Document& d, std::string_view name, EntityType type, Strength strength, bool unbacked,
                 size_t from = 0) {
  const size_t at = d.text.find(name, from);
  REQUIRE(at != std::string::npos);
  NameSpan s;
  s.first = d.token_at_or_after(uint32_t(at));
  s.end = d.token_at_or_after(uint32_t(at + name.size()));
  s.type = type;
  s.strength = strength;
  s.unbacked = unbacked;
  return s;
}

bool mentioned(const Document& d, std::string_view text) {
  for (const Mention& m : d.mentions)
    if (d.slice(m.span) == text) return true;
  return false;
}

}  // namespace

TEST_CASE("entity cluster: an unbacked guess stays only when the document backs its entity") {
  Document d = tokenized("Tomasz Reyes spoke first. Later Reyes left. Best Available won. Best Available lost.");
  const size_t later = d.text.find("Later");
  std::vector<NameSpan> spans = {
      span_of(d, "Tomasz Reyes", EntityType::Person, Strength::Cue, false),
      span_of(d, "Reyes", EntityType::Person, Strength::Guess, true, later),           // the surname: backed
      span_of(d, "Best Available", EntityType::Org, Strength::Guess, true),           // nothing backs it,
      span_of(d, "Best Available", EntityType::Org, Strength::Guess, true, later + 20),  // not even a repeat
  };
  cluster_mentions(d, spans);
  REQUIRE(d.entities.size() == 1);
  CHECK(d.entities[0].canonical == "Tomasz Reyes");
  CHECK(d.entities[0].mentions.size() == 2);
  CHECK(mentioned(d, "Reyes"));
  CHECK_FALSE(mentioned(d, "Best Available"));
}

TEST_CASE("entity cluster: an unbacked full name stays when a backed mention names the same person") {
  Document d = tokenized("Nadia Varek arrived. Varek said no.");
  std::vector<NameSpan> spans = {
      span_of(d, "Nadia Varek", EntityType::Person, Strength::Guess, true),
      span_of(d, "Varek", EntityType::Person, Strength::Guess, false, d.text.find("arrived")),
  };
  cluster_mentions(d, spans);
  REQUIRE(d.entities.size() == 1);
  CHECK(d.entities[0].canonical == "Nadia Varek");
  CHECK(d.entities[0].mentions.size() == 2);
}

TEST_CASE("entity cluster: a name that begins with the document's own company is the company, not a person") {
  // The rules or the tagger may take "Brennan Falcon" (a product) for a first name and a surname; then every
  // "Brennan" would join that person as its first name. The document calls Brennan a carmaker.
  Document d =
      tokenized("The carmaker Brennan cut jobs. Brennan will stop making the Brennan Falcon. Brennan said so.");
  const size_t will = d.text.find("Brennan will"), said = d.text.find("Brennan said");
  std::vector<NameSpan> spans = {
      span_of(d, "Brennan", EntityType::Org, Strength::Cue, false),
      span_of(d, "Brennan", EntityType::Org, Strength::Guess, false, will),
      span_of(d, "Brennan Falcon", EntityType::Person, Strength::Cue, false),
      span_of(d, "Brennan", EntityType::Person, Strength::Guess, false, said),
  };
  cluster_mentions(d, spans);
  REQUIRE(d.entities.size() == 1);
  CHECK(d.entities[0].type == EntityType::Org);
  CHECK(d.entities[0].canonical == "Brennan");
  CHECK(d.entities[0].mentions.size() == 4);
  CHECK_FALSE(mentioned(d, "Brennan Falcon"));
}

TEST_CASE("entity cluster: a person whose first name is also a company of the document stays a person") {
  // "Freeman" alone is a person elsewhere, so "Morgan Freeman" is someone; "the bank Morgan" stays the bank.
  Document d = tokenized("The bank Morgan lent money. Morgan Freeman said no. Freeman left.");
  const size_t left = d.text.find("Freeman left");
  std::vector<NameSpan> spans = {
      span_of(d, "Morgan", EntityType::Org, Strength::Cue, false),
      span_of(d, "Morgan Freeman", EntityType::Person, Strength::Cue, false),
      span_of(d, "Freeman", EntityType::Person, Strength::Guess, false, left),
  };
  cluster_mentions(d, spans);
  REQUIRE(d.entities.size() == 2);
  CHECK(d.entities[0].type == EntityType::Org);
  CHECK(d.entities[0].canonical == "Morgan");
  CHECK(d.entities[1].type == EntityType::Person);
  CHECK(d.entities[1].canonical == "Morgan Freeman");
  CHECK(d.entities[1].mentions.size() == 2);
}
