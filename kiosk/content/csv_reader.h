// Reading CSV as spreadsheets write it, with libcsv: RFC 4180 quoting (commas and
// newlines inside quotes), the separator a spreadsheet chose (comma, semicolon or tab,
// found from the header), a UTF-8 byte-order mark, and, row by row, what a curator
// meant where the file is not strict:
// - a quote inside an unquoted field (Relief "trains" reach Kazan) is read as a quote,
//   with a note saying how to write it strictly;
// - a quote never closed loses its own row only: reading starts again on the next line,
//   with a message at the row where the quote was opened;
// - a quoted field whose closing quote is missing before the next field swallows the
//   fields after it (`"… his view.,,,trade,#8c2f1f,hughes-reply-1921,"Samuel…`): such a
//   row (not strict, short of the header's columns, a separator inside a field) is
//   marked broken, with a message, and its fields as a plain split gives them, so the
//   row can still be told apart (its Id).
// Each record keeps the line it starts on, so messages say where to look.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
    bool broken = false;                   // a quote not closed swallowed fields: not to be read
    std::vector<std::string> plain_split;  // a broken row cut at every separator (if that gives the header's count)
    std::string raw;                       // a broken row's text as written
};

struct CsvTable {
    std::vector<CsvRecord> records;
    Diagnostics notes;     // rows read with a guess (warnings) or lost (errors)
    char separator = ',';  // as found in the header
    // The last record ends without a line break and with an open quote: the file was
    // probably cut short rather than mistyped.
    bool ends_inside_quote = false;
};

// The separator a header line uses: the one of ',', ';', '\t' seen most outside quotes.
char guess_separator(const std::string& header_line);

CsvTable parse_csv(const std::string& text, const std::string& path);

}  // namespace kiosk
