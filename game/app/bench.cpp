// --bench-frames N: CPU cost of a play frame (simulation step + UI build + baby drawing; GPU
// excluded) against ImGui's demo window measured in the same run. Frames are timed in thread CPU
// time: llvmpipe's render threads and other processes would otherwise show up as frame cost.
#include "app/game.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "platform/clock.h"

namespace app {
namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

}  // namespace

int Game::bench(int frames) {
    if (m_ctx->levelId.empty()) {
        std::fprintf(stderr, "attune: no level to benchmark\n");
        return 1;
    }
    if (m_options.autoplay.empty()) m_options.autoplay = "sensitive";
    switchTo(ScreenId::Play);
    std::vector<double> frameMs, demoMs;
    for (int i = 0; i < frames; ++i) {
        pollInput();
        const double t0 = platform::threadCpuSeconds();
        const ScreenInput in{m_actions, m_input};
        m_screen->update(*m_ctx, in, 1.0 / 60.0);
        m_actions.clear();
        m_ctx->clockS += 1.0 / 60.0;
        drawUi();
        frameMs.push_back((platform::threadCpuSeconds() - t0) * 1000.0);
        present();
        if (m_screen->next() != ScreenId::Stay) break;
    }
    for (int i = 0; i < frames; ++i) {
        pollInput();
        const double t0 = platform::threadCpuSeconds();
        m_window.beginFrame(1.0f / 60.0f, true);
        ImGui::ShowDemoWindow();
        m_window.endFrame();
        demoMs.push_back((platform::threadCpuSeconds() - t0) * 1000.0);
        present();
    }
    const double p50 = percentile(frameMs, 0.5), p99 = percentile(frameMs, 0.99);
    const double demo = percentile(demoMs, 0.5);
    if (m_options.json) {
        std::printf("{\"frame_cpu_ms_p50\": %.4f, \"frame_cpu_ms_p99\": %.4f, \"demo_window_ms_p50\": %.4f, "
                    "\"frame_vs_demo_ratio\": %.3f, \"startup_ms\": %.1f, \"frames\": %zu}\n",
                    p50, p99, demo, demo > 0 ? p50 / demo : 0.0, m_startupMs, frameMs.size());
    } else {
        std::printf("frame p50 %.3f ms, p99 %.3f ms; demo window p50 %.3f ms; ratio %.2f; start-up %.0f ms\n",
                    p50, p99, demo, demo > 0 ? p50 / demo : 0.0, m_startupMs);
    }
    return 0;
}

}  // namespace app
