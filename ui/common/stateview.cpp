#include "stateview.h"

#include "fontscale.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace exotrunk::ui {

StateView::StateView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this)) {
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_text->setObjectName(QStringLiteral("stateText"));
    // Error states quote the server's description: never rich text.
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("stateProgress"));
    m_action->setObjectName(QStringLiteral("stateActionButton"));
    m_secondary->setObjectName(QStringLiteral("stateSecondaryButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * fontscale::PageTitle);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_secondary);
    buttons->addWidget(m_action);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Error)
            emit retryClicked();
        else
            emit actionClicked();
    });
    connect(m_secondary, &QPushButton::clicked, this, &StateView::secondaryClicked);
    m_secondary->hide();
    showMessage(QString(), QString());
}

void StateView::setCompact(bool compact) {
    QFont f = m_title->font();
    f.setPointSizeF(font().pointSizeF() * (compact ? 1.0 : fontscale::PageTitle));
    m_title->setFont(f);
}

void StateView::showLoading(const QString &text, int loaded, int total) {
    m_mode = Mode::Loading;
    m_title->setText(tr("Loading…"));
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(qBound(0, loaded, total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->show();
    m_action->hide();
    m_secondary->hide();
    setAccessibleDescription(text);
}

void StateView::showMessage(const QString &title, const QString &text, const QString &actionText) {
    m_mode = Mode::Message;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_progress->hide();
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_secondary->hide();
    setAccessibleDescription(title + QLatin1Char(' ') + text);
}

void StateView::showError(const QString &title, const QString &text) {
    m_mode = Mode::Error;
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_progress->hide();
    m_action->setText(tr("Retry"));
    m_action->show();
    m_secondary->hide();
    setAccessibleDescription(title + QLatin1Char(' ') + text);
}

QString StateView::title() const {
    return m_title->text();
}
QString StateView::text() const {
    return m_text->text();
}

} // namespace exotrunk::ui
