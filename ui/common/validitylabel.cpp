#include "common/validitylabel.h"
#include "common/palettecolors.h"

#include <QCoreApplication>
#include <QLabel>

namespace exotrunk::ui {

void showValidity(QLabel *label, const Validity &validity) {
    switch (validity.level) {
    case Validity::Level::Ok:
        // An acceptable value may still come with a neutral note.
        ui::setToneText(label, std::nullopt);
        label->setText(validity.message);
        label->setToolTip({});
        break;
    case Validity::Level::Warning:
        ui::setToneText(label, Tone::Warning);
        label->setText(
            QCoreApplication::translate("ValidityLabel", "Warning: %1").arg(validity.message));
        break;
    case Validity::Level::Error:
        ui::setToneText(label, Tone::Danger);
        label->setText(validity.message);
        break;
    }
    label->setVisible(!validity.message.isEmpty());
}

QLabel *messageLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace exotrunk::ui
