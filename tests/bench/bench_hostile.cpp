// bench_hostile — analysis speed on the hostile patterns of tests/core/hostile_patterns.h (issue 14),
// one `name: value` line each, for scripts/bench.d/hostile.sh. Benchmarks print numbers; nothing fails
// on time here.
//
//   lede_bench_hostile                 each pattern at 256 KB and 1 MB (4x): hostile_NAME_MBps_256KB / _1MB
//   lede_bench_hostile --big           also 10 MB of each: hostile_NAME_seconds_10MB
//   lede_bench_hostile --one NAME N    analyses pattern NAME at N bytes once: seconds (profiles, peak RSS)
//   lede_bench_hostile --codec NAME N  analyses pattern NAME at N bytes, then encodes and decodes the Document
//                                      (document_codec.h, what the app's worker sends the page): bytes per
//                                      input byte, seconds of each
//   lede_bench_hostile --jsonl NAME N  prints one JSONL document of pattern NAME at N bytes (memory runs)
//   lede_bench_hostile --seeds DIR     writes each pattern at 1, 4 and 16 KB into DIR (the fuzz corpus)
//   lede_bench_hostile --names         the pattern names, one a line (hostile.sh's memory runs)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/analyse.h"
#include "core/document_codec.h"
#include "hostile_patterns.h"

namespace {

double seconds_to_analyse(const std::string& text) {
  const auto t0 = std::chrono::steady_clock::now();
  const lede::Document d = lede::analyse(text);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (d.text.size() != text.size()) std::abort();  // keep the work observable
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  using lede::test::hostile_patterns;
  using lede::test::hostile_text;
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--jsonl" && argc == 4) {
    for (const auto& p : hostile_patterns())
      if (p.name == std::string(argv[2])) {
        std::cout << nlohmann::json{{"id", p.name}, {"text", hostile_text(p, std::strtoull(argv[3], nullptr, 10))}}.dump()
                  << "\n";
        return 0;
      }
    std::cerr << "lede_bench_hostile: no pattern '" << argv[2] << "'\n";
    return 2;
  }
  if (mode == "--one" && argc == 4) {
    for (const auto& p : hostile_patterns())
      if (p.name == std::string(argv[2])) {
        std::printf("%s %s: %.3f s\n", p.name, argv[3], seconds_to_analyse(hostile_text(p, std::strtoull(argv[3], nullptr, 10))));
        return 0;
      }
    std::cerr << "lede_bench_hostile: no pattern '" << argv[2] << "'\n";
    return 2;
  }
  if (mode == "--codec" && argc == 4) {
    for (const auto& p : hostile_patterns())
      if (p.name == std::string(argv[2])) {
        const size_t n = std::strtoull(argv[3], nullptr, 10);
        const lede::Document d = lede::analyse(hostile_text(p, n));
        const auto t0 = std::chrono::steady_clock::now();
        const std::string bytes = lede::encode_document(d);
        const auto t1 = std::chrono::steady_clock::now();
        lede::Document back;
        if (!lede::decode_document(bytes, back) || back.numbers.size() != d.numbers.size()) std::abort();
        const auto t2 = std::chrono::steady_clock::now();
        const std::string label = std::string("hostile_") + p.name + "_codec_";
        std::printf("%sbytes_per_input_byte: %.2f\n", label.c_str(), double(bytes.size()) / double(d.text.size()));
        std::printf("%sencode_seconds: %.3f\n", label.c_str(), std::chrono::duration<double>(t1 - t0).count());
        std::printf("%sdecode_seconds: %.3f\n", label.c_str(), std::chrono::duration<double>(t2 - t1).count());
        return 0;
      }
    std::cerr << "lede_bench_hostile: no pattern '" << argv[2] << "'\n";
    return 2;
  }
  if (mode == "--names") {
    for (const auto& p : hostile_patterns()) std::cout << p.name << "\n";
    return 0;
  }
  if (mode == "--seeds" && argc == 3) {
    for (const auto& p : hostile_patterns())
      for (const size_t kb : {1, 4, 16}) {
        std::ofstream f(std::string(argv[2]) + "/hostile_" + p.name + "_" + std::to_string(kb) + "KB.txt",
                        std::ios::binary);
        f << hostile_text(p, kb * 1024);
      }
    return 0;
  }
  const bool big = mode == "--big";
  if (!mode.empty() && !big) {
    std::cerr << "usage: lede_bench_hostile [--big | --one NAME BYTES | --codec NAME BYTES | --jsonl NAME BYTES | --seeds DIR | --names]\n";
    return 2;
  }
  for (const auto& p : hostile_patterns()) {
    for (const size_t kb : {256, 1024}) {
      const std::string text = hostile_text(p, kb * 1024);
      const double s = seconds_to_analyse(text);
      std::printf("hostile_%s_MBps_%s: %.2f\n", p.name, kb == 256 ? "256KB" : "1MB", text.size() / 1e6 / s);
      std::fflush(stdout);
    }
    if (big) {
      const std::string text = hostile_text(p, 10 * 1000 * 1000);
      std::printf("hostile_%s_seconds_10MB: %.3f\n", p.name, seconds_to_analyse(text));
      std::fflush(stdout);
    }
  }
  return 0;
}
