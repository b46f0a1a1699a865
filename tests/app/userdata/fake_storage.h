// fake_storage.h — web/storage.js's contract in memory, for replaying tabs, reloads and crashes natively.
//
//     FakeStorage db;
//     Tab a(db), b(db);                 // two tabs on one database, each with its own AppState
//     a.run([&] { create_annotation(a.st, span, "yellow"); });   // ops.put_record queues into a.outbox
//     a.deliver();                      // storage answers a's writes (revision-checked), b hears of them
//     Tab c(db); c.reload();            // a new page: load_stored() from what the database holds
//     a.outbox.clear();                 // a crash: writes never sent
//
// Revisions as in web/storage.js: a write names the revision it is based on; a different current
// revision is a conflict and nothing is written; else the record is stored with rev + 1 and other tabs
// are told (BroadcastChannel), which hands them the stored record.
#pragma once
#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/state/app_state.h"
#include "app/state/local_analysis.h"

namespace lede::app::testing {

// The bytes of the first occurrence of needle in text (the test fails when it is not there).
inline ByteSpan span_of(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return {uint32_t(at), uint32_t(at + needle.size())};
}

struct FakeStorage {
  std::map<std::string, std::map<std::string, nlohmann::json>> stores;  // store -> id -> record
  std::vector<struct Tab*> tabs;
  bool quota_full = false;  // the next writes fail as QuotaExceededError does (the transaction aborts)
};

struct Write {
  std::string store, json;
  int expected_rev = 0;
};

struct Tab {
  FakeStorage& db;
  AppState st;
  std::vector<Write> outbox;

  explicit Tab(FakeStorage& d) : db(d) {
    db.tabs.push_back(this);
    st.user.ops.put_record = &Tab::put;
    st.user.ops.now_iso = [] { return std::string("2026-12-01T10:00:00Z"); };
    st.user.ops.analyse_here = analyse_article;  // no worker natively: articles are analysed at once
  }
  ~Tab() {
    for (auto it = db.tabs.begin(); it != db.tabs.end(); ++it)
      if (*it == this) { db.tabs.erase(it); break; }
  }
  Tab(const Tab&) = delete;

  static Tab*& current() {
    static Tab* t = nullptr;
    return t;
  }
  // An article's text comes beside its JSON (PlatformOps::put_record); web/app-bridge.js puts it back in.
  static void put(const char* store, const std::string& json, int rev, const std::string* text) {
    std::string rec = json;
    if (text) {
      nlohmann::json j = nlohmann::json::parse(json);
      CHECK_FALSE(j.contains("text"));
      j["text"] = *text;
      rec = j.dump();
    }
    current()->outbox.push_back({store, rec, rev});
  }

  // Runs f as this tab (its writes land in this tab's outbox).
  void run(const std::function<void()>& f) {
    current() = this;
    f();
  }

  // Answers every queued write in order (answers may queue more: those are answered too).
  void deliver() {
    current() = this;
    while (!outbox.empty()) {
      Write w = outbox.front();
      outbox.erase(outbox.begin());
      nlohmann::json rec = nlohmann::json::parse(w.json);
      const std::string id = rec["id"];
      auto& store = db.stores[w.store];
      const int cur = store.count(id) ? store[id]["rev"].get<int>() : 0;
      if (db.quota_full) {
        storage_written(st, w.store, id, 0, false, false, "Browser storage is full: this change was not saved.");
        continue;
      }
      if (w.expected_rev >= 0 && cur != w.expected_rev) {
        storage_written(st, w.store, id, 0, false, true, "Another lede tab changed this record first.");
        if (store.count(id)) storage_conflict(st, w.store, store[id].dump());
        continue;
      }
      rec["rev"] = cur + 1;
      store[id] = rec;
      storage_written(st, w.store, id, cur + 1, true, false, "");
      for (Tab* other : db.tabs)
        if (other != this) {
          current() = other;
          storage_record_changed(other->st, w.store, rec.dump());
        }
      current() = this;
    }
  }

  // A fresh page load: everything the database holds, as loadAll() returns it.
  void reload() {
    current() = this;
    nlohmann::json all = {{"articles", nlohmann::json::array()}, {"annotations", nlohmann::json::array()},
                          {"meta", nlohmann::json::array()}, {"corrupt", nlohmann::json::array()}};
    for (auto& [store, recs] : db.stores)
      for (auto& [id, rec] : recs) all[store].push_back(rec);
    load_stored(st, all.dump());
  }
};

}  // namespace lede::app::testing
