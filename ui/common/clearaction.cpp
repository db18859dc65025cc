#include "common/clearaction.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>

namespace exotrunk::ui {

QAction *addClearAction(QLineEdit *edit, const QString &name, const QString &objectName) {
    QAction *clear = edit->addAction(edit->style()->standardIcon(QStyle::SP_LineEditClearButton),
                                     QLineEdit::TrailingPosition);
    clear->setObjectName(objectName);
    // The button QLineEdit makes for the action takes its text as its accessible name.
    clear->setText(name);
    clear->setToolTip(name);
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        edit->setFocus(Qt::OtherFocusReason);
    });
    return clear;
}

} // namespace exotrunk::ui
