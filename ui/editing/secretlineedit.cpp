#include "editing/secretlineedit.h"

#include "editing/secretclipboard.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace exotrunk {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent) {
    setReadOnly(true);
    setDragEnabled(false);
}

void SecretLineEdit::copySecret() {
    SecretClipboard::instance()->copy(hasSelectedText() ? selectedText() : text());
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        copySecret();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        event->accept();
        return;
    }
    // QLineEdit copies the selection to the X11 selection after every key it handles, and
    // Shift+arrow keys extend it: keyboard selection other than Select All is not offered, and
    // any other key first drops the selection so that nothing is left to copy.
    if (event->modifiers() & Qt::ShiftModifier) {
        event->accept();
        return;
    }
    deselect();
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::mouseReleaseEvent(QMouseEvent *event) {
    // QLineEdit's release handler only copies the selection to the X11 selection (and pastes
    // it on a middle click, which a read-only field ignores); nothing else is lost.
    event->accept();
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("secretFieldMenu"));
    QAction *copy = menu.addAction(tr("&Copy"), this, &SecretLineEdit::copySecret);
    copy->setObjectName(QStringLiteral("secretFieldCopyAction"));
    copy->setEnabled(!text().isEmpty());
    QAction *all = menu.addAction(tr("Select &All"), this, &QLineEdit::selectAll);
    all->setObjectName(QStringLiteral("secretFieldSelectAllAction"));
    all->setEnabled(!text().isEmpty());
    menu.exec(event->globalPos());
}

} // namespace exotrunk
