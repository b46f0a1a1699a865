// articles.cpp — reads the bundled demo articles from the embedded file system.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app.h"

namespace lede::app {

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
    std::stringstream ss;
    ss << in.rdbuf();
    std::string all = ss.str();
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
