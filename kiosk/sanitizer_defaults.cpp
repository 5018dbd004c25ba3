// Built into the kiosk and its tests only with KIOSK_SANITIZE: what LeakSanitizer is to
// leave out, so that a sanitized kiosk run by hand ("--headless … --screenshot") ends
// with its own exit code, as the normal one does, without any environment to set.
// libhyphen 2.8.8 keeps four bytes of every dictionary it loads (a lone hnj_malloc in
// hnj_hyphen_load, reproduced with a five-line C program that loads and frees one).
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libhyphen.so\n";
}
// And without a table of what it left out after every run.
extern "C" const char* __lsan_default_options() {
    return "print_suppressions=0";
}
