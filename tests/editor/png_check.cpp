// attune_editor_png_check FILE MIN_W MIN_H: a screenshot exists, is big enough, and is not one flat colour.
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <set>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: attune_editor_png_check FILE MIN_W MIN_H\n");
        return 2;
    }
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(argv[1], &w, &h, &channels, 3);
    if (!pixels) {
        std::fprintf(stderr, "%s: cannot read PNG (%s)\n", argv[1], stbi_failure_reason());
        return 1;
    }
    std::set<unsigned> colours;
    for (int i = 0; i < w * h && colours.size() < 64; i += 97) {
        const unsigned char* p = pixels + 3 * i;
        colours.insert((unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]);
    }
    stbi_image_free(pixels);
    if (w < std::atoi(argv[2]) || h < std::atoi(argv[3])) {
        std::fprintf(stderr, "%s: %dx%d is smaller than %sx%s\n", argv[1], w, h, argv[2], argv[3]);
        return 1;
    }
    if (colours.size() < 8) {
        std::fprintf(stderr, "%s: looks blank (%zu colours sampled)\n", argv[1], colours.size());
        return 1;
    }
    std::printf("%s: %dx%d, %zu+ colours\n", argv[1], w, h, colours.size());
    return 0;
}
