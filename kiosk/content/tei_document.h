// Reading one document out of FRUS-style TEI (the Office of the Historian's markup).
#pragma once

#include <string>

#include "content/document.h"
#include "core/result.h"

namespace kiosk {

// Parses `path`. If the file holds many <div type="document"> (a FRUS volume),
// `document_id` picks one by xml:id; empty picks the first.
Result<Document> load_tei_document(const std::string& path, const std::string& document_id = {});

// Same, from text already in memory (`path` is only used in messages).
Result<Document> parse_tei_document(const std::string& xml_text, const std::string& path,
                                    const std::string& document_id = {});

}  // namespace kiosk
