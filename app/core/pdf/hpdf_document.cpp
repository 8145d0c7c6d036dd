#include "pdf/hpdf_document.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <cstring>

#include "common/secure_memory.hpp"

namespace intake::pdf {

void HPDF_STDCALL HpdfDocument::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  auto* state = static_cast<ErrorState*>(user_data);
  if (state->code == HPDF_OK) {
    state->code = code;
    state->detail = detail;
  }
}

namespace {
// Each block carries its size in front, so it can be wiped on free; 16 bytes keep alignment.
constexpr std::size_t kHeader = 16;
}  // namespace

void* HPDF_STDCALL HpdfDocument::allocate(HPDF_UINT size) {
  auto* base = static_cast<unsigned char*>(std::malloc(kHeader + size));
  if (base == nullptr) return nullptr;
  const std::size_t stored = size;
  std::memcpy(base, &stored, sizeof stored);
  return base + kHeader;
}

void HPDF_STDCALL HpdfDocument::free_wiped(void* block) {
  if (block == nullptr) return;
  unsigned char* base = static_cast<unsigned char*>(block) - kHeader;
  std::size_t size = 0;
  std::memcpy(&size, base, sizeof size);
  secure_wipe(block, size);
  std::free(base);
}

Result<HpdfDocument> HpdfDocument::create() {
  HpdfDocument document;
  document.errors_ = std::make_unique<ErrorState>();
  document.doc_.reset(HPDF_NewEx(&HpdfDocument::on_error, &HpdfDocument::allocate, &HpdfDocument::free_wiped,
                                 0, document.errors_.get()));
  if (!document.doc_) return Error{"The PDF library could not start a document."};
  return document;
}

Status HpdfDocument::check(const char* step) const {
  if (errors_->code == HPDF_OK) return ok_status();
  return Error{fmt::format("The PDF library failed while {} (error 0x{:04X}, detail {}).", step,
                           static_cast<unsigned>(errors_->code), static_cast<unsigned>(errors_->detail))};
}

Result<std::vector<std::uint8_t>> HpdfDocument::save_to_memory() {
  if (HPDF_SaveToStream(doc_.get()) != HPDF_OK) {
    Status status = check("saving the document");
    return status.ok() ? Error{"The PDF library could not save the document."} : status.error();
  }
  const HPDF_UINT32 size = HPDF_GetStreamSize(doc_.get());
  std::vector<std::uint8_t> bytes(size);
  HPDF_UINT32 done = 0;
  while (done < size) {
    HPDF_UINT32 chunk = size - done;
    const HPDF_STATUS status = HPDF_ReadFromStream(doc_.get(), bytes.data() + done, &chunk);
    done += chunk;
    // libharu reports the end of its stream as an "error" even when every byte was read.
    if (status == HPDF_STREAM_EOF || chunk == 0) break;
    if (status != HPDF_OK) return Error{"The PDF library could not read back the saved document."};
  }
  if (done != size) return Error{"The PDF library returned a truncated document."};
  HPDF_ResetError(doc_.get());
  return bytes;
}

}  // namespace intake::pdf
