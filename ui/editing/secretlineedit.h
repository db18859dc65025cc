#pragma once

#include <QLineEdit>

namespace exotrunk {

// A read-only field that shows a secret in clear (a password shown once) without letting it
// leak past the secret clipboard. A plain QLineEdit puts every selection on the X11 selection
// (pasted by a middle click anywhere, kept by clipboard managers) and copies with Ctrl+C or its
// context menu without the password hint or the clearing delay. Here a selection stays in the
// field, and Ctrl+C, Ctrl+X and the context menu's Copy go through SecretClipboard.
class SecretLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    // Copies the selected text, or all of it when nothing is selected, as a secret.
    void copySecret();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace exotrunk
