// Reading CSV (RFC 4180: quoted fields, commas and newlines inside quotes) with libcsv,
// keeping for each record the line it starts on, so errors can say where to look.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

// Whole-file errors (a quote never closed) come back as the Diagnostic.
Result<std::vector<CsvRecord>> parse_csv(const std::string& text, const std::string& path);

}  // namespace kiosk
