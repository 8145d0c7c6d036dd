#pragma once
// RAII owner of a libharu document. libharu reports errors through a callback; we record the
// first one and turn it into an intake::Error at the next check, instead of longjmp or abort.
// Every buffer libharu allocates (content streams hold patient text) is wiped when freed.
#include <hpdf.h>

#include <cstdint>
#include <memory>
#include <type_traits>
#include <vector>

#include "common/result.hpp"

namespace intake::pdf {

class HpdfDocument {
 public:
  static Result<HpdfDocument> create();

  HPDF_Doc get() const { return doc_.get(); }
  // An error naming the step if libharu has reported one since the document was created.
  Status check(const char* step) const;
  // Saves into libharu's memory stream and copies the bytes out: no file is ever written.
  Result<std::vector<std::uint8_t>> save_to_memory();

 private:
  struct ErrorState {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
  };
  struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  static void HPDF_STDCALL on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data);
  static void* HPDF_STDCALL allocate(HPDF_UINT size);
  static void HPDF_STDCALL free_wiped(void* block);

  std::unique_ptr<ErrorState> errors_;  // heap: libharu keeps its address while we move around
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc_;
};

}  // namespace intake::pdf
