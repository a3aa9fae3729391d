// Iterative Cooley-Tukey: bit-reversal permutation, then butterflies with twiddles in double.
#include "audio/fft.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <map>
#include <utility>

namespace audio {

namespace {
void bitReverse(std::vector<std::complex<float>>& a) {
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
}

/// Twiddle factors for size n, computed once per size and thread.
const std::vector<std::complex<float>>& twiddles(std::size_t n) {
    thread_local std::map<std::size_t, std::vector<std::complex<float>>> cache;
    std::vector<std::complex<float>>& tw = cache[n];
    if (tw.empty()) {
        tw.resize(n / 2);
        for (std::size_t k = 0; k < n / 2; ++k)
            tw[k] = std::polar(1.0f, static_cast<float>(-2.0 * 3.14159265358979323846 * static_cast<double>(k) / static_cast<double>(n)));
    }
    return tw;
}
}  // namespace

std::size_t nextPowerOfTwo(std::size_t n) {
    std::size_t p = 1;
    while (p < n) p <<= 1;
    return p;
}

void fft(std::vector<std::complex<float>>& a, bool inverse) {
    const std::size_t n = a.size();
    assert(n && (n & (n - 1)) == 0 && "fft: size must be a power of two");
    if (inverse)  // inverse(x) = conj(forward(conj(x)))
        for (auto& v : a) v = std::conj(v);
    bitReverse(a);
    const std::vector<std::complex<float>>& tw = twiddles(n);  // e^{-2 pi i k / n}, k < n/2
    float* d = reinterpret_cast<float*>(a.data());             // interleaved re, im (guaranteed layout)
    for (std::size_t half = 1; half < n; half <<= 1) {
        const std::size_t stride = n / (2 * half);
        for (std::size_t k = 0; k < half; ++k) {
            const float wr = tw[k * stride].real(), wi = tw[k * stride].imag();
            for (std::size_t i = k; i < n; i += 2 * half) {  // plain arithmetic: no NaN-checking complex multiply
                float* u = d + 2 * i;
                float* v = d + 2 * (i + half);
                const float xr = v[0] * wr - v[1] * wi, xi = v[0] * wi + v[1] * wr;
                v[0] = u[0] - xr;
                v[1] = u[1] - xi;
                u[0] += xr;
                u[1] += xi;
            }
        }
    }
    if (inverse)
        for (auto& v : a) v = std::conj(v);
}

std::vector<float> powerSpectrum(const float* x, std::size_t n, std::size_t fftSize) {
    std::vector<std::complex<float>> buf(fftSize);
    const std::size_t m = std::min(n, fftSize);
    for (std::size_t i = 0; i < m; ++i) {
        const float hann = 0.5f - 0.5f * std::cos(2.0f * 3.14159265f * static_cast<float>(i) / static_cast<float>(m));
        buf[i] = x[i] * hann;
    }
    fft(buf);
    std::vector<float> power(fftSize / 2 + 1);
    for (std::size_t k = 0; k < power.size(); ++k) power[k] = std::norm(buf[k]);
    return power;
}

}  // namespace audio
