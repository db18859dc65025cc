#pragma once

#include <QToolButton>

#include <functional>

class QTimer;

namespace exotrunk::ui {

// Copies a value to the clipboard and says "Copied" for a moment.
class CopyButton : public QToolButton {
    Q_OBJECT
public:
    CopyButton(const QString &label, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const { return m_value; }

signals:
    void copied(const QString &value);

private:
    void copy();
    QString m_label;
    QString m_value;
    QTimer *m_reset;
};

// Puts `text` on the clipboard (the one place the UI writes it).
void copyToClipboard(const QString &text);

} // namespace exotrunk::ui
