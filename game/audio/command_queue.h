// A single-producer, single-consumer lock-free ring of small commands from the game thread to the
// audio thread: pushing and draining never allocate or block.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <string>

#include "core/depiction.h"

namespace audio {

/// One request for the audio thread.
struct Command {
    enum class Kind : unsigned char { Voice, Response, Ui } kind = Kind::Voice;
    core::Voice voice = core::Voice::None;
    float value = 0.0f;
    char name[24] = {};

    /// Copies up to 23 characters of s into name.
    void setName(const std::string& s) {
        const std::size_t n = s.size() < sizeof(name) - 1 ? s.size() : sizeof(name) - 1;
        std::memcpy(name, s.data(), n);
        name[n] = '\0';
    }
};

/// Fixed-capacity SPSC queue; when full, the newest command is dropped (and reported).
template <std::size_t N>
class CommandQueue {
public:
    /// Game thread: false when the queue is full.
    bool push(const Command& c) {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        const std::size_t next = (head + 1) % N;
        if (next == m_tail.load(std::memory_order_acquire)) return false;
        m_items[head] = c;
        m_head.store(next, std::memory_order_release);
        return true;
    }
    /// Audio thread: false when empty.
    bool pop(Command& out) {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail == m_head.load(std::memory_order_acquire)) return false;
        out = m_items[tail];
        m_tail.store((tail + 1) % N, std::memory_order_release);
        return true;
    }

private:
    std::array<Command, N> m_items{};
    std::atomic<std::size_t> m_head{0}, m_tail{0};
};

}  // namespace audio
