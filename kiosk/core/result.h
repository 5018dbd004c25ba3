// Result<T>: a value or a located data error. Data errors (a bad file, a missing
// font) travel as values so the shell can log them and keep the last good content;
// programmer errors are asserted instead.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kiosk {

// Where a problem was found and what was expected there. line/column are 1-based;
// 0 means "not known" (a missing file has no line).
struct Diagnostic {
    enum class Severity { error, warning };
    std::string file;
    int line = 0;
    int column = 0;
    std::string message;
    Severity severity = Severity::error;

    // "FILE:LINE:COL: message", the form compilers use, so editors can jump to it.
    std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

// [[nodiscard]]: a data error dropped on the floor is a bug the compiler names.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Diagnostic error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Diagnostic& error() const { return std::get<Diagnostic>(state_); }

private:
    std::variant<T, Diagnostic> state_;
};

// Result<void>: done, or a located data error (a write, a check with nothing to return).
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Diagnostic error) : error_(std::move(error)), failed_(true) {}

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const Diagnostic& error() const { return error_; }

private:
    Diagnostic error_;
    bool failed_ = false;
};

}  // namespace kiosk
