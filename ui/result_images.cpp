// Saving and describing result images (see result_images.h).
#include "result_images.h"

#include "app_paths.h"
#include "common/error.h"
#include "image_convert.h"
#include "service/generation_service.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace stipple::ui {

GeneratedImage describeImage(const stipple::Image& image, bool keepFullImage) {
    GeneratedImage g;
    const QImage full = to_qimage(image);
    g.thumbnail = full.width() > 256 || full.height() > 256
                      ? full.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                      : full;
    QBuffer buffer(&g.thumbnailPng);
    buffer.open(QIODevice::WriteOnly);
    g.thumbnail.save(&buffer, "PNG");
    if (keepFullImage) g.image = full;
    return g;
}

QList<GeneratedImage> saveResultImages(stipple::GenerationService& service, const stipple::GenerationRequest& request,
                                       const stipple::GenerationResult& result, const QString& outputRoot,
                                       const QDate& day) {
    stipple::prepare_output_folder(QFile::encodeName(dayFolder(outputRoot, day)).toStdString());
    QList<quint64> seeds;
    for (uint64_t s : result.seeds) seeds << s;
    // Another running Stipple may take the same numbers between our listing and our save: the
    // save never replaces a file (ExistingFiles::Keep), and a taken name means new numbers.
    QStringList paths;
    std::vector<std::string> texts;
    for (int attempt = 0;; ++attempt) {
        paths = nextOutputPaths(outputRoot, day, seeds);
        std::vector<std::string> files;
        for (const QString& p : paths) files.push_back(QFile::encodeName(p).toStdString());
        try {
            texts = service.save_all(request, result, files, stipple::GenerationService::ExistingFiles::Keep);
            break;
        } catch (const stipple::Error&) {
            const bool taken = std::any_of(paths.begin(), paths.end(), [](const QString& p) { return QFileInfo::exists(p); });
            if (!taken || attempt >= 16) throw;
        }
    }
    QList<GeneratedImage> images;
    for (size_t i = 0; i < result.images.size(); ++i) {
        // Only the first image is shown at full size; the others travel as thumbnails.
        GeneratedImage g = describeImage(result.images[i], i == 0);
        g.path = paths[static_cast<int>(i)];
        g.seed = result.seeds[i];
        g.parameters = QString::fromStdString(texts[i]);
        g.request = request;
        g.request.seeds = {result.seeds[i]};
        g.request.scheduler = result.scheduler_label;
        images << g;
    }
    return images;
}

}  // namespace stipple::ui
