#include "scenes/ui_text.h"

#include <map>
#include <set>
#include <utility>

namespace kiosk {
namespace {

using Table = std::map<std::pair<std::string, std::string>, std::string>;

// The words of nav, reader, timeline, listen, card, home: English and Russian side by side.
void add_reader_and_timeline_texts(Table& t) {
    t.insert({
        {{"en", "nav.home"}, "Home"},
        {{"ru", "nav.home"}, "Главная"},
        {{"en", "reader.title"}, "The telegram of March 20, 1921"},
        {{"ru", "reader.title"}, "Телеграмма 20 марта 1921 г."},
        {{"en", "reader.to_timeline"}, "On the timeline"},
        {{"ru", "reader.to_timeline"}, "Показать на ленте времени"},
        {{"en", "timeline.title"}, "The United States and Russia, 1809–1991"},
        {{"ru", "timeline.title"}, "США и Россия, 1809–1991"},
        {{"en", "timeline.to_telegram"}, "Read the telegram"},
        {{"ru", "timeline.to_telegram"}, "Читать телеграмму"},
        {{"en", "timeline.hint"}, "Drag to travel in time · Pinch or double-tap to zoom · Tap an event to read more"},
        {{"ru", "timeline.hint"},
         "Проведите пальцем, чтобы двигаться во времени · Разведите пальцы или коснитесь дважды, чтобы увеличить · "
         "Коснитесь события, чтобы узнать больше"},
        {{"en", "reader.translation"}, "Translation"},
        {{"ru", "reader.translation"}, "Перевод"},
        {{"en", "reader.original"}, "Original"},
        {{"ru", "reader.original"}, "Оригинал"},
        {{"en", "reader.translation_heading"}, "About this translation"},
        {{"ru", "reader.translation_heading"}, "Об этом переводе"},
        {{"en", "reader.file_number_gloss"}, "the State Department’s file number for this telegram"},
        {{"ru", "reader.file_number_gloss"}, "номер дела, под которым телеграмма хранится в Госдепартаменте"},
        {{"en", "listen.start"}, "Listen"},
        {{"ru", "listen.start"}, "Слушать"},
        {{"en", "listen.pause"}, "Pause"},
        {{"ru", "listen.pause"}, "Пауза"},
        {{"en", "listen.resume"}, "Resume"},
        {{"ru", "listen.resume"}, "Продолжить"},
        {{"en", "reader.page"}, "Page"},
        {{"ru", "reader.page"}, "С."},
        {{"en", "reader.page_gloss"}, "where a page of the printed volume begins"},
        {{"ru", "reader.page_gloss"}, "здесь начинается страница печатного тома"},
        {{"en", "timeline.intro_kicker"}, "Introduction"},
        {{"ru", "timeline.intro_kicker"}, "Введение"},
        {{"en", "timeline.intro"}, "Tap an event to read about it, or begin the story and step through it."},
        {{"ru", "timeline.intro"}, "Коснитесь события, чтобы прочитать о нём, или начните рассказ и листайте его."},
        {{"en", "timeline.start"}, "Introduction"},
        {{"ru", "timeline.start"}, "Введение"},
        {{"en", "timeline.key"}, "Colour key"},
        {{"ru", "timeline.key"}, "Цвета"},
        {{"en", "timeline.all"}, "All years"},
        {{"ru", "timeline.all"}, "Все годы"},
        {{"en", "card.begin"}, "Begin the story ›"},
        {{"en", "card.begin_short"}, "Begin ›"},
        {{"ru", "card.begin_short"}, "Начать ›"},
        {{"ru", "card.begin"}, "Начать рассказ ›"},
        {{"en", "card.at_start"}, "This is the start"},
        {{"ru", "card.at_start"}, "Это начало"},
        {{"en", "card.explore"}, "Explore"},
        {{"ru", "card.explore"}, "Смотреть"},
        {{"en", "card.to_intro"}, "‹ Introduction"},
        {{"ru", "card.to_intro"}, "‹ Введение"},
        {{"en", "card.previous"}, "‹ Previous"},
        {{"ru", "card.previous"}, "‹ Назад"},
        {{"en", "home.larger_short"}, "Larger"},
        {{"ru", "home.larger_short"}, "Крупнее"},
        {{"en", "home.contrast_short"}, "Contrast"},
        {{"ru", "home.contrast_short"}, "Контраст"},
        {{"en", "home.motion_short"}, "Still"},
        {{"ru", "home.motion_short"}, "Без анимации"},
    });
}

// The words of card, category, home, attract: English and Russian side by side.
void add_card_home_and_attract_texts(Table& t) {
    t.insert({
        {{"en", "card.more"}, "More ↓"},
        {{"ru", "card.more"}, "Дальше ↓"},
        {{"en", "card.next"}, "Next ›"},
        {{"ru", "card.next"}, "Далее ›"},
        {{"en", "card.the_end"}, "The end"},
        {{"ru", "card.the_end"}, "Конец"},
        {{"en", "card.close"}, "Close"},
        {{"ru", "card.close"}, "Закрыть"},
        {{"en", "card.read"}, "Read the telegram"},
        {{"ru", "card.read"}, "Читать телеграмму"},
        {{"en", "card.read_document"}, "Read the document"},
        {{"ru", "card.read_document"}, "Читать документ"},
        {{"en", "card.source"}, "Source:"},
        {{"ru", "card.source"}, "Источник:"},
        {{"en", "category.diplomacy"}, "Diplomacy"},
        {{"en", "category.conflict"}, "Conflict"},
        {{"en", "category.trade"}, "Trade"},
        {{"en", "category.treaty"}, "Treaty"},
        {{"en", "category.science"}, "Science"},
        {{"en", "category.crisis"}, "Crisis"},
        {{"ru", "category.diplomacy"}, "Дипломатия"},
        {{"ru", "category.conflict"}, "Конфликт"},
        {{"ru", "category.trade"}, "Торговля"},
        {{"ru", "category.treaty"}, "Договор"},
        {{"ru", "category.science"}, "Наука"},
        {{"ru", "category.crisis"}, "Кризис"},
        {{"en", "home.title"}, "Soviet Russia’s telegram of 1921"},
        {{"ru", "home.title"}, "Телеграмма Советской России, 1921 г."},
        {{"en", "home.subtitle"}, "and the long story of America and Russia"},
        {{"ru", "home.subtitle"}, "и долгая история отношений США и России"},
        {{"en", "home.invite"}, "Touch one of the two doors below to begin"},
        {{"ru", "home.invite"}, "Коснитесь одной из двух дверей, чтобы начать"},
        {{"en", "home.invite_many"}, "Touch a door below to begin"},
        {{"ru", "home.invite_many"}, "Коснитесь любой двери, чтобы начать"},
        {{"en", "home.invite_one"}, "Touch the open door below to begin"},
        {{"ru", "home.invite_one"}, "Коснитесь открытой двери, чтобы начать"},
        {{"en", "home.unavailable"}, "Not available just now"},
        {{"ru", "home.unavailable"}, "Сейчас недоступно"},
        {{"en", "home.telegram"}, "Read the telegram"},
        {{"ru", "home.telegram"}, "Читать телеграмму"},
        {{"en", "home.telegram_sub"}, "Soviet Russia asks America for trade, March 1921"},
        {{"ru", "home.telegram_sub"}, "Советская Россия предлагает США торговлю, март 1921 г."},
        {{"en", "home.timeline"}, "Explore the timeline"},
        {{"ru", "home.timeline"}, "Лента времени"},
        {{"en", "home.timeline_sub"}, "From 1809 to 1991, in the moments that mattered"},
        {{"ru", "home.timeline_sub"}, "Главные события с 1809 по 1991 г."},
        {{"en", "home.lang"}, "Русский"},
        {{"ru", "home.lang"}, "English"},
        {{"en", "home.larger"}, "Larger text"},
        {{"ru", "home.larger"}, "Крупный шрифт"},
        {{"en", "home.contrast"}, "High contrast"},
        {{"ru", "home.contrast"}, "Высокий контраст"},
        {{"en", "home.motion"}, "Less motion"},
        {{"ru", "home.motion"}, "Меньше анимации"},
        {{"en", "attract.invite"}, "Touch anywhere to begin"},
        {{"ru", "attract.invite"}, "Коснитесь экрана, чтобы начать"},
        {{"en", "attract.telegram"}, "A telegram to America"},
        {{"ru", "attract.telegram"}, "Телеграмма в Америку"},
        {{"en", "attract.question"}, "Would you have answered yes?"},
        {{"ru", "attract.question"}, "А вы бы ответили „да“?"},
        {{"en", "attract.question_context"},
         "In March 1921 Soviet Russia asked the United States to open trade. Five days later Washington said no."},
        {{"ru", "attract.question_context"},
         "В марте 1921 года Советская Россия предложила США начать торговлю. Через пять дней Вашингтон ответил "
         "отказом."},
    });
}

// The words of idle, fallback: English and Russian side by side.
void add_idle_and_fallback_texts(Table& t) {
    t.insert({
        {{"en", "idle.title"}, "Still reading?"},
        {{"ru", "idle.title"}, "Вы ещё здесь?"},
        {{"en", "idle.body"}, "Touch the screen to continue. Starting over in %s s."},
        {{"ru", "idle.body"}, "Коснитесь экрана, чтобы продолжить. Начнём заново через %s с."},
        {{"en", "fallback.title"}, "This exhibit is resting for a moment"},
        {{"ru", "fallback.title"}, "Экспозиция временно недоступна"},
        {{"en", "fallback.body"}, "Please ask a member of staff, or come back shortly."},
        {{"ru", "fallback.body"}, "Обратитесь к сотруднику музея или загляните чуть позже."},

    });
}

const Table& builtin() {
    static const Table table = [] {
        Table t;
        add_reader_and_timeline_texts(t);
        add_card_home_and_attract_texts(t);
        add_idle_and_fallback_texts(t);
        return t;
    }();
    return table;
}

}  // namespace

const std::string* UiWords::from_files(const std::string& key, const std::string& language) const {
    if (!files_) return nullptr;
    const auto l = files_->find(language);
    if (l == files_->end()) return nullptr;
    const auto k = l->second.find(key);
    return k == l->second.end() ? nullptr : &k->second;
}

std::string UiWords::operator()(const std::string& key, const std::string& language) const {
    const auto& table = builtin();
    if (const std::string* t = from_files(key, language)) return *t;
    if (auto it = table.find({language, key}); it != table.end()) return it->second;
    if (const std::string* t = from_files(key, "en")) return *t;
    if (auto it = table.find({"en", key}); it != table.end()) return it->second;
    return key;
}

std::vector<std::string> ui_text_keys() {
    std::set<std::string> keys;
    for (const auto& [lk, text] : builtin()) keys.insert(lk.second);
    return {keys.begin(), keys.end()};
}

}  // namespace kiosk
