// Two tabs on one database (issue 16): no edit is dropped without the user's choice.
#include <doctest/doctest.h>

#include "fake_storage.h"

using namespace lede;
using namespace lede::app;
using lede::app::testing::FakeStorage;
using lede::app::testing::Tab;

namespace {

const char* kText =
    "The harbour council of Port Elwin voted on Tuesday to close the old ferry pier after engineers found "
    "cracks in three of its concrete piles.";

void type_note(Tab& t, const std::string& s) { std::snprintf(t.st.user.note_buf, sizeof t.st.user.note_buf, "%s", s.c_str()); }

// Tab a imports and annotates with note "N"; b loads the same database. Returns the annotation id.
std::string setup(FakeStorage& db, Tab& a, Tab& b) {
  a.run([&] {
    const int i = add_imported_article(a.st, {"Pier to close", kText, "", "", ""});
    REQUIRE(open_article(a.st, i));
    const std::string& text = a.st.articles[size_t(i)].doc.text;
    const size_t at = text.find("ferry pier");
    const int n = create_annotation(a.st, {uint32_t(at), uint32_t(at + 10)}, "yellow");
    start_editing(a.st, n);
    type_note(a, "N");
    REQUIRE(save_editing(a.st) == EditSave::Saved);
  });
  a.deliver();
  b.reload();
  REQUIRE(b.st.user.annotations.size() == 1);
  (void)db;
  return a.st.user.annotations[0].id;
}

// A's change f lands while B has not heard of it: B's tab is off the broadcast for this write.
void unheard_by_b(FakeStorage& db, Tab& a, Tab& b, const std::function<void()>& f) {
  db.tabs.erase(db.tabs.begin() + 1);
  a.run(f);
  a.deliver();
  db.tabs.push_back(&b);
}

std::string stored_note(FakeStorage& db, const std::string& id) { return db.stores["annotations"][id]["note"]; }

}  // namespace

TEST_CASE("the issue's sequence: B's editor is open, A saves, B adds and saves: both edits kept") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  b.run([&] { start_editing(b.st, 0); });               // B opens the editor: "N"
  a.run([&] { start_editing(a.st, 0); type_note(a, "N +A"); REQUIRE(save_editing(a.st) == EditSave::Saved); });
  a.deliver();                                          // stored; B receives the update
  CHECK(b.st.user.annotations[0].note == "N +A");
  CHECK(std::string(b.st.user.note_buf) == "N +A");     // B had not typed: its editor follows A's save
  b.run([&] {
    type_note(b, std::string(b.st.user.note_buf) + " +B");  // B adds to what it sees
    CHECK(save_editing(b.st) == EditSave::Saved);
  });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A +B");              // both kept
  CHECK(a.st.user.annotations[0].note == "N +A +B");    // and A sees it
  CHECK(b.st.user.conflicts.empty());
  CHECK(b.st.last_error.empty());
}

TEST_CASE("B typed before A's save arrived: a conflict with both texts; keeping both writes both") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  b.run([&] { start_editing(b.st, 0); type_note(b, "N +B"); });  // B types, has not saved
  a.run([&] { start_editing(a.st, 0); type_note(a, "N +A"); REQUIRE(save_editing(a.st) == EditSave::Saved); });
  a.deliver();                                          // B receives the update; its typing stays
  CHECK(b.st.user.annotations[0].note == "N +A");
  CHECK(std::string(b.st.user.note_buf) == "N +B");
  b.run([&] { CHECK(save_editing(b.st) == EditSave::Conflict); });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A");                 // nothing written over A's words
  REQUIRE(b.st.user.conflicts.size() == 1);
  CHECK(b.st.user.conflicts[0].mine.note == "N +B");
  CHECK(b.st.user.conflicts[0].theirs.note == "N +A");
  b.run([&] { resolve_conflict(b.st, 0, Resolve::Both); });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A +B");              // both kept
  CHECK(a.st.user.annotations[0].note == "N +A +B");    // and A sees it
  CHECK(std::string(b.st.user.note_buf) == "N +A +B");  // B's editor shows what was written
  CHECK(b.st.user.conflicts.empty());
  CHECK(b.st.last_error.empty());
}

TEST_CASE("a conflict resolved by picking one side writes exactly that side") {
  for (Resolve how : {Resolve::Mine, Resolve::Theirs}) {
    FakeStorage db;
    Tab a(db), b(db);
    const std::string id = setup(db, a, b);
    b.run([&] { start_editing(b.st, 0); type_note(b, "mine"); });
    a.run([&] { start_editing(a.st, 0); type_note(a, "theirs"); save_editing(a.st); });
    a.deliver();
    b.run([&] { REQUIRE(save_editing(b.st) == EditSave::Conflict); resolve_conflict(b.st, 0, how); });
    b.deliver();
    CHECK(stored_note(db, id) == (how == Resolve::Mine ? "mine" : "theirs"));
    CHECK(a.st.user.annotations[0].note == stored_note(db, id));
  }
}

TEST_CASE("an untouched editor follows the other tab; an edit on one side only needs no question") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  b.run([&] { start_editing(b.st, 0); });
  a.run([&] { start_editing(a.st, 0); type_note(a, "N +A"); save_editing(a.st); });
  a.deliver();
  CHECK(std::string(b.st.user.note_buf) == "N +A");     // B had not typed: its editor shows A's text
  b.run([&] { type_note(b, "N +A +B"); CHECK(save_editing(b.st) == EditSave::Saved); });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A +B");
  CHECK(b.st.user.conflicts.empty());
}

TEST_CASE("storage refuses a stale write (the broadcast had not arrived): a conflict, both texts kept") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  unheard_by_b(db, a, b, [&] { start_editing(a.st, 0); type_note(a, "N +A"); save_editing(a.st); });
  b.run([&] { start_editing(b.st, 0); type_note(b, "N +B"); REQUIRE(save_editing(b.st) == EditSave::Saved); });
  b.deliver();  // refused as stale -> the stored record comes back as "theirs"
  CHECK(stored_note(db, id) == "N +A");
  REQUIRE(b.st.user.conflicts.size() == 1);
  CHECK(b.st.user.conflicts[0].mine.note == "N +B");
  CHECK(b.st.user.conflicts[0].theirs.note == "N +A");
  b.run([&] { resolve_conflict(b.st, 0, Resolve::Both); });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A +B");
}

TEST_CASE("storage refuses a stale colour change whose note agrees: the stored one stays, and the user is told") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  unheard_by_b(db, a, b, [&] { start_editing(a.st, 0); type_note(a, "N +A"); save_editing(a.st); });
  b.run([&] {
    b.st.user.annotations[0].colour = "green";
    b.st.user.notices.clear();
    queue_write(b.st, "annotations", id);
  });
  b.deliver();
  CHECK(stored_note(db, id) == "N +A");
  CHECK(b.st.user.annotations[0].note == "N +A");        // B now holds the stored record
  CHECK(b.st.user.annotations[0].colour == "yellow");
  CHECK(b.st.user.conflicts.empty());                    // B had not touched the note: nothing to choose
  REQUIRE(b.st.user.notices.size() == 1);
  CHECK(b.st.user.notices[0].find("colour change was not saved") != std::string::npos);
}

TEST_CASE("storage refuses a stale note edit after the other tab changed only the colour: ours is written on top") {
  FakeStorage db;
  Tab a(db), b(db);
  const std::string id = setup(db, a, b);
  unheard_by_b(db, a, b, [&] { a.st.user.annotations[0].colour = "green"; queue_write(a.st, "annotations", id); });
  b.run([&] { start_editing(b.st, 0); type_note(b, "N +B"); REQUIRE(save_editing(b.st) == EditSave::Saved); });
  b.deliver();
  CHECK(stored_note(db, id) == "N +B");
  CHECK(db.stores["annotations"][id]["colour"] == "green");
  CHECK(b.st.user.conflicts.empty());
}
