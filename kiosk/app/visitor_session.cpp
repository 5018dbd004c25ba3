#include "app/visitor_session.h"

#include <algorithm>

namespace kiosk {
namespace {
// Curator mode is not a visitor's screen.
bool counted(const std::string& screen) {
    return !screen.empty() && screen != "curator";
}
}  // namespace

void VisitorSession::attach(std::unique_ptr<AnalyticsSink> sink, long long epoch_start_ms) {
    sink_ = std::move(sink);
    epoch_start_ms_ = epoch_start_ms;
}

void VisitorSession::record(double now_ms, const std::string& kind, const std::string& name, long long duration_ms) {
    if (!sink_ || session_ == 0) return;
    sink_->record(epoch_start_ms_ + static_cast<long long>(now_ms), session_, kind, name, duration_ms);
}

void VisitorSession::start(double now_ms, const std::string& language, const std::string& screen) {
    if (!sink_ || session_ != 0) return;
    session_ = sink_->next_session();
    ++started_;
    session_start_ms_ = now_ms;
    record(now_ms, "session_start", language);
    screen_ = screen;
    screen_start_ms_ = now_ms;
}

void VisitorSession::end(double now_ms, double last_input_ms) {
    if (session_ == 0) return;
    if (counted(screen_))
        record(now_ms, "screen", screen_,
               static_cast<long long>(last_input_ms > screen_start_ms_ ? last_input_ms - screen_start_ms_ : 0));
    record(now_ms, "session_end", "", static_cast<long long>(std::max(0.0, last_input_ms - session_start_ms_)));
    session_ = 0;
    screen_.clear();
}

void VisitorSession::screen_shown(double now_ms, const std::string& screen) {
    if (active() && counted(screen_))
        record(now_ms, "screen", screen_, static_cast<long long>(now_ms - screen_start_ms_));
    screen_ = screen;
    screen_start_ms_ = now_ms;
    selected_event_.clear();
}

void VisitorSession::event_selected(double now_ms, const std::string& event_id) {
    if (event_id != selected_event_ && !event_id.empty()) record(now_ms, "event_open", event_id);
    selected_event_ = event_id;
}

void VisitorSession::note(double now_ms, const std::string& kind, const std::string& name) {
    record(now_ms, kind, name);
}

}  // namespace kiosk
