#pragma once
// RAII owners for the HarfBuzz objects the subsetter uses.
#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace intake::pdf {

struct HbBlobDeleter {
  void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};
struct HbFaceDeleter {
  void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct HbSetDeleter {
  void operator()(hb_set_t* set) const { hb_set_destroy(set); }
};
struct HbSubsetInputDeleter {
  void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};

using HbBlob = std::unique_ptr<hb_blob_t, HbBlobDeleter>;
using HbFace = std::unique_ptr<hb_face_t, HbFaceDeleter>;
using HbSet = std::unique_ptr<hb_set_t, HbSetDeleter>;
using HbSubsetInput = std::unique_ptr<hb_subset_input_t, HbSubsetInputDeleter>;

}  // namespace intake::pdf
