// Owning handles for SDL objects: each C handle lives in a unique_ptr with its deleter.
#pragma once

#include <SDL.h>

#include <memory>

namespace kiosk {

struct SdlWindowDeleter {
    void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
};
struct SdlRendererDeleter {
    void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
};
struct SdlTextureDeleter {
    void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};
struct SdlSurfaceDeleter {
    void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};

using SdlWindowPtr = std::unique_ptr<SDL_Window, SdlWindowDeleter>;
using SdlRendererPtr = std::unique_ptr<SDL_Renderer, SdlRendererDeleter>;
using SdlTexturePtr = std::unique_ptr<SDL_Texture, SdlTextureDeleter>;
using SdlSurfacePtr = std::unique_ptr<SDL_Surface, SdlSurfaceDeleter>;

// SDL_Init/SDL_Quit for one subsystem set, released in reverse order of creation.
class SdlSubsystems {
public:
    explicit SdlSubsystems(Uint32 flags) : flags_(flags), ok_(SDL_InitSubSystem(flags) == 0) {}
    ~SdlSubsystems() {
        if (ok_) SDL_QuitSubSystem(flags_);
    }
    SdlSubsystems(const SdlSubsystems&) = delete;
    SdlSubsystems& operator=(const SdlSubsystems&) = delete;
    bool ok() const { return ok_; }

private:
    Uint32 flags_;
    bool ok_;
};

}  // namespace kiosk
