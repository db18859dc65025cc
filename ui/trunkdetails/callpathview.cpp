#include "callpathview.h"

#include "common/palettecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace exotrunk::ui {

namespace {

Tone toneOf(HopState state) {
    switch (state) {
    case HopState::Configured:
        return Tone::Success;
    case HopState::Missing:
        return Tone::Danger;
    case HopState::Manual:
        return Tone::Info;
    case HopState::Unknown:
        break;
    }
    return Tone::Neutral;
}

// A mark that carries the state without colour.
QString markOf(HopState state) {
    switch (state) {
    case HopState::Configured:
        return QStringLiteral("✓");
    case HopState::Missing:
        return QStringLiteral("✗");
    case HopState::Manual:
        return QStringLiteral("?");
    case HopState::Unknown:
        break;
    }
    return QStringLiteral("…");
}

} // namespace

CallPathView::CallPathView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("callPathView"));
    setAccessibleName(tr("Call path"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(6);
}

void CallPathView::setPaths(const QList<CallPath> &paths) {
    m_paths = paths;
    rebuild();
}

void CallPathView::changeEvent(QEvent *event) {
    // The chips' colours follow the palette (light or dark).
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void CallPathView::rebuild() {
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    QStringList description;
    for (const CallPath &path : std::as_const(m_paths)) {
        QWidget *row = pathRow(path);
        m_rows->addWidget(row);
        m_rowWidgets.append(row);
        description << path.accessibleText();
    }
    setAccessibleDescription(description.join(QLatin1Char('\n')));
    setVisible(!m_paths.isEmpty());
}

QWidget *CallPathView::pathRow(const CallPath &path) {
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("callPath_") + path.id);
    row->setAccessibleName(path.accessibleText());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(path.title, row);
    title->setObjectName(QStringLiteral("callPathTitle_") + path.id);
    title->setMinimumWidth(title->fontMetrics().horizontalAdvance(path.title) + 8);
    layout->addWidget(title);
    for (qsizetype i = 0; i < path.hops.size(); ++i) {
        if (i > 0) {
            auto *arrow = new QLabel(QStringLiteral("→"), row);
            arrow->setAccessibleName(QString()); // the row's name says the order
            layout->addWidget(arrow);
        }
        layout->addWidget(hopChip(path.hops.at(i), row));
    }
    layout->addStretch(1);
    return row;
}

QWidget *CallPathView::hopChip(const CallPathHop &hop, QWidget *parent) {
    auto *chip = new QLabel(parent);
    chip->setObjectName(QStringLiteral("callPathHop_") + hop.id);
    chip->setProperty("hopState", int(hop.state));
    chip->setTextFormat(Qt::PlainText);
    chip->setWordWrap(true);
    chip->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    QString text = markOf(hop.state) + QLatin1Char(' ') + hop.label;
    if (!hop.detail.isEmpty())
        text += QLatin1Char('\n') + hop.detail;
    chip->setText(text);
    chip->setMargin(4);
    chip->setAutoFillBackground(true);
    QPalette palette = chip->palette();
    palette.setColor(QPalette::Window, badgeFill(toneOf(hop.state)));
    palette.setColor(QPalette::WindowText, badgeText(toneOf(hop.state)));
    chip->setPalette(palette);
    const QString state = hopStateText(hop.state);
    QString tip = hop.label + QStringLiteral(": ") + state;
    if (!hop.notes.isEmpty())
        tip += QLatin1Char('\n') + hop.notes.join(QLatin1Char('\n'));
    chip->setToolTip(tip);
    chip->setAccessibleName(tip);
    return chip;
}

} // namespace exotrunk::ui
