// attune-cue-sheet: draws every cue of the shipped catalog on the baby in a labelled grid and
// writes a PNG, so the drawing can be judged by eye. Runs headless (SDL_VIDEODRIVER=offscreen).
//   attune-cue-sheet [--out FILE.png] [--cols N] [--cell PX] [--time S] [--only id,id,...]
//                    [--age WEEKS] [--held] [--pose] [--cot-pose] [--unsupported] [--scene] [--cb]
//                    [--room R] [--tod morning|afternoon|evening|night] [--light 0..1] [--noise 0..1] [--mat]
//                    [--in-scene] [--responses] [--base CUE]
// --pose draws each cue from the Box2D body in arms after 3 s of gentle rocking.
// --in-scene draws each cue in its scene: the room, time and baby age of the first shipped level
// that uses it, and the cot only where the cue's place is the cot (the contact sheet).
// --responses draws every response being done (to the --base cue's baby, default quiet_alert),
// after an "idle" cell with no response.
#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/handling.h"
#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/paths.h"
#include "render/baby_renderer.h"
#include "render/scene_renderer.h"

namespace {

struct Options {
    std::string out = "cue_sheet.png";
    int cols = 12;
    int cellPx = 150;
    double timeS = 3.4;
    std::vector<std::string> only;
    int ageWeeks = 8;
    std::string room = "nursery", timeOfDay = "morning";
    float light = 0.8f, noise = 0.2f;
    bool mat = false;
    bool held = false, scene = false, colourBlind = false, pose = false, unsupported = false;
    bool inScene = false, responses = false;
    std::string base = "quiet_alert";
};

/// One picture on the sheet: its label, the baby, and the room behind it.
struct Cell {
    std::string label;
    render::BabyLook look;
    render::SceneLook scene;
};

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--held") o.held = true;
        else if (a == "--pose") o.pose = o.held = true;
        else if (a == "--cot-pose") o.pose = true, o.held = false;
        else if (a == "--unsupported") o.unsupported = o.held = true;
        else if (a == "--scene") o.scene = true;
        else if (a == "--in-scene") o.inScene = o.scene = true;
        else if (a == "--responses") o.responses = o.scene = true;
        else if ((a == "--base") && (v = next())) o.base = v;
        else if (a == "--cb") o.colourBlind = true;
        else if (a == "--mat") o.mat = o.scene = true;
        else if ((a == "--room") && (v = next())) o.room = v, o.scene = true;
        else if ((a == "--tod") && (v = next())) o.timeOfDay = v, o.scene = true;
        else if ((a == "--light") && (v = next())) o.light = static_cast<float>(std::atof(v)), o.scene = true;
        else if ((a == "--noise") && (v = next())) o.noise = static_cast<float>(std::atof(v)), o.scene = true;
        else if ((a == "--out") && (v = next())) o.out = v;
        else if ((a == "--cols") && (v = next())) o.cols = std::max(1, std::atoi(v));
        else if ((a == "--cell") && (v = next())) o.cellPx = std::max(40, std::atoi(v));
        else if ((a == "--time") && (v = next())) o.timeS = std::atof(v);
        else if ((a == "--age") && (v = next())) o.ageWeeks = std::atoi(v);
        else if ((a == "--only") && (v = next())) {
            std::stringstream ss(v);
            for (std::string id; std::getline(ss, id, ',');) o.only.push_back(id);
        } else {
            std::fprintf(stderr, "usage: attune-cue-sheet [--out FILE.png] [--cols N] [--cell PX] [--time S] "
                                 "[--only id,id] [--age WEEKS] [--held] [--pose] [--cot-pose] [--unsupported] [--scene] [--room R] [--tod T] [--light L] [--noise N] [--mat] [--cb] [--in-scene] [--responses] [--base CUE]\n");
            return false;
        }
    }
    return true;
}

std::vector<const core::CueDef*> pick(const core::Catalog& cat, const Options& o) {
    std::vector<const core::CueDef*> cues;
    if (o.only.empty()) {
        for (const auto& c : cat.cues) cues.push_back(&c);
        return cues;
    }
    for (const auto& id : o.only)
        for (const auto& c : cat.cues)
            if (c.id == id) cues.push_back(&c);
    return cues;
}

/// The setting and baby age of the first shipped level (by file name) whose episodes list each cue.
struct LevelScene {
    core::SettingDef setting;
    int ageWeeks = 8;
};
std::map<std::string, LevelScene> levelScenes(const core::Catalog& cat) {
    std::map<std::string, LevelScene> out;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(format::dataRoot() + "/levels"))
        if (e.path().extension() == ".json" && e.path().filename() != "index.json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        const auto level = format::loadLevel(f.string(), cat);
        if (!level.value) continue;
        for (const auto& ep : level.value->episodes)
            for (const auto& id : ep.cues) out.emplace(id, LevelScene{level.value->setting, level.value->baby.ageWeeks});
    }
    return out;
}

render::SceneLook sceneOf(const Options& o) {
    render::SceneLook s;
    s.inCot = !o.held && !o.mat;
    s.onPlayMat = o.mat;
    s.room = o.room;
    s.timeOfDay = o.timeOfDay;
    s.light = o.light;
    s.noise = o.noise;
    return s;
}

render::BabyLook lookOf(const core::DepictionDef& dep, const Options& o) {
    render::BabyLook look;
    look.depiction = dep;
    look.ageWeeks = o.ageWeeks;
    look.held = o.held;
    look.colourBlindSafe = o.colourBlind;
    look.headSupported = !o.unsupported;
    if (o.pose) {
        core::Handling body;
        body.setHeld(o.held);
        body.setIntent(dep.limbs, dep.hands, dep.posture, dep.motion);
        for (int k = 0; k < 180; ++k) body.step(core::synthGesture("rock", k / 60.0));
        look.pose = body.pose();
        look.hasPose = true;
    }
    return look;
}

std::vector<Cell> cueCells(const core::Catalog& cat, const std::vector<const core::CueDef*>& cues, const Options& o) {
    const auto scenes = o.inScene ? levelScenes(cat) : std::map<std::string, LevelScene>{};
    std::vector<Cell> cells;
    for (const core::CueDef* c : cues) {
        Cell cell{c->id, lookOf(c->depiction, o), sceneOf(o)};
        const auto it = scenes.find(c->id);
        if (it != scenes.end()) {
            cell.scene.room = it->second.setting.room;
            cell.scene.timeOfDay = it->second.setting.timeOfDay;
            cell.scene.light = std::max(0.6f, it->second.setting.light);  // dim night rooms stay readable on paper
            cell.look.ageWeeks = it->second.ageWeeks;
        }
        if (o.inScene) cell.scene.inCot = render::showsCot(cell.look);
        cells.push_back(cell);
    }
    return cells;
}

std::vector<Cell> responseCells(const core::Catalog& cat, const Options& o) {
    core::DepictionDef base;
    for (const auto& c : cat.cues)
        if (c.id == o.base) base = c.depiction;
    std::vector<Cell> cells;
    cells.push_back({"idle (" + o.base + ")", lookOf(base, o), sceneOf(o)});
    for (const auto& r : cat.responses) {
        Cell cell{r.id, lookOf(base, o), sceneOf(o)};
        cell.look.action = r.id;
        cells.push_back(cell);
    }
    for (Cell& c : cells) c.scene.inCot = render::showsCot(c.look);
    return cells;
}

void drawSheet(const std::vector<Cell>& cells, const Options& o, int cols) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float cell = static_cast<float>(o.cellPx), label = 16.0f;
    dl->AddRectFilled(ImVec2(0, 0), ImGui::GetIO().DisplaySize, IM_COL32(250, 244, 236, 255));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const float x = static_cast<float>(i % cols) * cell, y = static_cast<float>(i / cols) * (cell + label);
        const ImVec2 a(x + 2, y + 2), b(x + cell - 2, y + cell - 2);
        if (o.scene) render::drawScene(dl, a, b, cells[i].scene, o.timeS);
        else dl->AddRectFilled(a, b, IM_COL32(238, 228, 216, 255), 10.0f);
        dl->PushClipRect(a, b, true);
        render::drawBaby(dl, ImVec2(x + cell * 0.5f, y + cell * 0.52f), cell * 0.62f * (o.scene ? 1.0f : 1.3f), cells[i].look, o.timeS);
        dl->PopClipRect();
        dl->PushClipRect(ImVec2(x, y + cell), ImVec2(x + cell - 4, y + cell + label), true);  // long ids stay in their cell
        dl->AddText(ImVec2(x + 6, y + cell), IM_COL32(70, 60, 60, 255), cells[i].label.c_str());
        dl->PopClipRect();
    }
}

bool writePng(const std::string& path, int w, int h) {
    std::vector<unsigned char> px(static_cast<std::size_t>(w) * h * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px.data());
    stbi_flip_vertically_on_write(1);
    return stbi_write_png(path.c_str(), w, h, 3, px.data(), w * 3) != 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    if (!parse(argc, argv, o)) return 2;
    auto loaded = format::loadCatalog(format::defaultCatalogDir());
    if (!loaded.value) {
        std::fprintf(stderr, "attune-cue-sheet: cannot load the catalog from %s\n", format::defaultCatalogDir().c_str());
        return 1;
    }
    const auto cells = o.responses ? responseCells(*loaded.value, o) : cueCells(*loaded.value, pick(*loaded.value, o), o);
    if (cells.empty()) {
        std::fprintf(stderr, "attune-cue-sheet: no cues to draw\n");
        return 1;
    }
    const int cols = std::min<int>(o.cols, static_cast<int>(cells.size()));
    const int rows = (static_cast<int>(cells.size()) + cols - 1) / cols;
    const int w = cols * o.cellPx, h = rows * (o.cellPx + 16);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::fprintf(stderr, "attune-cue-sheet: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_Window* win = SDL_CreateWindow("attune-cue-sheet", 0, 0, w, h, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    SDL_GLContext gl = win ? SDL_GL_CreateContext(win) : nullptr;
    if (!gl) {
        std::fprintf(stderr, "attune-cue-sheet: no OpenGL window: %s\n", SDL_GetError());
        return 1;
    }
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(win, gl);
    ImGui_ImplOpenGL3_Init("#version 130");
    for (int frame = 0; frame < 2; ++frame) {  // the first frame uploads the font atlas
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(-1000, -1000);
        ImGui::NewFrame();
        drawSheet(cells, o, cols);
        ImGui::Render();
        glViewport(0, 0, w, h);
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (frame == 1 && !writePng(o.out, w, h)) std::fprintf(stderr, "attune-cue-sheet: cannot write %s\n", o.out.c_str());
        SDL_GL_SwapWindow(win);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(win);
    SDL_Quit();
    std::printf("%s: %zu pictures, %dx%d px\n", o.out.c_str(), cells.size(), w, h);
    return 0;
}
