#include "render/picture_loader.h"

#include <SDL_image.h>

#include <atomic>
#include <thread>
#include <utility>

#include "platform/image_file.h"
#include "render/png_reader.h"

namespace kiosk {

namespace {

// The picture at exactly `w` x `h`: halved with a 2x2 average while it is more than
// twice as large (a mipmap's chain, so that fine lines of a scanned page do not break
// up), then scaled linearly to the size. Null when SDL cannot.
SdlSurfacePtr scaled_to(SdlSurfacePtr picture, int w, int h) {
    SdlSurfacePtr s(SDL_ConvertSurfaceFormat(picture.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    picture.reset();
    while (s && s->w >= 2 * w && s->h >= 2 * h) {
        SdlSurfacePtr half(SDL_CreateRGBSurfaceWithFormat(0, s->w / 2, s->h / 2, 32, SDL_PIXELFORMAT_ARGB8888));
        if (!half || SDL_SoftStretchLinear(s.get(), nullptr, half.get(), nullptr) != 0) return nullptr;
        s = std::move(half);
    }
    if (!s || (s->w == w && s->h == h)) return s;
    SdlSurfacePtr out(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!out || SDL_SoftStretchLinear(s.get(), nullptr, out.get(), nullptr) != 0) return nullptr;
    return out;
}

}  // namespace

SdlSurfacePtr decode_scaled_picture(const std::string& path, int w_px, int h_px, std::string& why) {
    // Read once, the header first: a file changed since the layout may now be huge or a
    // pipe. The decoder reads the same bytes, not the file again.
    auto file = read_image_file(path, why);
    if (!file) return nullptr;
    SdlSurfacePtr loaded;
    if (file->header.format == "PNG") {
        // libpng with the kiosk's limits (render/png_reader.h).
        loaded = read_png(file->bytes, why);
        if (!loaded) why = "cannot load the image (" + why + ")";
    } else {
        SDL_RWops* rw = SDL_RWFromConstMem(file->bytes.data(), static_cast<int>(file->bytes.size()));
        loaded.reset(rw ? IMG_Load_RW(rw, 1) : nullptr);
        // SDL's error text is the calling thread's own: read it here.
        if (!loaded) why = std::string("cannot load the image (") + IMG_GetError() + ")";
    }
    file.reset();  // the file's bytes go before the scaled copies are made
    SdlSurfacePtr surface = loaded ? scaled_to(std::move(loaded), w_px, h_px) : nullptr;
    if (!surface && why.empty()) why = std::string("cannot scale the image (") + SDL_GetError() + ")";
    return surface;
}

// A decode in flight: written by its thread, read by the loader once `finished`.
struct PictureLoader::Job {
    std::atomic<bool> finished{false};
    SdlSurfacePtr surface;
    std::string why;
};

double PictureLoader::steady_now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

PictureLoader::PictureLoader(Decode decode, double budget_ms, Clock now_ms)
    : decode_(std::move(decode)), budget_ms_(budget_ms), now_ms_(std::move(now_ms)) {}

// A thread still decoding keeps its job alive through its own reference and ends on its
// own; nothing here waits for it (a stop must not wait on a picture).
PictureLoader::~PictureLoader() = default;

void PictureLoader::start(const Key& key) {
    auto job = std::make_shared<Job>();
    running_ = job;
    started_ms_ = now_ms_();
    arrival_told_ = false;
    running_stale_ = false;
    const auto& [path, w, h] = key;
    std::thread([job, decode = decode_, path = path, w = w, h = h] {
        job->surface = decode(path, w, h, job->why);
        job->finished.store(true, std::memory_order_release);
    }).detach();
}

PictureLoader::Outcome PictureLoader::take(const std::string& path, int w_px, int h_px) {
    Key key{path, w_px, h_px};
    // The running decode: finished, or over its budget.
    if (running_) {
        if (running_->finished.load(std::memory_order_acquire)) {
            Outcome out;
            out.surface = std::move(running_->surface);
            out.state = out.surface ? State::ready : State::failed;
            out.why = running_->why;
            // One decoded picture at most waits to be taken (a screenful of pixels each: one
            // the frame no longer asks for must not hold memory); reasons are small.
            if (out.surface) std::erase_if(done_, [](const auto& kv) { return kv.second.surface != nullptr; });
            if (done_.size() >= 8) done_.erase(done_.begin());
            if (!running_stale_) done_[running_key_] = std::move(out);
            running_.reset();
        } else if (now_ms_() - started_ms_ > budget_ms_) {
            Outcome out;
            out.state = State::failed;
            out.why =
                "decoding took longer than " + std::to_string(static_cast<long>(budget_ms_ / 1000)) + " s; given up";
            done_[running_key_] = std::move(out);
            running_.reset();
            ++abandoned_;
        }
    }
    if (auto it = done_.find(key); it != done_.end()) {
        Outcome out = std::move(it->second);
        done_.erase(it);
        return out;
    }
    if (abandoned_ >= max_abandoned) {
        Outcome out;
        out.state = State::failed;
        out.why = "pictures are not decoded any more (" + std::to_string(abandoned_) + " decodes never ended)";
        return out;
    }
    if (!running_) {
        running_key_ = key;
        start(key);
    }
    return {};
}

void PictureLoader::forget() {
    done_.clear();
    running_stale_ = running_ != nullptr;
}

bool PictureLoader::arrived() {
    if (!running_ || arrival_told_) return false;
    const bool over_budget = now_ms_() - started_ms_ > budget_ms_;
    if (!running_->finished.load(std::memory_order_acquire) && !over_budget) return false;
    arrival_told_ = true;
    return true;
}

bool PictureLoader::busy() const {
    return running_ != nullptr;
}

}  // namespace kiosk
