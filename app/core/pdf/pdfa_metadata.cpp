#include "pdf/pdfa_metadata.hpp"

#include <fmt/format.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

#include "common/sha256.hpp"
#include "common/try.hpp"

namespace intake::pdf {
namespace {

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string xmp_date(const Timestamp& t) {
  std::string date = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", t.year, t.month, t.day, t.hour,
                                 t.minute, std::min(t.second, 59));
  if (t.offset_minutes == 0) return date + "Z";
  const int offset = t.offset_minutes < 0 ? -t.offset_minutes : t.offset_minutes;
  return date + fmt::format("{}{:02}:{:02}", t.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

std::string xmp_packet(const PdfaMetadata& m) {
  const std::string date = xmp_date(m.created);
  return fmt::format(
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
      "   <pdfaid:part>2</pdfaid:part>\n"
      "   <pdfaid:conformance>B</pdfaid:conformance>\n"
      "   <dc:format>application/pdf</dc:format>\n"
      "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n"
      "   <xmp:CreateDate>{}</xmp:CreateDate>\n"
      "   <xmp:ModifyDate>{}</xmp:ModifyDate>\n"
      "   <xmp:MetadataDate>{}</xmp:MetadataDate>\n"
      "   <xmp:CreatorTool>{}</xmp:CreatorTool>\n"
      "   <pdf:Producer>{}</pdf:Producer>\n"
      "   <xmpMM:DocumentID>{}</xmpMM:DocumentID>\n"
      "   <xmpMM:InstanceID>{}</xmpMM:InstanceID>\n"
      "  </rdf:Description>\n"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"r\"?>",
      xml_escaped(m.title), date, date, date, xml_escaped(m.producer), xml_escaped(m.producer),
      uuid_urn(m.document_id), uuid_urn(m.instance_id));
}

Result<std::vector<char>> read_profile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{"The sRGB colour profile " + path.string() +
                 " is missing; install Debian's icc-profiles-free (deploy/install-deps)."};
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // An ICC profile says its own size in its first four bytes, and "acsp" at 36.
  if (bytes.size() < 128 || std::string(bytes.data() + 36, 4) != "acsp")
    return Error{"The file " + path.string() + " is not an ICC colour profile."};
  return bytes;
}

}  // namespace

std::string pdf_document_id_hex(const std::string& record_id) {
  return sha256_hex("intake-kiosk document " + record_id).substr(0, 32);
}

std::string uuid_urn(const std::string& hex) {
  if (hex.size() < 32) return "uuid:" + hex;
  return fmt::format("uuid:{}-{}-{}-{}-{}", hex.substr(0, 8), hex.substr(8, 4), hex.substr(12, 4),
                     hex.substr(16, 4), hex.substr(20, 12));
}

Status add_pdfa_metadata(HpdfDocument& document, const PdfaMetadata& metadata) {
  auto profile = TRY(read_profile(metadata.icc_profile));
  HPDF_Doc doc = document.get();
  doc->pdf_version = HPDF_VER_17;

  HPDF_Dict xmp = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (xmp == nullptr) return document.check("adding the XMP metadata");
  HPDF_Dict_AddName(xmp, "Type", "Metadata");
  HPDF_Dict_AddName(xmp, "Subtype", "XML");
  const std::string packet = xmp_packet(metadata);
  HPDF_Stream_Write(xmp->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                    static_cast<HPDF_UINT>(packet.size()));
  HPDF_Dict_Add(doc->catalog, "Metadata", xmp);

  HPDF_Dict icc = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (icc == nullptr) return document.check("adding the colour profile");
  icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Dict_AddNumber(icc, "N", 3);
  HPDF_Stream_Write(icc->stream, reinterpret_cast<const HPDF_BYTE*>(profile.data()),
                    static_cast<HPDF_UINT>(profile.size()));
  HPDF_Dict intent = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddName(intent, "Type", "OutputIntent");
  HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add(intent, "OutputConditionIdentifier",
                HPDF_String_New(doc->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(doc->mmgr, "http://www.color.org", nullptr));
  HPDF_Dict_Add(intent, "Info", HPDF_String_New(doc->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "DestOutputProfile", icc);
  HPDF_Array intents = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(intents, intent);
  HPDF_Dict_Add(doc->catalog, "OutputIntents", intents);
  return document.check("adding the archival (PDF/A) metadata");
}

}  // namespace intake::pdf
