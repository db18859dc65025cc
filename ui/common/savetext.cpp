#include "savetext.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace exotrunk::ui {

bool saveTextForUser(QWidget *parent, const QString &title, const QString &suggestedName,
                     const QString &text) {
    const QString path = QFileDialog::getSaveFileName(
        parent, title, suggestedName,
        QCoreApplication::translate("exotrunk::SaveText", "Text files (*.txt)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(
            parent, title,
            QCoreApplication::translate("exotrunk::SaveText", "Could not write %1: %2")
                .arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace exotrunk::ui
