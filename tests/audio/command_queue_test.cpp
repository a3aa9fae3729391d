// The lock-free command queue between the game thread and the audio thread.
#include <catch2/catch.hpp>

#include <thread>

#include "audio/command_queue.h"

TEST_CASE("Command queue: commands come out in order, and a full queue refuses more") {
    audio::CommandQueue<4> q;
    for (int i = 0; i < 3; ++i) {
        audio::Command c;
        c.value = static_cast<float>(i);
        CHECK(q.push(c));
    }
    CHECK_FALSE(q.push(audio::Command{}));  // capacity N - 1
    audio::Command out;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(q.pop(out));
        CHECK(out.value == static_cast<float>(i));
    }
    CHECK_FALSE(q.pop(out));
}

TEST_CASE("Command queue: long names are cut, not overflowed") {
    audio::Command c;
    c.setName("a_response_id_much_longer_than_the_buffer");
    CHECK(std::string(c.name).size() == sizeof(c.name) - 1);
}

TEST_CASE("Command queue: one producer and one consumer thread pass every command across") {
    audio::CommandQueue<64> q;
    constexpr int kCount = 20000;
    std::thread producer([&] {
        for (int i = 0; i < kCount;) {
            audio::Command c;
            c.value = static_cast<float>(i);
            if (q.push(c)) ++i;
        }
    });
    int next = 0;
    bool ordered = true;
    while (next < kCount) {
        audio::Command c;
        if (q.pop(c)) ordered = ordered && c.value == static_cast<float>(next++);
    }
    producer.join();
    CHECK(ordered);
}
