// One visitor's session, for the anonymous counts: it starts at the first touch and
// ends at the idle reset; it records the screens seen and for how long, the events
// opened and the choices made. It writes through an AnalyticsSink (the SQLite store in
// the kiosk, a list in tests); with none, nothing is counted.
#pragma once

#include <memory>
#include <string>

#include "platform/analytics_store.h"

namespace kiosk {

class VisitorSession {
public:
    // `epoch_start_ms`: Unix time (ms) when the clock read 0, so rows carry real times.
    void attach(std::unique_ptr<AnalyticsSink> sink, long long epoch_start_ms);
    AnalyticsSink* sink() const { return sink_.get(); }
    bool active() const { return session_ != 0; }
    long sessions_started() const { return started_; }  // since the kiosk started (counted runs only)

    // The first touch of a visitor on `screen` (nothing happens while a session runs).
    void start(double now_ms, const std::string& language, const std::string& screen);
    // The idle reset: screen time and session length count up to the last input, since
    // the idle wait is not the visitor's.
    void end(double now_ms, double last_input_ms);

    // A new screen is shown: the time on the last one is recorded.
    void screen_shown(double now_ms, const std::string& screen);
    // The event whose card is open now (empty: none); recorded when it changes.
    void event_selected(double now_ms, const std::string& event_id);
    // A choice: "language" with its code, "comfort" with the option.
    void note(double now_ms, const std::string& kind, const std::string& name);
    // The end of the process: the store is closed (SQLite checkpoints its journal).
    void close() { sink_.reset(); }

private:
    void record(double now_ms, const std::string& kind, const std::string& name, long long duration_ms = -1);

    std::unique_ptr<AnalyticsSink> sink_;
    long long epoch_start_ms_ = 0;
    long session_ = 0;
    long started_ = 0;
    double session_start_ms_ = 0, screen_start_ms_ = 0;
    std::string screen_, selected_event_;
};

}  // namespace kiosk
