// The signature in the PDF must be the one that was drawn: its strokes, read back from the
// page's content stream, pass through every sampled point mapped into the signature box with
// one uniform scale (aspect ratio kept), and stay inside the box.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <sstream>

#include "intake/build_paths.hpp"
#include "pdf/consent_pdf.hpp"
#include "pdf_test_support.hpp"
#include "sample_records.hpp"

using namespace intake::pdf;
using namespace intake::pdf::testing;
using Catch::Approx;

namespace {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // PDF space: (x, y) is the bottom-left corner
};

struct Ink {
  std::vector<std::pair<double, double>> anchors;  // stroke starts and curve end points
};

// Reads "r g b RG" colour changes, "re" rectangles and "m"/"c" path points from a content
// stream, keeping the rectangles stroked in the frame colour and the points stroked in ink.
void parse(const std::string& content, std::vector<Rect>& frames, std::vector<Ink>& inks) {
  std::istringstream in(content);
  std::vector<std::string> operands;
  std::string stroke_colour;
  std::string token;
  Ink* ink = nullptr;
  while (in >> token) {
    const bool is_number =
        std::isdigit(static_cast<unsigned char>(token[0])) || token[0] == '-' || token[0] == '.';
    if (is_number) {
      operands.push_back(token);
      continue;
    }
    auto num = [&](std::size_t i) { return std::stod(operands[operands.size() - 1 - i]); };
    if (token == "RG" && operands.size() >= 3) {
      stroke_colour =
          operands[operands.size() - 3] + " " + operands[operands.size() - 2] + " " + operands.back();
      ink = nullptr;
      if (stroke_colour == "0.05 0.13 0.42") {
        inks.emplace_back();
        ink = &inks.back();
      }
    } else if (token == "re" && stroke_colour == "0.62 0.67 0.72" && operands.size() >= 4) {
      frames.push_back(Rect{num(3), num(2), num(1), num(0)});
    } else if (token == "m" && ink && operands.size() >= 2) {
      ink->anchors.emplace_back(num(1), num(0));
    } else if (token == "c" && ink && operands.size() >= 6) {
      ink->anchors.emplace_back(num(1), num(0));
    }
    operands.clear();
  }
}

}  // namespace

TEST_CASE("signature strokes land in the signature box exactly as drawn", "[pdf][signature]") {
  TempDir dir;
  const ConsentPdfInput in = samples::minor_with_guardian();
  auto pdf = render_consent_pdf(in, noto_sans_fonts(INTAKE_SOURCE_FONTS_DIR));
  REQUIRE(pdf.ok());
  std::vector<Rect> frames;
  std::vector<Ink> inks;
  for (const std::string& content : page_content_streams(dir.write("minor.pdf", *pdf), dir)) {
    parse(content, frames, inks);
  }
  REQUIRE(frames.size() == 2);  // patient and guardian
  REQUIRE(inks.size() == 2);

  const SignatureInput* signatures[] = {&in.patient_signature, &*in.guardian_signature};
  for (int k = 0; k < 2; ++k) {
    const SignatureInput& sig = *signatures[k];
    const Rect& frame = frames[static_cast<std::size_t>(k)];
    // The pad is fitted (uniform scale, centred) into the frame minus a 5 pt inset.
    const double inset = 5;
    const double box_w = frame.w - 2 * inset, box_h = frame.h - 2 * inset;
    const double scale = std::min(box_w / sig.pad_width, box_h / sig.pad_height);
    const double left = frame.x + inset + (box_w - sig.pad_width * scale) / 2;
    const double top = frame.y + frame.h - inset - (box_h - sig.pad_height * scale) / 2;

    std::vector<std::pair<double, double>> expected;
    for (const Stroke& stroke : sig.strokes) {
      for (const StrokePoint& p : stroke) expected.emplace_back(left + p.x * scale, top - p.y * scale);
    }
    const auto& drawn = inks[static_cast<std::size_t>(k)].anchors;
    // Every sampled point is an anchor of the drawn curve, in order.
    REQUIRE(drawn.size() == expected.size());
    for (std::size_t i = 0; i < drawn.size(); ++i) {
      INFO("signature " << k << " point " << i);
      CHECK(drawn[i].first == Approx(expected[i].first).margin(0.01));
      CHECK(drawn[i].second == Approx(expected[i].second).margin(0.01));
    }
    // Bounding box of the ink: same aspect ratio as on the pad, and inside the frame.
    double min_x = 1e9, max_x = -1e9, min_y = 1e9, max_y = -1e9;
    for (auto [x, y] : drawn) {
      min_x = std::min(min_x, x), max_x = std::max(max_x, x);
      min_y = std::min(min_y, y), max_y = std::max(max_y, y);
    }
    double pmin_x = 1e9, pmax_x = -1e9, pmin_y = 1e9, pmax_y = -1e9;
    for (const Stroke& stroke : sig.strokes) {
      for (const StrokePoint& p : stroke) {
        pmin_x = std::min(pmin_x, p.x), pmax_x = std::max(pmax_x, p.x);
        pmin_y = std::min(pmin_y, p.y), pmax_y = std::max(pmax_y, p.y);
      }
    }
    // Coordinates are written to 0.01 pt, so the ratio holds to about 1e-3 on a ~30 pt tall ink.
    CHECK((max_x - min_x) / (max_y - min_y) == Approx((pmax_x - pmin_x) / (pmax_y - pmin_y)).epsilon(1e-3));
    CHECK(min_x >= frame.x);
    CHECK(max_x <= frame.x + frame.w);
    CHECK(min_y >= frame.y);
    CHECK(max_y <= frame.y + frame.h);
  }
}
