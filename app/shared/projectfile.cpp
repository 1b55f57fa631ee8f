// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shared/projectfile.h"

#include "core/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace swingmap::projectfile {

namespace {

std::string str(const QString& s) {
    return s.toStdString();
}

/// The file QSaveFile really writes: a symbolic link's target (QSaveFile resolves links).
QString finalFileName(const QString& file) {
    QFileInfo info(file);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

/// Make the rename itself durable: fsync the folder that holds the new directory entry.
void syncFolder(const QString& folder) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(folder);
#endif
}

// --- analysis settings <-> the "analysis" object ----------------------------------------------

using Json = Document;

Json& member(Json& parent, const char* key) {
    if (!parent.contains(key) || !parent[key].is_object()) parent[key] = Json::object();
    return parent[key];
}

/// Write `key` = `value`; an empty string removes an optional key instead.
void putString(Json& o, const char* key, const std::string& value) {
    if (value.empty())
        o.erase(key);
    else
        o[key] = value;
}

bool sameSpatialWeights(const SpatialWeightsSpec& a, const SpatialWeightsSpec& b) {
    return a.type == b.type && a.k == b.k && a.distance == b.distance &&
           a.linkIslands == b.linkIslands;
}

bool sameGwr(const AnalysisSettings& a, const AnalysisSettings& b) {
    return a.gwr.bandwidth == b.gwr.bandwidth && a.gwr.goldenSection == b.gwr.goldenSection &&
           a.gwr.minK == b.gwr.minK && a.gwr.maxK == b.gwr.maxK &&
           a.gwr.searchSample == b.gwr.searchSample && a.gwrPoints == b.gwrPoints &&
           a.gwrX == b.gwrX && a.gwrY == b.gwrY;
}

bool sameRules(const ClassRules& a, const ClassRules& b) {
    return a.strongholdLead == b.strongholdLead && a.battleMargin == b.battleMargin &&
           a.gainThreshold == b.gainThreshold && a.underperformSd == b.underperformSd &&
           a.turnoutTargetQuantile == b.turnoutTargetQuantile;
}

/// Every setting a project file can hold (threads, search tolerance and LISA's permutations are
/// not in the file format).
bool sameSettings(const AnalysisSettings& a, const AnalysisSettings& b) {
    return a.party == b.party && a.from == b.from && a.to == b.to &&
           outcomeName(a) == outcomeName(b) && a.versus == b.versus && a.weights == b.weights &&
           a.covariates == b.covariates && a.transforms == b.transforms && a.models == b.models &&
           a.lisa == b.lisa && a.backtest == b.backtest &&
           sameSpatialWeights(a.spatialWeights, b.spatialWeights) && sameGwr(a, b) &&
           sameRules(a.rules, b.rules) && a.privacy.minHouseholds == b.privacy.minHouseholds &&
           a.privacy.minVoters == b.privacy.minVoters;
}

void writeSpatialWeights(Json& a, const SpatialWeightsSpec& now, const SpatialWeightsSpec& was) {
    if (sameSpatialWeights(now, was)) return;
    Json& w = member(a, "spatial_weights");
    if (now.type != was.type) w["type"] = now.type;
    if (now.k != was.k) w["k"] = now.k;
    if (now.distance != was.distance) w["distance"] = now.distance;
    if (now.linkIslands != was.linkIslands) w["link_islands"] = now.linkIslands;
}

void writeGwr(Json& a, const AnalysisSettings& now, const AnalysisSettings& was) {
    if (sameGwr(now, was)) return;
    Json& g = member(a, "gwr");
    if (now.gwr.bandwidth != was.gwr.bandwidth) {
        if (now.gwr.bandwidth > 0)
            g["bandwidth"] = now.gwr.bandwidth;
        else
            g["bandwidth"] = "aicc";
    }
    if (now.gwr.goldenSection != was.gwr.goldenSection)
        g["search"] = now.gwr.goldenSection ? "golden" : "exhaustive";
    if (now.gwr.minK != was.gwr.minK) g["min_k"] = now.gwr.minK;
    if (now.gwr.maxK != was.gwr.maxK) g["max_k"] = now.gwr.maxK;
    if (now.gwr.searchSample != was.gwr.searchSample) g["search_sample"] = now.gwr.searchSample;
    if (now.gwrPoints != was.gwrPoints || now.gwrX != was.gwrX || now.gwrY != was.gwrY) {
        if (now.gwrPoints == "columns")
            g["coordinates"] = Json{{"x", now.gwrX}, {"y", now.gwrY}};
        else
            g["coordinates"] = now.gwrPoints;
    }
}

void writeRules(Json& a, const ClassRules& now, const ClassRules& was) {
    if (sameRules(now, was)) return;
    Json& c = member(a, "classes");
    if (now.strongholdLead != was.strongholdLead) c["stronghold_lead"] = now.strongholdLead;
    if (now.battleMargin != was.battleMargin) c["battle_margin"] = now.battleMargin;
    if (now.gainThreshold != was.gainThreshold) c["gain_threshold"] = now.gainThreshold;
    if (now.underperformSd != was.underperformSd) c["underperform_sd"] = now.underperformSd;
    if (now.turnoutTargetQuantile != was.turnoutTargetQuantile)
        c["turnout_target_quantile"] = now.turnoutTargetQuantile;
}

void writeAnalysis(Json& doc, const AnalysisSettings& now, const AnalysisSettings& was) {
    Json& a = member(doc, "analysis");
    if (now.party != was.party) putString(a, "party", now.party);
    if (now.from != was.from) putString(a, "from", now.from);
    if (now.to != was.to) putString(a, "to", now.to);
    if (outcomeName(now) != outcomeName(was)) a["outcome"] = outcomeName(now);
    if (now.versus != was.versus) putString(a, "versus", now.versus);
    if (now.weights != was.weights) a["weights"] = now.weights;
    if (now.covariates != was.covariates) a["covariates"] = now.covariates;
    if (now.transforms != was.transforms) {
        if (now.transforms.empty())
            a.erase("transforms");
        else
            a["transforms"] = now.transforms;
    }
    if (now.models != was.models) a["models"] = now.models;
    if (now.lisa != was.lisa) a["lisa"] = now.lisa;
    if (now.backtest != was.backtest) putString(a, "backtest", now.backtest);
    writeSpatialWeights(a, now.spatialWeights, was.spatialWeights);
    writeGwr(a, now, was);
    writeRules(a, now.rules, was.rules);
    if (now.privacy.minHouseholds != was.privacy.minHouseholds)
        member(doc, "privacy")["min_households"] = now.privacy.minHouseholds;
    if (now.privacy.minVoters != was.privacy.minVoters)
        member(doc, "privacy")["min_voters"] = now.privacy.minVoters;
}

Result<AnalysisSettings> readSettings(const Json& doc, const QString& file) {
    const QByteArray text = documentBytes(doc);
    auto p = parseProject(std::string(text.constData(), static_cast<std::size_t>(text.size())),
                          str(QFileInfo(file).absoluteFilePath()));
    if (!p) return p.takeError();
    return p->analysis;
}

// --- paths --------------------------------------------------------------------------------------

QString rebaseOne(const QString& path, const QDir& from, const QDir& to) {
    // As core/project.cpp resolves them: an archive prefix with a relative archive is relative.
    for (const QLatin1String archive :
         {QLatin1String("/vsizip/"), QLatin1String("/vsitar/"), QLatin1String("/vsigzip/")}) {
        if (path.startsWith(archive) && path.size() > archive.size() &&
            path.at(archive.size()) != QLatin1Char('/'))
            return archive + rebaseOne(path.mid(archive.size()), from, to);
    }
    if (path.startsWith(QLatin1String("/vsi")) || path.startsWith(QLatin1String("PG:")) ||
        path.contains(QLatin1String("://")) || QDir::isAbsolutePath(path))
        return path;
    return to.relativeFilePath(QDir::cleanPath(from.absoluteFilePath(path)));
}

void rebaseSource(Json& source, const QDir& from, const QDir& to) {
    if (!source.is_object() || !source.contains("path") || !source["path"].is_string()) return;
    const QString path = QString::fromStdString(source["path"].get<std::string>());
    source["path"] = str(rebaseOne(path, from, to));
}

} // namespace

Result<Document> parseDocument(const QByteArray& text, const QString& file) {
    try {
        return Document::parse(text.constBegin(), text.constEnd());
    } catch (const std::exception&) {
        return fail(str(file) + ": not valid JSON; open it in a text editor to see what is wrong.");
    }
}

Result<Document> readDocument(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(str(file) + ": cannot be read (" + str(in.errorString()) +
                    "). Check that it exists and that you may read it.");
    return parseDocument(in.readAll(), file);
}

QByteArray documentBytes(const Document& doc) {
    const std::string text = doc.dump(2, ' ', false, Document::error_handler_t::replace);
    QByteArray bytes(text.data(), static_cast<qsizetype>(text.size()));
    bytes.append('\n');
    return bytes;
}

Status validate(const QByteArray& text, const QString& file) {
    auto p = parseProject(std::string(text.constData(), static_cast<std::size_t>(text.size())),
                          str(QFileInfo(file).absoluteFilePath()));
    if (!p) return p.takeError();
    return Ok{};
}

Status writeAtomically(const QString& file, const QByteArray& bytes) {
    const QString target = finalFileName(file);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(str(folder) + ": the folder cannot be created; choose another place to save.");
    removeStaleTempFiles(target);
    QSaveFile out(target);
    out.setDirectWriteFallback(false); // the default, stated: never overwrite in place
    if (!out.open(QIODevice::WriteOnly))
        return fail(str(target) + ": cannot be written (" + str(out.errorString()) +
                    "); the old file is unchanged. Choose a folder you may write to.");
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        const QString why = out.errorString();
        (void)out.commit(); // discards the temporary file
        return fail(str(target) + ": writing failed (" + str(why) +
                    "); the old file is unchanged. Free some disk space and save again.");
    }
    if (!out.commit())
        return fail(str(target) + ": saving failed (" + str(out.errorString()) +
                    "); the old file is unchanged. Save again or choose another folder.");
    syncFolder(folder);
    return Ok{};
}

Status saveProjectBytes(const QByteArray& bytes, const QString& file) {
    if (auto st = validate(bytes, file); !st)
        return fail("Not saved, the project would not open again: " + st.error());
    return writeAtomically(file, bytes);
}

Status saveDocument(const Document& doc, const QString& file) {
    return saveProjectBytes(documentBytes(doc), file);
}

QStringList staleTempFiles(const QString& file) {
    const QFileInfo info(file);
    const QDir dir = info.absoluteDir();
    const QString name = info.fileName();
    static const QRegularExpression sixLetters(QStringLiteral("^[A-Za-z]{6}$"));
    // QSaveFile's six random letters may read "TKRLSA" or "Abcdef" (about 5 % of them look
    // word-shaped), so only the words people give copies are kept
    static const QRegularExpression word(
        QStringLiteral("^(?:backup|before|latest|oldest|stable|edited|copied|origin|master)$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    const QStringList candidates =
        dir.entryList({name + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden);
    for (const QString& c : candidates) {
        if (!c.startsWith(name + QLatin1Char('.'))) continue; // the wildcard is case-insensitive
        const QString tail = c.mid(name.size() + 1);
        if (sixLetters.match(tail).hasMatch() && !word.match(tail).hasMatch())
            out << dir.filePath(c);
    }
    return out;
}

int removeStaleTempFiles(const QString& file) {
    int removed = 0;
    for (const QString& f : staleTempFiles(file))
        removed += QFile::remove(f) ? 1 : 0;
    return removed;
}

Status applyAnalysis(Document& doc, const AnalysisSettings& settings, const QString& file) {
    try {
        auto was = readSettings(doc, file);
        if (!was) return was.takeError();
        Document edited = doc;
        writeAnalysis(edited, settings, *was);
        auto now = readSettings(edited, file);
        if (!now) return fail("These settings cannot be saved: " + now.error());
        if (!sameSettings(*now, settings))
            return fail(str(file) + ": these settings do not read back as they were set; "
                                    "please report this as a bug.");
        doc = std::move(edited);
        return Ok{};
    } catch (const std::exception& e) {
        return fail(str(file) + ": the analysis settings could not be written (" + e.what() +
                    "); please report this as a bug.");
    }
}

QString mapShown(const Document& doc) {
    if (!doc.is_object() || !doc.contains("view") || !doc["view"].is_object()) return {};
    const Json& v = doc["view"];
    if (!v.contains("map") || !v["map"].is_string()) return {};
    return QString::fromStdString(v["map"].get<std::string>());
}

void setMapShown(Document& doc, const QString& id) {
    if (!doc.is_object()) return;
    if (id.isEmpty()) {
        if (doc.contains("view") && doc["view"].is_object()) doc["view"].erase("map");
        return;
    }
    member(doc, "view")["map"] = str(id);
}

Document viewValue(const Document& doc, const char* key) {
    if (!doc.is_object() || !doc.contains("view") || !doc["view"].is_object()) return nullptr;
    const Json& v = doc["view"];
    return v.contains(key) ? v[key] : Document(nullptr);
}

void setViewValue(Document& doc, const char* key, const Document& value) {
    if (!doc.is_object()) return;
    if (value.is_null()) {
        if (doc.contains("view") && doc["view"].is_object()) doc["view"].erase(key);
        return;
    }
    member(doc, "view")[key] = value;
}

void rebasePaths(Document& doc, const QString& fromFile, const QString& toFile) {
    const QDir from = QFileInfo(fromFile).absoluteDir(), to = QFileInfo(toFile).absoluteDir();
    if (!doc.is_object() ||
        QDir::cleanPath(from.absolutePath()) == QDir::cleanPath(to.absolutePath()))
        return;
    if (doc.contains("boundaries")) rebaseSource(doc["boundaries"], from, to);
    if (doc.contains("streets")) rebaseSource(doc["streets"], from, to);
    for (const char* list : {"elections", "census"})
        if (doc.contains(list) && doc[list].is_array())
            for (Json& s : doc[list])
                rebaseSource(s, from, to);
    if (doc.contains("view") && doc["view"].is_object() && doc["view"].contains("layers") &&
        doc["view"]["layers"].is_array())
        for (Json& layer : doc["view"]["layers"]) // the overlays' files
            rebaseSource(layer, from, to);
}

} // namespace swingmap::projectfile
