// The timeline's content: events (points and spans) and eras, from a CSV laid out like
// the TimelineJS spreadsheet template (plus optional `Id`, `Source` and translated
// columns) or from TimelineJS3's JSON.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.h"
#include "core/result.h"

namespace kiosk {

// A text in the language asked for where the file has it, else in English; with the
// language it is really in, which decides how it is hyphenated and broken.
struct LocalText {
    const std::string& text;
    std::string language;
};

// A date that may be known only to the month or the year (month/day 0: unknown).
struct CalendarDate {
    int year = 0, month = 0, day = 0;
    // Days since 1970-01-01 of the first and the last day the date can mean.
    long first_day() const;
    long last_day() const;
    std::string iso() const;  // "1921-03-20", "1918-08", "1918"
    bool operator==(const CalendarDate&) const = default;
};

// A date or a span in Russian, as a museum label writes it: "20 марта 1921 г.",
// "8–15 марта 1917 г.", "август 1918 г. — апрель 1920 г." (a no-break space before «г.»).
std::string russian_date(const CalendarDate& start, const std::optional<CalendarDate>& end);
// The same in English, as the timeline's own dates are written: "March 20, 1921",
// "July 1919", "March 8–15, 1917", "March 30 – October 18, 1867", "August 1918 – April 1920".
std::string english_date(const CalendarDate& start, const std::optional<CalendarDate>& end);

// "YYYY-MM-DD" for a day number (days since 1970-01-01).
std::string iso_from_days(long days);
long days_from_civil(int year, int month, int day);

// "Group" is any word a curator writes (lower-cased as a key). The six the shipped
// timeline uses have their own colours and names in every language; any other group is
// shown as written, in a colour of its own.
const std::vector<std::string>& known_groups();
bool is_known_group(const std::string& key);

struct TimelineEvent {
    std::string id;
    CalendarDate start;
    std::optional<CalendarDate> end;  // a span (the Siberian intervention, the airlift)
    std::string display_date, headline, text;
    bool display_date_given = false;  // false: display_date was made from the dates
    std::string media, media_credit, media_caption;
    std::string media_url;   // a picture given as a web address: not shown (offline), kept for --import
    std::string group;       // lower-case key; empty: no group
    std::string group_name;  // as written in the file
    std::string source;
    std::optional<Color> highlight;  // from the Background column: the event stands out
    int line = 0;
    // Other languages, from optional columns "Headline (ru)", "Text (ru)", "Display Date (ru)",
    // "Media Caption (ru)", "Media Credit (ru)".
    std::map<std::string, std::string> headline_tr, text_tr, display_date_tr, media_caption_tr, media_credit_tr;

    const std::string& headline_in(const std::string& lang) const;
    const std::string& text_in(const std::string& lang) const;
    const std::string& media_caption_in(const std::string& lang) const;
    const std::string& media_credit_in(const std::string& lang) const;
    LocalText headline_for(const std::string& lang) const;
    LocalText text_for(const std::string& lang) const;
    LocalText caption_for(const std::string& lang) const;
    // The given display date, else one made from the dates in that language, else English.
    std::string display_date_in(const std::string& lang) const;

    bool is_span() const { return end.has_value(); }
    double start_day() const { return static_cast<double>(start.first_day()); }
    double end_day() const { return static_cast<double>(end ? end->last_day() : start.first_day()); }
};

struct TimelineEra {
    std::string id, headline;
    std::map<std::string, std::string> headline_tr;
    const std::string& headline_in(const std::string& lang) const;
    LocalText headline_for(const std::string& lang) const;
    CalendarDate start, end;
    Color background;
    int line = 0;
};

// The title slide (TimelineJS's "title" row): what the visitor is looking at.
struct TimelineTitle {
    std::string headline, text;  // text may hold the small HTML subset (rich_text.h)
    std::map<std::string, std::string> headline_tr, text_tr;
    std::string media, media_credit, media_caption;
    std::string media_url;
    int line = 0;
    const std::string& headline_in(const std::string& lang) const;
    const std::string& text_in(const std::string& lang) const;
    LocalText headline_for(const std::string& lang) const;
    LocalText text_for(const std::string& lang) const;
};

struct Timeline {
    std::string source_path;
    std::optional<TimelineTitle> title;
    std::vector<TimelineEvent> events;  // by start date
    std::vector<TimelineEra> eras;      // by start date
    std::vector<std::string> groups;    // keys in order of first use, each once
    const TimelineEvent* find(const std::string& id) const;
    // The event's place in date order, or -1.
    int index_of(const std::string& id) const;
};

struct TimelineLoad {
    Timeline timeline;     // the rows that were good
    Diagnostics problems;  // one per bad row (the row is skipped) or a whole-file error
    bool file_ok = true;   // false: the file could not be read at all
    // The rows skipped, as far as they could be read: which event each was meant to be.
    struct Skipped {
        int line = 0;
        std::string id, headline;
        std::string raw;  // a row whose fields could not be told apart, as written
    };
    std::vector<Skipped> skipped;
    bool quiet_encoding = false;  // the file's encoding was reported once: rows say nothing of it
};

// A reload: an event whose row is now skipped (a date mistyped while editing) stays
// as it last was, found by its Id or else its headline, with a note at the row; the
// visitor never loses an event to a half-finished edit.
void keep_last_good_rows(TimelineLoad& load, const Timeline& last_good);

TimelineLoad parse_timeline_csv(const std::string& text, const std::string& path);
// TimelineJS3's JSON (title, events, eras; dates as {year, month, day}; text.headline,
// text.text; media.url, .caption, .credit; group; display_date; unique_id), with the
// kiosk's own "source" beside them. Messages name the line where each event starts.
TimelineLoad parse_timeline_json(const std::string& text, const std::string& path);
// Either, by the file's extension (".json": TimelineJS JSON; else the sheet as CSV).
// `resolve` makes a content path a file path (Config::resolve): a picture given by web
// address is shown from the file --check proposed for it, once the curator has saved it
// there; without `resolve`, or until then, the event is shown without its picture.
TimelineLoad load_timeline(const std::string& path, const std::function<std::string(const std::string&)>& resolve = {});
// "assets/images/NAME" for a picture's web address (its file name, or NAME.jpg where the
// address has none that a file could take).
std::string saved_picture_name(const std::string& media_url);

}  // namespace kiosk
