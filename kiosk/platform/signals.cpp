#include "platform/signals.h"

#include <csignal>

namespace kiosk::signals {
namespace {

volatile std::sig_atomic_t g_stop = 0;    // the signal number that asked to stop
volatile std::sig_atomic_t g_reload = 0;  // SIGHUPs not yet taken

extern "C" void on_stop(int sig) {
    g_stop = sig;
}
extern "C" void on_hangup(int) {
    g_reload = 1;
}

}  // namespace

void install() {
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sa.sa_handler = on_hangup;
    sigaction(SIGHUP, &sa, nullptr);
    // A closed pipe (a log reader gone) is an error to handle, not a reason to die.
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, nullptr);
}

bool stop_requested() {
    return g_stop != 0;
}

const char* stop_signal_name() {
    switch (g_stop) {
        case SIGTERM:
            return "SIGTERM";
        case SIGINT:
            return "SIGINT";
        default:
            return "";
    }
}

bool take_reload_request() {
    if (!g_reload) return false;
    g_reload = 0;
    return true;
}

}  // namespace kiosk::signals
