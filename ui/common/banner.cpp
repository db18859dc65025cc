#include "banner.h"

#include "palettecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace exotrunk::ui {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_layout->setContentsMargins(10, 6, 8, 6);
    m_layout->setSpacing(8);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    setKind(kind);
}

void Banner::setKind(Kind kind) {
    m_kind = kind;
    // Selectable text needs a text document, a cost the sandbox strip, on the window's first
    // paint, does without (tests/benchmarks/bench_startup).
    m_text->setTextInteractionFlags(kind == Kind::Sandbox ? Qt::NoTextInteraction
                                                          : Qt::TextSelectableByMouse);
    // A hidden banner reads its icon when it is first shown (most never are).
    m_iconStale = true;
    if (isVisible())
        updateIcon();
    applyColours();
}

void Banner::updateIcon() {
    m_iconStale = false;
    // The sandbox strip marks a mode rather than raising an alert: its colour and its title
    // say it. Without an icon the main window's first paint, which shows it, reads no image.
    if (m_kind == Kind::Sandbox) {
        m_icon->clear();
        m_icon->hide();
        return;
    }
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_icon->show();
}

void Banner::showEvent(QShowEvent *event) {
    if (m_iconStale)
        updateIcon();
    QFrame::showEvent(event);
}

void Banner::setTitle(const QString &title) {
    if (!m_title) {
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("bannerTitle"));
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        m_layout->insertWidget(m_layout->indexOf(m_text), m_title);
        m_title->setPalette(m_text->palette());
    }
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    setAccessibleName(title);
}

QString Banner::title() const {
    return m_title ? m_title->text() : QString();
}

void Banner::setText(const QString &text) {
    m_text->setText(text);
    setAccessibleDescription(text);
}

void Banner::setPlainText(bool plain) {
    m_text->setTextFormat(plain ? Qt::PlainText : Qt::AutoText);
}

QString Banner::text() const {
    return m_text->text();
}

QPushButton *Banner::addButton(const QString &text, const QString &objectName) {
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    const int index = m_close ? m_layout->indexOf(m_close) : m_layout->count();
    m_layout->insertWidget(index, button);
    return button;
}

void Banner::setClosable(bool closable) {
    if (closable && !m_close) {
        m_close = new QPushButton(QStringLiteral("×"), this);
        m_close->setObjectName(QStringLiteral("bannerCloseButton"));
        m_close->setFlat(true);
        m_close->setToolTip(tr("Hide this message"));
        m_close->setAccessibleName(tr("Hide this message"));
        m_close->setFixedWidth(m_close->fontMetrics().horizontalAdvance(QStringLiteral("××××")));
        connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
        m_layout->addWidget(m_close);
    }
    if (m_close)
        m_close->setVisible(closable);
}

void Banner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
    if (event->type() == QEvent::StyleChange) {
        m_iconStale = true;
        if (isVisible())
            updateIcon();
    }
}

void Banner::applyColours() {
    Tone tone = Tone::Info;
    switch (m_kind) {
    case Kind::Info:
        tone = Tone::Info;
        break;
    case Kind::Warning:
    case Kind::Sandbox:
        tone = Tone::Warning;
        break;
    case Kind::Error:
        tone = Tone::Danger;
        break;
    }
    // Set on the frame only (not inherited by the buttons, which keep their own look).
    QPalette pal = palette();
    const QPalette parentPalette = parentWidget() ? parentWidget()->palette() : QPalette();
    pal.setColor(QPalette::Window, tintedBackground(parentPalette, tone));
    pal.setColor(QPalette::WindowText, parentPalette.color(QPalette::WindowText));
    setPalette(pal);
    m_text->setPalette(pal);
    if (m_title)
        m_title->setPalette(pal);
}

} // namespace exotrunk::ui
