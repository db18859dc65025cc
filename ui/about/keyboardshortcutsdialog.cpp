#include "keyboardshortcutsdialog.h"
#include "common/clearaction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace exotrunk {

namespace {

void collectMenuActions(const QList<QAction *> &actions, QList<QAction *> *out) {
    for (QAction *action : actions) {
        if (action->isSeparator() || out->contains(action))
            continue;
        if (QMenu *menu = action->menu()) {
            collectMenuActions(menu->actions(), out);
            continue;
        }
        out->append(action);
    }
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Every command of the console that has a keyboard shortcut"));
    for (QAction *action : actions)
        m_actions.append(action);

    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setObjectName(QStringLiteral("shortcutsFilterLabel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Type part of a command or a key"));
    ui::addClearAction(m_filter, tr("Clear search"), QStringLiteral("shortcutsFilterClearAction"));
    m_filter->setAccessibleName(tr("Find shortcut"));
    m_filter->setAccessibleDescription(
        tr("Shows only the commands or keys that contain this text"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &KeyboardShortcutsDialog::applyFilter);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("One row per command: the command and its keys"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("shortcutsCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Closes the keyboard shortcuts window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 28);

    refresh();
}

QList<QAction *> KeyboardShortcutsDialog::actionsOf(const QWidget *window) {
    QList<QAction *> result;
    if (!window)
        return result;
    const QList<QMenuBar *> menuBars =
        window->findChildren<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QMenuBar *bar : menuBars)
        collectMenuActions(bar->actions(), &result);
    collectMenuActions(window->actions(), &result);
    return result;
}

QString KeyboardShortcutsDialog::displayText(const QAction *action) {
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    else if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void KeyboardShortcutsDialog::refresh() {
    m_table->setRowCount(0);
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *command = new QTableWidgetItem(action->icon(), displayText(action));
        command->setToolTip(action->toolTip());
        auto *shortcut = new QTableWidgetItem(keys.join(tr(", ", "between two shortcuts")));
        m_table->setItem(row, 0, command);
        m_table->setItem(row, 1, shortcut);
    }
    applyFilter(m_filter->text());
}

void KeyboardShortcutsDialog::showEvent(QShowEvent *event) {
    refresh();
    QDialog::showEvent(event);
}

void KeyboardShortcutsDialog::applyFilter(const QString &text) {
    const QString needle = text.trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = needle.isEmpty() ||
                           m_table->item(row, 0)->text().contains(needle, Qt::CaseInsensitive) ||
                           m_table->item(row, 1)->text().contains(needle, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

} // namespace exotrunk
