// Pictures decoded and scaled off the frame loop (issue 27): a large JPEG takes a Pi
// a second or more, and a frame must not wait for it. One picture is decoded at a time,
// on a thread of its own; a frame asks for a picture at the size it draws it and gets
// it once it is ready (until then the frame draws without it and asks again). A decode
// that outlasts the time budget is given up: the picture is shown without, its thread
// left to finish on its own, and the next picture starts on a new thread.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <tuple>

#include "platform/sdl_handles.h"

namespace kiosk {

// The picture at `path` decoded and scaled to w×h, or null with the reason in `why`.
// Checked against the limits before decoding (render/picture_loader.cpp).
SdlSurfacePtr decode_scaled_picture(const std::string& path, int w_px, int h_px, std::string& why);

class PictureLoader {
public:
    using Decode = std::function<SdlSurfacePtr(const std::string& path, int w_px, int h_px, std::string& why)>;
    using Clock = std::function<double()>;  // milliseconds, any origin

    // `decode` runs on the loader's threads; `now_ms` is read on the caller's.
    PictureLoader(Decode decode, double budget_ms, Clock now_ms = steady_now_ms);
    ~PictureLoader();
    PictureLoader(const PictureLoader&) = delete;
    PictureLoader& operator=(const PictureLoader&) = delete;

    enum class State { pending, ready, failed };
    struct Outcome {
        State state = State::pending;
        SdlSurfacePtr surface;  // when ready: handed over once
        std::string why;        // when failed
    };
    // The picture at w×h: ready (handed over), failed (once, with the reason), or
    // pending (being decoded, or waiting for the picture before it).
    Outcome take(const std::string& path, int w_px, int h_px);
    // The content changed: pictures decoded (or being decoded) from the files before it
    // are not handed over.
    void forget();
    // Whether the running decode finished (or ran out of time) since the last call: a
    // frame is worth drawing, and its take() hands the picture over (or gives it up).
    bool arrived();
    // Whether a picture is being decoded.
    bool busy() const;
    // Decodes given up on their time budget, since the loader started. After
    // `max_abandoned` of them every picture fails at once: the decoder is stuck, and
    // threads stuck in it must not pile up.
    int abandoned() const { return abandoned_; }
    static constexpr int max_abandoned = 3;

    static double steady_now_ms();

private:
    using Key = std::tuple<std::string, int, int>;
    struct Job;  // shared with its thread
    void start(const Key& key);

    Decode decode_;
    double budget_ms_;
    Clock now_ms_;
    std::shared_ptr<Job> running_;
    Key running_key_;
    double started_ms_ = 0;
    bool arrival_told_ = false;
    bool running_stale_ = false;  // started before forget()
    int abandoned_ = 0;
    // Finished and not taken yet: one picture at most, and a few reasons (the frame that
    // asked may have moved on).
    std::map<Key, Outcome> done_;
};

}  // namespace kiosk
