// SPDX-License-Identifier: GPL-3.0-or-later
// swingmap-cli: batch runs of SwingMap projects (thin shell over core, gis and render).
#include "app/cli/commands.h"
#include "core/projectpaths.h"

#include <QGuiApplication>
#include <cerrno>
#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {
const char* kUsage = "usage: swingmap-cli run PROJECT.json --out DIR [--no-pdf] [--png] [--svg] "
                     "[--quiet]\n"
                     "                        [--max-input-mb N] [--refuse-outside]\n"
                     "                        [--streets FILE]\n"
                     "                        [--atlas COLUMN] [--paper A4|A3]\n"
                     "                        [--orientation portrait|landscape]\n"
                     "       swingmap-cli make-demo DIR\n"
                     "       swingmap-cli validate PROJECT.json [--refuse-outside]\n"
                     "       swingmap-cli --version\n";

int usage(const std::string& why) {
    if (!why.empty()) std::fprintf(stderr, "swingmap-cli: %s\n", why.c_str());
    std::fputs(kUsage, stderr);
    return swingmap::cli::kUsage;
}

/// Qt warns on every start when XDG_RUNTIME_DIR is unset (cron, CI, ssh): give it a private one.
void quietRuntimeDir() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) return;
    const std::string dir = "/tmp/swingmap-runtime-" + std::to_string(getuid());
    if (mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST) qputenv("XDG_RUNTIME_DIR", dir.c_str());
}

int run(const std::vector<std::string>& args) {
    swingmap::cli::RunOptions o;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--out" && i + 1 < args.size()) {
            o.outDir = args[++i];
        } else if (args[i] == "--no-pdf") {
            o.pdf = false;
        } else if (args[i] == "--png") {
            o.png = true;
        } else if (args[i] == "--svg") {
            o.svg = true;
        } else if (args[i] == "--quiet") {
            o.quiet = true;
        } else if (args[i] == "--max-input-mb" && i + 1 < args.size()) {
            o.maxInputMb = swingmap::parseMegabytes(args[++i]);
            if (!o.maxInputMb)
                return usage("--max-input-mb takes a whole number of MiB from 1 to 2147483647");
        } else if (args[i] == "--refuse-outside") {
            o.refuseOutside = true;
        } else if (args[i] == "--streets" && i + 1 < args.size()) {
            o.streets = args[++i];
        } else if (args[i] == "--atlas" && i + 1 < args.size()) {
            o.atlas = args[++i];
        } else if (args[i] == "--paper" && i + 1 < args.size()) {
            o.paper = args[++i];
            if (o.paper != "A4" && o.paper != "A3") return usage("--paper takes A4 or A3");
        } else if (args[i] == "--orientation" && i + 1 < args.size()) {
            o.orientation = args[++i];
            if (o.orientation != "portrait" && o.orientation != "landscape")
                return usage("--orientation takes portrait or landscape");
        } else if (o.project.empty() && args[i].rfind("--", 0) != 0) {
            o.project = args[i];
        } else {
            return usage("unknown argument \"" + args[i] + "\"");
        }
    }
    if (o.project.empty() || o.outDir.empty()) return usage("run needs PROJECT.json and --out DIR");
    return swingmap::cli::runProject(o);
}
} // namespace

int main(int argc, char** argv) {
    // The briefing is drawn with QtGui; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    quietRuntimeDir();
    QGuiApplication app(argc, argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage("");
    const std::string& cmd = args[0];
    if (cmd == "--version" || cmd == "version") {
        std::puts(swingmap::cli::versionText().c_str());
        return 0;
    }
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (cmd == "run") return run(args);
    if (cmd == "make-demo")
        return args.size() == 2 ? swingmap::cli::makeDemoCommand(args[1]) : usage("make-demo DIR");
    if (cmd == "validate") {
        const bool refuse = args.size() == 3 && args[2] == "--refuse-outside";
        return args.size() == 2 || refuse ? swingmap::cli::validateCommand(args[1], refuse)
                                          : usage("validate PROJECT.json [--refuse-outside]");
    }
    return usage("unknown command \"" + cmd + "\"");
}
