// The kiosk's own timeline file, written for `kiosk --import`: the TimelineJS sheet's
// columns in the template's order, then Id and Source, then one column per language
// and text that any row translates. Every field is quoted, so commas, quotes and line
// breaks in texts survive any spreadsheet.
#include <set>
#include <string>
#include <vector>

#include "content/timeline_rows.h"

namespace kiosk {
namespace {

std::string quoted(const std::string& field) {
    std::string out = "\"";
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number_or_empty(int n) {
    return n ? std::to_string(n) : std::string{};
}

const char* const base_columns[] = {
    "Year",         "Month",      "Day",  "Time",  "End Year",     "End Month",     "End Day",         "End Time",
    "Display Date", "Headline",   "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type",
    "Group",        "Background", "Id",   "Source"};

// "Headline (ru)" etc.: the fields that have translations, each language once.
struct Translated {
    std::string field;  // "Headline"
    std::string lang;
};

}  // namespace

namespace {

// The languages any text of the timeline is translated into, each a column per field.
std::vector<Translated> translated_columns(const Timeline& tl) {
    std::set<std::string> langs;
    auto collect = [&](const std::map<std::string, std::string>& tr) {
        for (const auto& [lang, text] : tr) langs.insert(lang);
    };
    if (tl.title) {
        collect(tl.title->headline_tr);
        collect(tl.title->text_tr);
    }
    for (const auto& e : tl.events) {
        collect(e.headline_tr);
        collect(e.text_tr);
        collect(e.display_date_tr);
        collect(e.media_caption_tr);
        collect(e.media_credit_tr);
    }
    for (const auto& e : tl.eras) collect(e.headline_tr);
    std::vector<Translated> translated;
    for (const auto& lang : langs)
        for (const char* field : {"Headline", "Text", "Display Date", "Media Caption", "Media Credit"})
            translated.push_back({field, lang});
    return translated;
}

// One row of the sheet: its cells by column, and its translations by field.
struct SheetRow {
    std::map<std::string, std::string> base;
    std::map<std::string, const std::map<std::string, std::string>*> tr;

    void date(const std::string& prefix, const CalendarDate& d) {
        base[prefix + "Year"] = std::to_string(d.year);
        base[prefix + "Month"] = number_or_empty(d.month);
        base[prefix + "Day"] = number_or_empty(d.day);
    }
};

SheetRow title_row(const TimelineTitle& t) {
    SheetRow r;
    r.base = {{"Type", "title"},
              {"Headline", t.headline},
              {"Text", t.text},
              {"Media", t.media.empty() ? t.media_url : t.media},
              {"Media Credit", t.media_credit},
              {"Media Caption", t.media_caption}};
    r.tr = {{"Headline", &t.headline_tr}, {"Text", &t.text_tr}};
    return r;
}

SheetRow era_row(const TimelineEra& era) {
    SheetRow r;
    r.date("", era.start);
    r.date("End ", era.end);
    r.base["Type"] = "era";
    r.base["Headline"] = era.headline;
    r.base["Background"] = era.background.to_hex();
    r.base["Id"] = era.id;
    r.tr = {{"Headline", &era.headline_tr}};
    return r;
}

SheetRow event_row(const TimelineEvent& e) {
    SheetRow r;
    r.date("", e.start);
    if (e.end) r.date("End ", *e.end);
    if (e.display_date_given) r.base["Display Date"] = e.display_date;
    r.base["Headline"] = e.headline;
    r.base["Text"] = e.text;
    r.base["Media"] = e.media.empty() ? e.media_url : e.media;
    r.base["Media Credit"] = e.media_credit;
    r.base["Media Caption"] = e.media_caption;
    r.base["Group"] = e.group_name;
    if (e.highlight) r.base["Background"] = e.highlight->to_hex();
    r.base["Id"] = e.id;
    r.base["Source"] = e.source;
    r.tr = {{"Headline", &e.headline_tr},
            {"Text", &e.text_tr},
            {"Display Date", &e.display_date_tr},
            {"Media Caption", &e.media_caption_tr},
            {"Media Credit", &e.media_credit_tr}};
    return r;
}

}  // namespace

std::string timeline_to_csv(const Timeline& tl) {
    const std::vector<Translated> translated = translated_columns(tl);
    std::string out;
    auto line = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + quoted(fields[i]);
        out += "\r\n";
    };
    std::vector<std::string> header(std::begin(base_columns), std::end(base_columns));
    for (const auto& t : translated) header.push_back(t.field + " (" + t.lang + ")");
    line(header);
    auto emit = [&](const SheetRow& r) {
        std::vector<std::string> fields;
        for (const char* c : base_columns) {
            const auto it = r.base.find(c);
            fields.push_back(it == r.base.end() ? std::string{} : it->second);
        }
        for (const auto& t : translated) {
            const auto it = r.tr.find(t.field);
            std::string v;
            if (it != r.tr.end())
                if (const auto jt = it->second->find(t.lang); jt != it->second->end()) v = jt->second;
            fields.push_back(v);
        }
        line(fields);
    };
    if (tl.title) emit(title_row(*tl.title));
    for (const auto& era : tl.eras) emit(era_row(era));
    for (const auto& e : tl.events) emit(event_row(e));
    return out;
}

}  // namespace kiosk
