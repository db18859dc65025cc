#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace exotrunk {

// A masked line edit with a "Show" toggle beside it, for an API token. The token is never
// put in a tooltip, a title or the accessible description.
class TokenField : public QWidget {
    Q_OBJECT
public:
    explicit TokenField(const QString &editObjectName, const QString &revealObjectName,
                        QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }
    QString text() const;
    void setRevealed(bool revealed);

private:
    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
};

} // namespace exotrunk
