#include "copybutton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace exotrunk::ui {

void copyToClipboard(const QString &text) {
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

CopyButton::CopyButton(const QString &label, QWidget *parent)
    : QToolButton(parent)
    , m_label(label)
    , m_reset(new QTimer(this)) {
    setText(label);
    setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(false);
    m_reset->setSingleShot(true);
    m_reset->setInterval(1500);
    connect(m_reset, &QTimer::timeout, this, [this] { setText(m_label); });
    connect(this, &QToolButton::clicked, this, &CopyButton::copy);
}

void CopyButton::setValue(const QString &value) {
    m_value = value;
    setEnabled(!value.isEmpty());
    setToolTip(value.isEmpty() ? QString() : tr("Copy %1").arg(value));
}

void CopyButton::copy() {
    if (m_value.isEmpty())
        return;
    copyToClipboard(m_value);
    setText(tr("Copied"));
    m_reset->start();
    emit copied(m_value);
}

} // namespace exotrunk::ui
