// Sections: 1. dates  2. reading the header  3. reading a row, with every mistake
// reported as FILE:LINE: message; a bad row is skipped, never the file.
#include "content/timeline.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "content/csv_reader.h"
#include "content/rich_text.h"
#include "content/timeline_rows.h"
#include "core/css_colour.h"
#include "core/limits.h"
#include "core/text_file.h"

namespace kiosk {

// ---- 1. dates ---------------------------------------------------------------

long days_from_civil(int year, int month, int day) {
    using namespace std::chrono;
    const sys_days d{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
                     std::chrono::day{static_cast<unsigned>(day)}};
    return static_cast<long>(d.time_since_epoch().count());
}

std::string iso_from_days(long days) {
    using namespace std::chrono;
    const year_month_day ymd{sys_days{std::chrono::days{days}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

long CalendarDate::first_day() const {
    return days_from_civil(year, month ? month : 1, day ? day : 1);
}

long CalendarDate::last_day() const {
    if (day) return first_day();
    if (month) {
        using namespace std::chrono;
        const year_month_day_last last{std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(month)} /
                                       std::chrono::last};
        return static_cast<long>(sys_days{last}.time_since_epoch().count());
    }
    return days_from_civil(year, 12, 31);
}

std::string CalendarDate::iso() const {
    char buf[16];
    if (day)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else if (month)
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
        std::snprintf(buf, sizeof buf, "%04d", year);
    return buf;
}

const std::vector<std::string>& known_groups() {
    static const std::vector<std::string> groups = {"diplomacy", "conflict", "trade", "treaty", "science", "crisis"};
    return groups;
}

bool is_known_group(const std::string& key) {
    const auto& k = known_groups();
    return std::find(k.begin(), k.end(), key) != k.end();
}

namespace {
const std::string& pick(const std::map<std::string, std::string>& tr, const std::string& lang,
                        const std::string& fallback) {
    const auto it = tr.find(lang);
    return it == tr.end() || it->second.empty() ? fallback : it->second;
}

// The base columns are English (TimelineJS's own columns); "… (xx)" columns are xx.
LocalText pick_local(const std::map<std::string, std::string>& tr, const std::string& lang,
                     const std::string& fallback) {
    const auto it = tr.find(lang);
    if (it == tr.end() || it->second.empty()) return {fallback, "en"};
    return {it->second, lang};
}

}  // namespace

LocalText TimelineEvent::headline_for(const std::string& lang) const {
    return pick_local(headline_tr, lang, headline);
}
LocalText TimelineEvent::text_for(const std::string& lang) const {
    return pick_local(text_tr, lang, text);
}
LocalText TimelineEvent::caption_for(const std::string& lang) const {
    return pick_local(media_caption_tr, lang, media_caption);
}
LocalText TimelineEra::headline_for(const std::string& lang) const {
    return pick_local(headline_tr, lang, headline);
}
LocalText TimelineTitle::headline_for(const std::string& lang) const {
    return pick_local(headline_tr, lang, headline);
}
LocalText TimelineTitle::text_for(const std::string& lang) const {
    return pick_local(text_tr, lang, text);
}

const std::string& TimelineEvent::headline_in(const std::string& lang) const {
    return pick(headline_tr, lang, headline);
}
const std::string& TimelineEvent::text_in(const std::string& lang) const {
    return pick(text_tr, lang, text);
}
const std::string& TimelineEvent::media_caption_in(const std::string& lang) const {
    return pick(media_caption_tr, lang, media_caption);
}
const std::string& TimelineEvent::media_credit_in(const std::string& lang) const {
    return pick(media_credit_tr, lang, media_credit);
}
const std::string& TimelineEra::headline_in(const std::string& lang) const {
    return pick(headline_tr, lang, headline);
}
const std::string& TimelineTitle::headline_in(const std::string& lang) const {
    return pick(headline_tr, lang, headline);
}
const std::string& TimelineTitle::text_in(const std::string& lang) const {
    return pick(text_tr, lang, text);
}

std::string TimelineEvent::display_date_in(const std::string& lang) const {
    if (const auto it = display_date_tr.find(lang); it != display_date_tr.end() && !it->second.empty())
        return it->second;
    if (lang == "ru") return russian_date(start, end);
    return display_date;
}

std::string russian_date(const CalendarDate& start, const std::optional<CalendarDate>& end) {
    static const char* const genitive[] = {"",     "января",  "февраля",  "марта",   "апреля", "мая",    "июня",
                                           "июля", "августа", "сентября", "октября", "ноября", "декабря"};
    static const char* const nominative[] = {"",     "январь", "февраль",  "март",    "апрель", "май",    "июнь",
                                             "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    auto one = [&](const CalendarDate& d, bool with_year) {
        std::string out;
        if (d.day)
            out = std::to_string(d.day) + " " + genitive[d.month];
        else if (d.month)
            out = nominative[d.month];
        // A year in a Russian date carries «г.», as a museum label writes it.
        if (with_year) out += (out.empty() ? "" : " ") + std::to_string(d.year) + "\u00a0г.";
        return out;
    };
    if (!end || *end == start) return one(start, true);
    const CalendarDate& e = *end;
    // The same month: "8–15 марта 1917 г."; the same year: "30 марта — 18 октября 1867 г.";
    // else "август 1918 г. — апрель 1920 г.".
    if (start.year == e.year && start.month == e.month && start.day && e.day)
        return std::to_string(start.day) + "–" + std::to_string(e.day) + " " + genitive[start.month] + " " +
               std::to_string(start.year) + "\u00a0г.";
    if (start.year == e.year && start.day && e.day) return one(start, false) + " — " + one(e, true);
    return one(start, true) + " — " + one(e, true);
}

std::string english_date(const CalendarDate& start, const std::optional<CalendarDate>& end) {
    static const char* const months[] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                                         "July", "August",  "September", "October", "November", "December"};
    auto one = [&](const CalendarDate& d, bool with_year) {
        std::string out;
        if (d.month) out = months[d.month];
        if (d.day) out += " " + std::to_string(d.day);
        if (with_year) out += (d.day ? ", " : out.empty() ? "" : " ") + std::to_string(d.year);
        return out;
    };
    if (!end || *end == start) return one(start, true);
    const CalendarDate& e = *end;
    if (start.year == e.year && start.month == e.month && start.day && e.day)
        return std::string(months[start.month]) + " " + std::to_string(start.day) + "–" + std::to_string(e.day) + ", " +
               std::to_string(start.year);
    if (start.year == e.year && start.day && e.day) return one(start, false) + " – " + one(e, true);
    return one(start, true) + " – " + one(e, true);
}

const TimelineEvent* Timeline::find(const std::string& id) const {
    const int i = index_of(id);
    return i < 0 ? nullptr : &events[static_cast<std::size_t>(i)];
}

int Timeline::index_of(const std::string& id) const {
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].id == id) return static_cast<int>(i);
    return -1;
}

namespace {

const char* const month_names[] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                                   "July", "August",  "September", "October", "November", "December"};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool valid_utf8(const std::string& s) {
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
        UChar32 c;
        U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
        if (c < 0) return false;
    }
    return true;
}

// Windows-1252 as UTF-8; none where the text uses one of its five undefined bytes.
std::optional<std::string> from_windows_1252(const std::string& s) {
    static const std::uint16_t high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                           0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        std::uint32_t cp = b;
        if (b >= 0x80 && b < 0xA0) {
            cp = high[b - 0x80];
            if (!cp) return std::nullopt;
        }
        if (cp < 0x80)
            out += static_cast<char>(cp);
        else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// ---- 2. the header ------------------------------------------------------------

// A TimelineJS sheet may leave out any column but these; Id and Source are the kiosk's own.
const std::vector<std::string>& required_columns() {
    static const std::vector<std::string> cols = {"Year", "Headline"};
    return cols;
}

// "1921-soviet-russia-offers-trade": the year and the headline's first ASCII words.
std::string derived_id(int year, const std::string& headline) {
    std::string id = year < 0 ? std::to_string(-year) + "-bce" : std::to_string(year);
    std::string word;
    int words = 0;
    auto flush = [&] {
        if (!word.empty() && words < 5) {
            id += "-" + word;
            ++words;
        }
        word.clear();
    };
    for (const char ch : headline) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) && u < 0x80)
            word += static_cast<char>(std::tolower(u));
        else
            flush();
    }
    flush();
    return id;
}

// Not one an earlier row took, nor one a later row gives itself.
std::string unique_id(const std::string& wanted, std::set<std::string>& used, const std::set<std::string>& reserved) {
    std::string id = wanted;
    for (int n = 2; reserved.count(id) || !used.insert(id).second; ++n) id = wanted + "-" + std::to_string(n);
    return id;
}

// ---- 3. a row -------------------------------------------------------------------

// A row is cells by column name, lower-cased ("headline", "end year", "text (ru)"),
// each with the name the file gave it (for messages) and its line. A CSV row and a
// TimelineJS JSON event both become one, and one reader checks them.
// Reads a date from three columns; on a mistake returns false with `why` set.
bool read_date(const TimelineRow& row, const std::string& prefix, CalendarDate& out, std::string& why) {
    const std::string ys = row.get(prefix + "Year"), ms = row.get(prefix + "Month"), ds = row.get(prefix + "Day");
    auto number = [&](const std::string& s, const std::string& col, int lo, int hi, int& v) {
        char* end = nullptr;
        const long n = std::strtol(s.c_str(), &end, 10);
        if (s.empty() || *end != '\0' || n < lo || n > hi) {
            why = "\"" + col + "\" is \"" + s + "\"; expected a whole number from " + std::to_string(lo) + " to " +
                  std::to_string(hi);
            return false;
        }
        v = static_cast<int>(n);
        return true;
    };
    if (!number(ys, prefix + "Year", -3000, 3000, out.year)) return false;
    if (!ms.empty() && !number(ms, prefix + "Month", 1, 12, out.month)) return false;
    if (!ds.empty()) {
        if (ms.empty()) {
            why = "\"" + prefix + "Day\" is given without \"" + prefix + "Month\"";
            return false;
        }
        if (!number(ds, prefix + "Day", 1, 31, out.day)) return false;
        const std::chrono::year_month_day ymd{std::chrono::year{out.year},
                                              std::chrono::month{static_cast<unsigned>(out.month)},
                                              std::chrono::day{static_cast<unsigned>(out.day)}};
        if (!ymd.ok()) {
            why = "the date " + std::to_string(out.day) + " " + month_names[out.month] + " " +
                  std::to_string(out.year) + " does not exist";
            return false;
        }
    }
    return true;
}

}  // namespace

void TimelineRow::set(const std::string& column, std::string value, std::string name) {
    if (name.empty()) name = column;
    cells[lower(column)] = {std::move(name), std::move(value)};
}

std::string TimelineRow::get(const std::string& column) const {
    const auto it = cells.find(lower(column));
    return it == cells.end() ? std::string{} : trim_space(it->second.value);
}

bool is_web_address(const std::string& media) {
    return media.find("://") != std::string::npos || lower(media.substr(0, 4)) == "www.";
}

namespace {

// Texts may hold TimelineJS's small HTML subset; say what the kiosk leaves out of it.
void note_dropped_html(const std::string& text, const std::string& column, const std::string& path, int line,
                       Diagnostics& out) {
    if (text.find('<') == std::string::npos) return;
    const RichText rich = parse_rich_text(text);
    if (rich.dropped.empty()) return;
    std::string tags;
    for (const auto& t : rich.dropped) tags += (tags.empty() ? "<" : ", <") + t + ">";
    out.push_back(
        {path, line, 0,
         "\"" + column + "\" holds " + tags +
             ", which the kiosk does not show (it shows <p>, <b>, <strong>, <i>, <em>, <a>, <br>); the words are kept",
         Diagnostic::Severity::warning});
}

// A headline is plain text: HTML in it (TimelineJS allows some) is reduced to its words.
std::string plain_headline(const std::string& headline) {
    if (headline.find_first_of("<&") == std::string::npos) return headline;
    return trim_space(parse_rich_text(headline).plain());
}

}  // namespace

namespace {

// Events and eras by date; groups in the order time meets them, whatever order the
// file's rows are in.
void put_in_order(Timeline& tl) {
    auto by_start = [](const auto& a, const auto& b) { return a.start.first_day() < b.start.first_day(); };
    std::stable_sort(tl.events.begin(), tl.events.end(), by_start);
    std::stable_sort(tl.eras.begin(), tl.eras.end(), by_start);
    tl.groups.clear();
    for (const auto& ev : tl.events)
        if (!ev.group.empty() && std::find(tl.groups.begin(), tl.groups.end(), ev.group) == tl.groups.end())
            tl.groups.push_back(ev.group);
}

}  // namespace

namespace {

// Optional columns in other languages: "Headline (ru)", "Text (ru)", "Display Date (ru)".
std::map<std::string, std::string> translations_of(const TimelineRow& row, const std::string& field) {
    std::map<std::string, std::string> out;
    for (const auto& [key, cell] : row.cells) {
        const auto open = key.rfind(" (");
        if (open == std::string::npos || key.back() != ')' || key.substr(0, open) != field) continue;
        const std::string lang = key.substr(open + 2, key.size() - open - 3);
        if (!lang.empty() && !trim_space(cell.value).empty()) out[lang] = trim_space(cell.value);
    }
    return out;
}

// What makes a row unreadable as a whole: a control character, or a cell past the limit.
std::string damage_in(const TimelineRow& row) {
    for (const auto& [key, cell] : row.cells) {
        if (const std::size_t at = find_control_character(cell.value); at != std::string::npos)
            return "a control character (" + control_character_name(cell.value, at) + ") in \"" + cell.name +
                   "\": is the file damaged?";
        if (cell.value.size() > limits::paragraph_chars)
            return "\"" + cell.name + "\" holds " + std::to_string(cell.value.size()) + " characters; the limit is " +
                   std::to_string(limits::paragraph_chars);
    }
    return {};
}

// The timeline's rows read one by one into its title, eras and events; a row that cannot
// be read is skipped and said, with its line, and the others are read.
class RowReader {
public:
    RowReader(const std::vector<TimelineRow>& rows, const std::string& path, TimelineLoad& load)
        : path_(path), load_(load) {
        for (const auto& row : rows) given_ids_.insert(row.get("Id"));
    }

    void read(const TimelineRow& row) {
        row_ = &row;
        bool blank = true, utf8 = true;
        for (const auto& [key, cell] : row.cells) {
            blank = blank && trim_space(cell.value).empty();
            utf8 = utf8 && valid_utf8(cell.value);
        }
        if (blank) return;
        if (!utf8) {
            if (load_.quiet_encoding)
                load_.skipped.push_back({row.line, {}, {}, {}});
            else
                skip("the row is not valid UTF-8 text (save the file as UTF-8)");
            return;
        }
        if (const std::string damage = damage_in(row); !damage.empty()) return skip(damage);
        // The picture: a file in the content folder. A web address cannot be shown offline
        // (said, or shown from its saved copy, by load_timeline, which knows the folder).
        media_ = row.get("Media");
        media_url_.clear();
        if (!media_.empty() && is_web_address(media_)) media_url_ = std::exchange(media_, std::string());
        for (const auto& [key, cell] : row.cells)
            if (key == "text" || key.rfind("text (", 0) == 0)
                note_dropped_html(cell.value, cell.name, path_, row.line, load_.problems);
        const std::string type = lower(row.get("Type"));
        if (type == "title") return read_title();
        if (!type.empty() && type != "era")
            return skip("\"Type\" is \"" + row.get("Type") + "\"; expected empty, \"era\" or \"title\"");
        read_dated(type == "era");
    }

private:
    void skip(const std::string& why) {
        load_.problems.push_back({path_, row_->line, 0, why + "; the row is skipped"});
        load_.skipped.push_back({row_->line, row_->get("Id"), plain_headline(row_->get("Headline")), {}});
    }
    void note(const std::string& what) {
        load_.problems.push_back({path_, row_->line, 0, what, Diagnostic::Severity::warning});
    }

    // TimelineJS's title slide: what the visitor is looking at, before the first event.
    void read_title() {
        const TimelineRow& row = *row_;
        if (load_.timeline.title) return skip("a second \"title\" row; the timeline has one title slide");
        TimelineTitle t;
        t.headline = plain_headline(row.get("Headline"));
        t.text = row.get("Text");
        t.headline_tr = translations_of(row, "headline");
        t.text_tr = translations_of(row, "text");
        t.media = media_;
        t.media_url = media_url_;
        t.media_credit = row.get("Media Credit");
        t.media_caption = row.get("Media Caption");
        t.line = row.line;
        if (t.headline.empty() && t.text.empty()) return skip("the \"title\" row has neither a Headline nor a Text");
        load_.timeline.title = std::move(t);
    }

    // The Id as given (checked and unique), or empty to be made from year and headline.
    bool read_id(std::string& id) {
        id = row_->get("Id");
        if (!id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
            skip("\"Id\" is \"" + id + "\"; expected lower-case letters, digits and hyphens, like \"telegram-1921\"");
            return false;
        }
        if (!id.empty() && !ids_.insert(id).second) {
            skip("the Id \"" + id + "\" is used by an earlier row");
            return false;
        }
        return true;
    }

    bool read_dates(CalendarDate& start, std::optional<CalendarDate>& end) {
        std::string why;
        if (!read_date(*row_, "", start, why)) {
            skip(why);
            return false;
        }
        if (row_->get("End Year").empty()) return true;
        CalendarDate e;
        if (!read_date(*row_, "End ", e, why)) {
            skip(why);
            return false;
        }
        if (e.last_day() < start.first_day()) {
            skip("the end date " + e.iso() + " is before the start " + start.iso());
            return false;
        }
        end = e;
        return true;
    }

    std::optional<Color> read_background() {
        const std::string bg = row_->get("Background");
        if (bg.empty()) return std::nullopt;
        Color c;
        if (is_web_address(bg)) {
            note("\"Background\" is a picture's web address; the kiosk shows a colour only (\"#rrggbb\")");
            return std::nullopt;
        }
        if (!parse_css_colour(bg, c)) {
            note("\"Background\" is \"" + bg +
                 "\", which is not a colour (expected \"#rrggbb\", \"#rgb\" or a colour's name, "
                 "like \"darkred\"); the event is shown without one");
            return std::nullopt;
        }
        return c;
    }

    // An era or an event: its Id, dates, headline and colour, then what each needs.
    void read_dated(bool era) {
        std::string id;
        if (!read_id(id)) return;
        CalendarDate start;
        std::optional<CalendarDate> end;
        if (!read_dates(start, end)) return;
        const std::string headline = plain_headline(without_code(row_->get("Headline")));
        if (headline.empty()) return skip("\"Headline\" is empty; every row needs one");
        // A TimelineJS sheet has no Id column: one is made from the year and headline.
        if (id.empty()) id = unique_id(derived_id(start.year, headline), ids_, given_ids_);
        const std::optional<Color> background = read_background();
        if (!row_->get("Time").empty() || !row_->get("End Time").empty())
            note("the time of day is not shown: the kiosk shows dates to the day");
        if (era)
            read_era(id, headline, start, end, background);
        else
            read_event(id, headline, start, end, background);
    }

    void read_era(const std::string& id, const std::string& headline, const CalendarDate& start,
                  const std::optional<CalendarDate>& end, const std::optional<Color>& background) {
        if (!end) return skip("an era needs an end date (\"End Year\")");
        TimelineEra era;
        era.id = id;
        era.headline = headline;
        era.headline_tr = translations_of(*row_, "headline");
        era.start = start;
        era.end = *end;
        era.background = background.value_or(Color{0xe6, 0xdc, 0xc6});
        era.line = row_->line;
        load_.timeline.eras.push_back(std::move(era));
    }

    void read_event(const std::string& id, const std::string& headline, const CalendarDate& start,
                    const std::optional<CalendarDate>& end, const std::optional<Color>& background) {
        const TimelineRow& row = *row_;
        TimelineEvent ev;
        ev.id = id;
        ev.start = start;
        ev.end = end;
        ev.headline = headline;
        // Code in a cell (a pasted <script>) is never shown nor written out again.
        ev.text = without_code(row.get("Text"));
        ev.display_date = row.get("Display Date");
        ev.media = media_;
        ev.media_url = media_url_;
        ev.media_credit = without_code(row.get("Media Credit"));
        ev.media_caption = without_code(row.get("Media Caption"));
        ev.source = row.get("Source");
        ev.highlight = background;
        ev.line = row.line;
        ev.headline_tr = translations_of(row, "headline");
        for (auto& [lang, h] : ev.headline_tr) h = plain_headline(without_code(h));
        ev.text_tr = translations_of(row, "text");
        for (auto& [lang, t] : ev.text_tr) t = without_code(t);
        ev.display_date_tr = translations_of(row, "display date");
        ev.media_caption_tr = translations_of(row, "media caption");
        ev.media_credit_tr = translations_of(row, "media credit");
        ev.group_name = row.get("Group");
        ev.group = lower(ev.group_name);
        if (ev.source.empty()) note("\"Source\" is empty: the card will show no source; say where its facts come from");
        if (ev.text.empty()) return skip("\"Text\" is empty; every event needs a short text");
        ev.display_date_given = !ev.display_date.empty();
        // No Display Date: written in each language as the kiosk writes dates.
        if (ev.display_date.empty()) ev.display_date = english_date(start, end);
        load_.timeline.events.push_back(std::move(ev));
    }

    const std::string& path_;
    TimelineLoad& load_;
    std::set<std::string> ids_, given_ids_;
    const TimelineRow* row_ = nullptr;
    std::string media_, media_url_;
};

}  // namespace

void timeline_from_rows(const std::vector<TimelineRow>& rows, const std::string& path, TimelineLoad& load) {
    RowReader reader(rows, path, load);
    for (const TimelineRow& row : rows) reader.read(row);
    put_in_order(load.timeline);
}

void keep_last_good_rows(TimelineLoad& load, const Timeline& last_good) {
    bool kept = false;
    for (const auto& row : load.skipped) {
        const TimelineEvent* old = row.id.empty() ? nullptr : last_good.find(row.id);
        for (std::size_t i = 0; !old && row.id.empty() && !row.headline.empty() && i < last_good.events.size(); ++i)
            if (last_good.events[i].headline == row.headline) old = &last_good.events[i];
        // A row whose fields ran together: the event whose Id stands in it as a field.
        for (std::size_t i = 0; !old && row.id.empty() && row.headline.empty() && i < last_good.events.size(); ++i) {
            const std::string& id = last_good.events[i].id;
            for (std::size_t at = row.raw.find(id); !old && at != std::string::npos; at = row.raw.find(id, at + 1)) {
                const auto edge = [](char c) {
                    return c == ',' || c == ';' || c == '\t' || c == '"' || c == '\r' || c == '\n';
                };
                if ((at == 0 || edge(row.raw[at - 1])) &&
                    (at + id.size() == row.raw.size() || edge(row.raw[at + id.size()])))
                    old = &last_good.events[i];
            }
        }
        if (!old || load.timeline.find(old->id)) continue;
        TimelineEvent ev = *old;
        ev.line = row.line;
        load.timeline.events.push_back(std::move(ev));
        load.problems.push_back(
            {load.timeline.source_path, row.line, 0,
             "until this row is mended, visitors see the event as it last was (\"" + old->headline + "\")",
             Diagnostic::Severity::warning});
        kept = true;
    }
    if (kept) put_in_order(load.timeline);
}

namespace {

// A Windows spreadsheet's plain "CSV" is Windows-1252, not UTF-8: read as such, with
// one note; a file that is neither gets one message, not one per row.
Diagnostics read_as_utf8(const std::string& file_text, const std::string& path, std::string& converted) {
    Diagnostics encoding;
    const auto bad = invalid_utf8(file_text, path);
    if (!bad) return encoding;
    // At the first place that is not UTF-8, where an editor would show it.
    if (auto latin = from_windows_1252(file_text)) {
        converted = std::move(*latin);
        encoding.push_back(
            {path, bad->line, bad->column,
             "the file is not UTF-8; it was read as Windows-1252 (what a Windows spreadsheet saves as \"CSV\"). "
             "Save it as \"CSV UTF-8\" to be sure of every letter",
             Diagnostic::Severity::warning});
    } else {
        encoding.push_back({path, bad->line, bad->column,
                            "the file is not UTF-8 text (nor Windows-1252); rows with letters that cannot be read are "
                            "left out. Save it as \"CSV UTF-8\""});
    }
    return encoding;
}

// Whether the sheet as a whole is refused: empty, without a required column, cut short
// (a copy interrupted, a disk full: the rows it lost are not "skipped", the file is
// damaged), or past the row limit. Each says why in `load`.
bool sheet_refused(const CsvTable& table, const std::string& text, const std::string& path, TimelineLoad& load) {
    const auto& rows = table.records;
    if (rows.empty()) {
        load.problems.push_back({path, 1, 0,
                                 "the file is empty; expected a header row with the TimelineJS sheet's columns (Year, "
                                 "Month, Day, … Headline, Text, …)"});
        return true;
    }
    std::set<std::string> columns;
    for (const auto& name : rows[0].fields) columns.insert(lower(trim_space(name)));
    bool missing = false;
    for (const auto& col : required_columns()) {
        if (columns.count(lower(col))) continue;
        load.problems.push_back(
            {path, rows[0].line, 0,
             "missing column \"" + col +
                 "\"; expected the TimelineJS sheet's columns (Year, Month, Day, … Headline, Text, …)"});
        missing = true;
    }
    if (missing) return true;
    const bool ends_in_row = !text.empty() && text.back() != '\n' && text.back() != '\r';
    if (table.ends_inside_quote) {
        load.problems.push_back({path, load.problems.back().line, 0,
                                 "the file ends inside a quoted field, in the middle of a row: was it cut short? The "
                                 "whole file is refused"});
        return true;
    }
    if (rows.size() > 1 && ends_in_row && rows.back().fields.size() < rows[0].fields.size()) {
        load.problems.push_back({path, rows.back().line, 0,
                                 "the file ends in the middle of a row (" + std::to_string(rows.back().fields.size()) +
                                     " of " + std::to_string(rows[0].fields.size()) +
                                     " columns): was it cut short? The whole file is refused"});
        return true;
    }
    if (rows.size() - 1 > limits::timeline_rows) {
        load.problems.push_back({path, rows[limits::timeline_rows + 1].line, 0,
                                 "the timeline has " + std::to_string(rows.size() - 1) + " rows; the limit is " +
                                     std::to_string(limits::timeline_rows)});
        return true;
    }
    return false;
}

// The rows under the header as cells by column name; a row the reader could not split
// is kept aside (its event keeps its last version).
std::vector<TimelineRow> cells_of(const std::vector<CsvRecord>& rows, TimelineLoad& load) {
    std::vector<TimelineRow> cells;
    cells.reserve(rows.size() - 1);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].broken) {
            TimelineLoad::Skipped lost{rows[r].line, {}, {}, rows[r].raw};
            for (std::size_t f = 0; f < rows[r].plain_split.size(); ++f) {
                const std::string name = lower(trim_space(rows[0].fields[f]));
                if (name == "id") lost.id = trim_space(rows[r].plain_split[f]);
                if (name == "headline") lost.headline = plain_headline(rows[r].plain_split[f]);
            }
            load.skipped.push_back(std::move(lost));
            continue;
        }
        TimelineRow row;
        row.line = rows[r].line;
        for (std::size_t f = 0; f < rows[r].fields.size(); ++f) {
            const std::string name =
                f < rows[0].fields.size() ? trim_space(rows[0].fields[f]) : "column " + std::to_string(f + 1);
            if (row.cells.count(lower(name))) continue;  // a column named twice: the first counts
            row.set(name, rows[r].fields[f]);
        }
        cells.push_back(std::move(row));
    }
    return cells;
}

}  // namespace

TimelineLoad parse_timeline_csv(const std::string& file_text, const std::string& path) {
    TimelineLoad load;
    load.timeline.source_path = path;
    std::string converted;
    const Diagnostics encoding = read_as_utf8(file_text, path, converted);
    const std::string& text = converted.empty() ? file_text : converted;
    CsvTable table = parse_csv(text, path);
    load.problems = encoding;
    load.problems.insert(load.problems.end(), table.notes.begin(), table.notes.end());
    load.quiet_encoding = !encoding.empty();
    if (sheet_refused(table, text, path, load)) {
        load.file_ok = false;
        return load;
    }
    const std::vector<TimelineRow> cells = cells_of(table.records, load);
    timeline_from_rows(cells, path, load);
    return load;
}

TimelineLoad load_timeline_file(const std::string& path);  // the file alone, below

std::string saved_picture_name(const std::string& media_url) {
    const std::string name = media_url.substr(media_url.find_last_of('/') + 1);
    const bool plain_name =
        !name.empty() && name.find_first_of(":?=&%#") == std::string::npos && name.find('.') != std::string::npos;
    return "assets/images/" + (plain_name ? name : std::string("NAME.jpg"));
}

namespace {

// Pictures given by web address: shown from their saved copy where there is one; else
// one note each, saying where to save it.
void adopt_saved_pictures(TimelineLoad& load, const std::function<std::string(const std::string&)>& resolve) {
    auto adopt = [&](std::string& media, const std::string& url, int line) {
        if (url.empty() || !media.empty()) return;
        const std::string saved = saved_picture_name(url);
        std::error_code ec;
        if (resolve && saved.find("NAME.jpg") == std::string::npos &&
            std::filesystem::is_regular_file(resolve(saved), ec)) {
            media = saved;
            return;
        }
        load.problems.push_back(
            {load.timeline.source_path, line, 0,
             "the picture is a web address (" + url +
                 "); the kiosk is offline and shows no picture until it is saved as \"" + saved +
                 "\" (it is then shown with its caption and credit, and \"Media\" may stay as it is)",
             Diagnostic::Severity::warning});
    };
    if (load.timeline.title)
        adopt(load.timeline.title->media, load.timeline.title->media_url, load.timeline.title->line);
    for (auto& ev : load.timeline.events) adopt(ev.media, ev.media_url, ev.line);
}

}  // namespace

TimelineLoad load_timeline(const std::string& path, const std::function<std::string(const std::string&)>& resolve) {
    TimelineLoad load = load_timeline_file(path);
    adopt_saved_pictures(load, resolve);
    return load;
}

TimelineLoad load_timeline_file(const std::string& path) {
    const bool json = path.size() >= 5 && lower(path.substr(path.size() - 5)) == ".json";
    auto text = read_text_file(path, limits::timeline_bytes, "the timeline file");
    if (!text) {
        TimelineLoad load;
        load.timeline.source_path = path;
        load.file_ok = false;
        load.problems.push_back(text.error());
        return load;
    }
    TimelineLoad load = json ? parse_timeline_json(text.value(), path) : parse_timeline_csv(text.value(), path);
    // A CSV that is not UTF-8 was read as Windows-1252 and said so once (quiet_encoding).
    if (const auto bad = invalid_utf8(text.value(), path); bad && !load.quiet_encoding) load.problems.push_back(*bad);
    return load;
}

}  // namespace kiosk
