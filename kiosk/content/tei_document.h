// Reading one document out of FRUS-style TEI (the Office of the Historian's markup).
#pragma once

#include <string>

#include "content/document.h"
#include "core/result.h"

namespace kiosk {

// Parses `path`. If the file holds many <div type="document"> (a FRUS volume),
// `document_id` picks one by xml:id; empty picks the first. Translations beside it
// (FILE.<lang>.xml, a <div type="translation" corresp="#ID">) are read too; one that
// cannot be read is reported in `problems` and left out.
Result<Document> load_tei_document(const std::string& path, const std::string& document_id = {},
                                   Diagnostics* problems = nullptr);

// Same, from text already in memory (`path` is only used in messages); no translations.
Result<Document> parse_tei_document(const std::string& xml_text, const std::string& path,
                                    const std::string& document_id = {});

// A translation of `original` from text in memory; its notes on persons are added to
// the original's list.
Result<Document> parse_tei_translation(const std::string& xml_text, const std::string& path, Document& original);

// What --check says about a loaded document: names pointing to nobody in the list of
// persons, blocks of the original with no translation (or no xml:id to point to).
Diagnostics check_document(const Document& doc);

}  // namespace kiosk
