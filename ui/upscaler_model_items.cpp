// Upscaler model entries (see upscaler_model_items.h).
#include "upscaler_model_items.h"

#include "app_paths.h"

#include <QComboBox>
#include <QFileInfo>

namespace stipple::ui {

int addUpscalerModelItems(QComboBox* box, const QList<stipple::ModelLibraryEntry>& batch, int valueRole, int scaleRole,
                          int insertAt) {
    int added = 0;
    for (const stipple::ModelLibraryEntry& e : batch) {
        if (e.kind != stipple::ModelKind::Upscaler) continue;
        const QString path = QString::fromStdString(e.path);
        if (box->findData(path, valueRole) >= 0) continue;
        const int row = insertAt < 0 ? box->count() : insertAt + added;
        box->insertItem(row, QString::fromStdString(e.name));
        box->setItemData(row, path, valueRole);
        if (scaleRole >= 0) box->setItemData(row, e.upscale, scaleRole);
        box->setItemData(row, QStringLiteral("%1\n%2").arg(QString::fromStdString(e.detail), path), Qt::ToolTipRole);
        ++added;
    }
    return added;
}

int findUpscalerItem(const QComboBox* box, const QString& name, int valueRole) {
    if (name.isEmpty()) return -1;
    for (int i = 0; i < box->count(); ++i) {
        const QString value = box->itemData(i, valueRole).toString();
        if (value.isEmpty()) continue;
        if (value.compare(name, Qt::CaseInsensitive) == 0 || QFileInfo(value).completeBaseName() == name) return i;
    }
    return -1;
}

QStringList upscalerModelFolders(const QStringList& libraryFolders) {
    QStringList folders = libraryFolders;
    for (const QString& d : upscalerDirs())
        if (QFileInfo(d).isDir() && !folders.contains(d)) folders << d;
    return folders;
}

}  // namespace stipple::ui
