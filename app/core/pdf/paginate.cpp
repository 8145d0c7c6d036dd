#include "pdf/paginate.hpp"

#include <algorithm>

namespace intake::pdf {
namespace {

constexpr std::size_t kMinLinesAtPageEnd = 2;

double total_height(const Block& block) {
  double sum = 0;
  for (const Unit& unit : block.units) sum += unit.height;
  return sum;
}

// Height that must fit on the current page before the block may start there.
double lead_height(const Block& block) {
  // A block of three units or fewer cannot split without leaving one alone: keep it whole.
  if (block.keep_together || block.units.size() <= 2 * kMinLinesAtPageEnd - 1) {
    return total_height(block);
  }
  double sum = 0;
  for (std::size_t i = 0; i < block.units.size() && i < kMinLinesAtPageEnd; ++i) {
    sum += block.units[i].height;
  }
  return sum;
}

// A heading needs its whole self plus the lead of what follows (chains of headings included).
double needed_height(const std::vector<Block>& blocks, std::size_t index) {
  const Block& block = blocks[index];
  if (!block.keep_with_next || index + 1 >= blocks.size() || blocks[index + 1].page_set != block.page_set) {
    return lead_height(block);
  }
  return total_height(block) + blocks[index + 1].space_before + needed_height(blocks, index + 1);
}

class PageCursor {
 public:
  explicit PageCursor(const PageGeometry& geometry) : geometry_(geometry) {}

  void new_page(PageSet set) {
    pages_.push_back(Page{set, {}});
    y_ = pages_.size() == 1 ? geometry_.first_page_top : geometry_.later_page_top;
    empty_ = true;
  }
  bool empty() const { return empty_; }
  PageSet current_set() const { return pages_.back().page_set; }
  double remaining() const { return geometry_.content_bottom - y_; }
  double usable_height() const { return geometry_.content_bottom - geometry_.later_page_top; }
  void skip(double space) {
    if (!empty_) y_ += space;
  }
  void place(const Unit& unit) {
    for (DrawOp op : unit.ops) {
      translate(op, geometry_.margin_left, y_);
      pages_.back().ops.push_back(std::move(op));
    }
    y_ += unit.height;
    empty_ = false;
  }
  std::vector<Page> take() { return std::move(pages_); }

 private:
  const PageGeometry& geometry_;
  std::vector<Page> pages_;
  double y_ = 0;
  bool empty_ = true;
};

}  // namespace

std::vector<Page> paginate(const std::vector<Block>& blocks, const PageGeometry& geometry) {
  PageCursor cursor(geometry);
  if (blocks.empty()) {
    cursor.new_page(PageSet::record);
    return cursor.take();
  }
  cursor.new_page(blocks.front().page_set);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    if (block.page_set != cursor.current_set()) cursor.new_page(block.page_set);
    cursor.skip(block.space_before);
    const double needed = std::min(needed_height(blocks, i), cursor.usable_height());
    if (!cursor.empty() && needed > cursor.remaining() + 1e-6) cursor.new_page(block.page_set);
    const std::size_t n = block.units.size();
    for (std::size_t k = 0; k < n; ++k) {
      const Unit& unit = block.units[k];
      // Widow control: never carry the last unit alone to the next page (it is often the
      // initials under a consent section); take the line before it along.
      const bool last_would_be_alone = !block.keep_together && n - k == 2 && k >= kMinLinesAtPageEnd &&
                                       unit.height + block.units[k + 1].height > cursor.remaining() + 1e-6;
      if (!cursor.empty() && (unit.height > cursor.remaining() + 1e-6 || last_would_be_alone)) {
        cursor.new_page(block.page_set);
      }
      cursor.place(unit);
    }
    cursor.skip(block.space_after);
  }
  return cursor.take();
}

}  // namespace intake::pdf
