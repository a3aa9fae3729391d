// A small in-place radix-2 FFT for offline analysis (spectrograms, autocorrelation); not real-time code.
#pragma once

#include <complex>
#include <vector>

namespace audio {

/// In-place forward FFT (inverse when inverse is true, unscaled); data.size() must be a power of two.
void fft(std::vector<std::complex<float>>& data, bool inverse = false);

/// Power spectrum (|X|^2, bins 0..fftSize/2) of the first min(n, fftSize) samples under a Hann window.
std::vector<float> powerSpectrum(const float* x, std::size_t n, std::size_t fftSize);

/// The smallest power of two that is >= n (n >= 1).
std::size_t nextPowerOfTwo(std::size_t n);

}  // namespace audio
