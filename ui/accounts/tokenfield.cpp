#include "accounts/tokenfield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace exotrunk {

TokenField::TokenField(const QString &editObjectName, const QString &revealObjectName,
                       QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this)) {
    m_edit->setObjectName(editObjectName);
    // The form's label names the whole field; the line edit inside must say it too.
    m_edit->setAccessibleName(tr("API token"));
    m_edit->setAccessibleDescription(tr("Kept only in the system keychain, never on disk"));
    m_edit->setEchoMode(QLineEdit::Password);
    // No completion, no drag out of the field: a token must not leak into other widgets.
    m_edit->setDragEnabled(false);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                                Qt::ImhNoAutoUppercase);
    m_reveal->setObjectName(revealObjectName);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the token"));
    m_reveal->setAccessibleName(tr("Show token"));
    connect(m_reveal, &QToolButton::toggled, this, &TokenField::setRevealed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
}

QString TokenField::text() const {
    return m_edit->text();
}

void TokenField::setRevealed(bool revealed) {
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(revealed ? tr("Hide token") : tr("Show token"));
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
}

} // namespace exotrunk
