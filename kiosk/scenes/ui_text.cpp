#include "scenes/ui_text.h"

#include <map>
#include <utility>

namespace kiosk {

std::string ui_text(const std::string& key, const std::string& language) {
    static const std::map<std::pair<std::string, std::string>, std::string> table = {
        {{"en", "home"}, "Home"},
        {{"ru", "home"}, "Главная"},
        {{"en", "reader.title"}, "The telegram of 20 March 1921"},
        {{"ru", "reader.title"}, "Телеграмма 20 марта 1921 года"},
        {{"en", "reader.to_timeline"}, "On the timeline"},
        {{"ru", "reader.to_timeline"}, "На ленте времени"},
        {{"en", "fallback.title"}, "This exhibit is resting for a moment"},
        {{"ru", "fallback.title"}, "Экспонат ненадолго отдыхает"},
        {{"en", "fallback.body"}, "Please ask a member of staff, or come back shortly."},
        {{"ru", "fallback.body"}, "Обратитесь к сотруднику музея или загляните чуть позже."},
    };
    if (auto it = table.find({language, key}); it != table.end()) return it->second;
    if (auto it = table.find({"en", key}); it != table.end()) return it->second;
    return key;
}

}  // namespace kiosk
